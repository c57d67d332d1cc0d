import { describe, expect, it } from 'vitest';
import type { SoftwareTitleSummary } from '@handraise/shared';
import {
  DEFAULT_SOFTWARE_FILTER,
  filterTitles,
  softwareFilterFromParams,
  softwareFilterParams,
  statusCounts,
} from './software-filters.ts';

const title = (key: string, counts: Partial<SoftwareTitleSummary> = {}): SoftwareTitleSummary => ({
  key,
  name: key,
  publisher: null,
  platforms: ['windows'],
  sources: ['registry'],
  deviceCount: 10,
  behindCount: 0,
  unknownCount: 0,
  pendingCount: 0,
  securityCount: 0,
  versions: [],
  ...counts,
});

const titles = [
  title('vlc', { behindCount: 2 }),
  title('google-chrome', { behindCount: 5, publisher: 'Google LLC' }),
  title('scratch', { unknownCount: 3 }),
  title('zoom', { behindCount: 2, securityCount: 1 }),
];

describe('software filters', () => {
  it('lists titles needing an update, security updates first, then most computers', () => {
    expect(filterTitles(titles, 'behind', '').map((t) => t.key)).toEqual([
      'zoom',
      'google-chrome',
      'vlc',
    ]);
    expect(filterTitles(titles, 'unknown', '').map((t) => t.key)).toEqual(['scratch']);
    expect(filterTitles(titles, 'all', '')).toHaveLength(4);
  });

  it('searches name, publisher and key, every word', () => {
    expect(filterTitles(titles, 'all', 'google').map((t) => t.key)).toEqual(['google-chrome']);
    expect(filterTitles(titles, 'all', 'google zoom')).toEqual([]);
  });

  it('counts the choices', () => {
    expect(statusCounts(titles)).toEqual({ behind: 3, all: 4, unknown: 1 });
  });
});

describe('the Software filter in the address', () => {
  it('reads each parameter, and the defaults for what is missing or unknown', () => {
    expect(softwareFilterFromParams({})).toEqual(DEFAULT_SOFTWARE_FILTER);
    expect(
      softwareFilterFromParams({ status: 'all', q: 'zoom', site: 'North', room: 'Lab' }),
    ).toEqual({ status: 'all', search: 'zoom', site: 'North', room: 'Lab' });
    expect(softwareFilterFromParams({ status: 'everything' }).status).toBe('behind');
  });

  it('writes only what differs from the defaults, and reads back the same filter', () => {
    expect(softwareFilterParams(DEFAULT_SOFTWARE_FILTER)).toEqual({
      status: null,
      q: null,
      site: null,
      room: null,
    });
    const filter = { status: 'unknown' as const, search: 'chrome', site: 'all', room: 'Lab' };
    const params = softwareFilterParams(filter);
    expect(params).toEqual({ status: 'unknown', q: 'chrome', site: null, room: 'Lab' });
    const written = Object.fromEntries(
      Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== null),
    );
    expect(softwareFilterFromParams(written)).toEqual(filter);
  });
});
