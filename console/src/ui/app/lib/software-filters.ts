import type { SoftwareTitleSummary } from '@handraise/shared';
import { ALL, type ScopeFilter } from './software-scope.ts';

/** Which titles the list shows: those needing an update (the default), all, or those unjudged. */
export type TitleStatusFilter = 'behind' | 'all' | 'unknown';

export type SoftwareFilter = ScopeFilter & { status: TitleStatusFilter; search: string };

export const DEFAULT_SOFTWARE_FILTER: SoftwareFilter = {
  status: 'behind',
  search: '',
  site: ALL,
  room: ALL,
};

/** How many titles each status choice would show, for the labels of the choices. */
export function statusCounts(
  titles: readonly SoftwareTitleSummary[],
): Record<TitleStatusFilter, number> {
  let behind = 0;
  let unknown = 0;
  for (const t of titles) {
    if (t.behindCount > 0) behind++;
    if (t.unknownCount > 0) unknown++;
  }
  return { behind, all: titles.length, unknown };
}

/**
 * The titles to list: by status and search words (name, publisher or key, all words), those
 * with a security update first, then most computers behind (most unjudged first under "Can't tell"), then most installed.
 */
export function filterTitles(
  titles: readonly SoftwareTitleSummary[],
  status: TitleStatusFilter,
  search: string,
): SoftwareTitleSummary[] {
  const words = search.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const shown = titles.filter((t) => {
    if (status === 'behind' && t.behindCount === 0) return false;
    if (status === 'unknown' && t.unknownCount === 0) return false;
    if (words.length === 0) return true;
    const text = `${t.name} ${t.publisher ?? ''} ${t.key}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
  const first = status === 'unknown' ? 'unknownCount' : 'behindCount';
  // A title with a security fix waiting outranks any number of computers merely behind.
  return shown.sort(
    (a, b) =>
      Number(b.securityCount > 0) - Number(a.securityCount > 0) ||
      b[first] - a[first] ||
      b.securityCount - a.securityCount ||
      b.deviceCount - a.deviceCount ||
      a.name.localeCompare(b.name, undefined, { numeric: true }),
  );
}

const STATUS_CHOICES: readonly TitleStatusFilter[] = ['behind', 'all', 'unknown'];

/**
 * The filter a Software address asks for (`#/software?status=all&q=zoom&room=Lab`): what is
 * missing or unknown is the default, so an old or hand-made link still opens a sensible list.
 */
export function softwareFilterFromParams(params: Readonly<Record<string, string>>): SoftwareFilter {
  const status = STATUS_CHOICES.find((s) => s === params.status) ?? DEFAULT_SOFTWARE_FILTER.status;
  return {
    status,
    search: params.q ?? '',
    site: params.site ?? ALL,
    room: params.room ?? ALL,
  };
}

/** The address parameters of a filter; defaults are left out (null removes them). */
export function softwareFilterParams(filter: SoftwareFilter): Record<string, string | null> {
  return {
    status: filter.status === DEFAULT_SOFTWARE_FILTER.status ? null : filter.status,
    q: filter.search === '' ? null : filter.search,
    site: filter.site === ALL ? null : filter.site,
    room: filter.room === ALL ? null : filter.room,
  };
}
