/**
 * The honest arithmetic of a review in one sentence: "206 recommendations received; 6 listed
 * here, in 6 themes; responses not recorded in this dataset; implementation not recorded in
 * this dataset."
 */
import { noTheme, type Proportions, type TrackerEntry } from './tracker-layout.js';
import { trackerMessages } from './tracker-messages.js';

export function trackerSummary(
  entries: readonly TrackerEntry[],
  announced: number | undefined,
  byResponse: Proportions,
  byImplementation: Proportions,
  lang: string,
): string {
  const t = trackerMessages(lang);
  const themes = new Set(entries.flatMap((e) => e.themeKeys).filter((id) => id !== noTheme)).size;
  const listed = entries.length;
  const head =
    announced !== undefined
      ? [t.received(Math.max(announced, listed)), t.listed(listed, themes)]
      : [`${t.listedOnly(listed, themes)} (${t.countNotStated})`];
  const recorded = (
    proportions: Proportions,
    names: Record<string, string>,
    notRecorded: string,
    wrap: (parts: string) => string,
  ) => {
    if (!listed) return [];
    if (proportions.counts.get('unknown') === listed) return [notRecorded];
    const parts = [...proportions.counts]
      .filter(([, count]) => count > 0)
      .map(([key, count]) => t.part(count, names[key] ?? key));
    return [wrap(parts.join(', '))];
  };
  return `${[
    ...head,
    ...recorded(byResponse, t.responseNames, t.responsesNotRecorded, t.responsesRecorded),
    ...recorded(
      byImplementation,
      t.implementationNames,
      t.implementationNotRecorded,
      t.implementationRecorded,
    ),
  ].join('; ')}.`;
}
