import { describe, expect, it } from 'vitest';
import type { SoftwareTitleSummary } from '@handraise/shared';
import { pendingTitles } from './pending-titles.ts';

const title = (key: string, pendingCount: number, securityCount = 0): SoftwareTitleSummary => ({
  key,
  name: key,
  publisher: null,
  platforms: ['linux'],
  sources: ['dpkg'],
  deviceCount: 10,
  behindCount: pendingCount,
  unknownCount: 0,
  pendingCount,
  securityCount,
  versions: [],
});

describe("Today's pending-updates chart", () => {
  it('draws titles with a pending update, security fixes first, then most computers', () => {
    const titles = [title('vlc', 4), title('none', 0), title('openssl', 1, 1), title('chrome', 7)];
    expect(pendingTitles(titles).map((t) => t.key)).toEqual(['openssl', 'chrome', 'vlc']);
    expect(pendingTitles(titles, 2).map((t) => t.key)).toEqual(['openssl', 'chrome']);
  });
});
