import { describe, expect, it } from 'vitest';
import type { SoftwareTitleSummary } from '@handraise/shared';
import { filterTitles, statusCounts } from './software-filters.ts';

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
  it('lists titles needing an update, most computers (then security) first', () => {
    expect(filterTitles(titles, 'behind', '').map((t) => t.key)).toEqual([
      'google-chrome',
      'zoom',
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
