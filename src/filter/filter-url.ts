/**
 * The shared filter in a page's URL, so that a reader can share exactly what they see:
 * `?civic-regions=KP-09&civic-categories=surveillance&civic-from=2024-09&civic-to=2024-10&civic-q=phone`
 * (and `civic-verified=1` for verified incidents only).
 * Parameters carry a prefix (`civic-` by default) so that they never clash with the page's
 * own, and two linked groups on one page can each keep theirs.
 */
import { normalizeFilter, type Filter } from './filter.js';

const keys = {
  regionIds: 'regions',
  categoryIds: 'categories',
  from: 'from',
  to: 'to',
  query: 'q',
  verifiedOnly: 'verified',
} as const;

/** The filter written into `search` (other parameters kept); empty fields are removed. */
export function writeFilterParams(search: string, filter: Filter, prefix = 'civic-'): string {
  const params = new URLSearchParams(search);
  const set = (key: string, value: string | undefined) => {
    if (value) params.set(prefix + key, value);
    else params.delete(prefix + key);
  };
  set(keys.regionIds, filter.regionIds.join(','));
  set(keys.categoryIds, filter.categoryIds.join(','));
  set(keys.from, filter.from);
  set(keys.to, filter.to);
  set(keys.query, filter.query);
  set(keys.verifiedOnly, filter.verifiedOnly ? '1' : undefined);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The filter read from `search`; whatever is malformed there is dropped, never trusted. */
export function readFilterParams(search: string, prefix = 'civic-'): Filter {
  const params = new URLSearchParams(search);
  const list = (key: string) => (params.get(prefix + key) ?? '').split(',').filter(Boolean);
  return normalizeFilter({
    regionIds: list(keys.regionIds),
    categoryIds: list(keys.categoryIds),
    from: params.get(prefix + keys.from) ?? undefined,
    to: params.get(prefix + keys.to) ?? undefined,
    query: params.get(prefix + keys.query) ?? undefined,
    verifiedOnly: params.get(prefix + keys.verifiedOnly) === '1',
  });
}
