/**
 * The values the dataset schema is built from (caps, allowed words, rule names, the checks zod
 * cannot express by itself), in a module without zod: the widgets and the generated validator
 * (`validate-shape.generated.ts`) import them from here, so that zod stays out of the browser
 * bundle. `schema.ts` builds the zod schema from them and re-exports them.
 */

/** Length caps: generous for real data, small enough that a hostile file cannot flood a page. */
export const limits = {
  id: 200,
  line: 500,
  paragraph: 5000,
  url: 2000,
  tag: 60,
  tagsPerRecord: 50,
  records: 500_000,
} as const;

/** The only schema version this code reads. */
export const supportedSchemaVersion = 1;

export const ratingValues = ['open', 'narrowed', 'obstructed', 'repressed', 'closed'] as const;
export const responses = ['supported', 'noted', 'pending', 'unknown'] as const;
export const implementationStatuses = [
  'not-started',
  'in-progress',
  'implemented',
  'regressed',
  'unknown',
] as const;
/** How an incident's `date` bounds it: in or after it, in or before it, or about then. */
export const dateQualifiers = ['after', 'before', 'about'] as const;
/** How sure the source is of an incident (dataset.md, "Uncertain records"). */
export const verificationStatuses = ['verified', 'reported', 'alleged'] as const;

/** The checks zod cannot name by itself, as worded in `dataset-issues.ts`. */
export const ruleNames = [
  'blank-id',
  'language-tag',
  'empty-text',
  'date-format',
  'real-date',
  'url',
  'color',
  'country-code',
] as const;
export type RuleName = (typeof ruleNames)[number];

/** Absolute http(s) URLs only, checked by parsing, with no user name or password in them. */
export function isSafeUrl(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password;
}

/** True when an object of language tag to text has at least one language in it. */
export function hasEntries(value: object): boolean {
  return Object.keys(value).length > 0;
}
