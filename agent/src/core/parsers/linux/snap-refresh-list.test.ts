import { describe, expect, it } from 'vitest';
import { pendingUpdateSchema } from '@handraise/shared';
import { parseSnapRefreshList } from './snap-refresh-list.ts';

// Written for these tests in the layout of `snap refresh --list`.
const REFRESH = `Name     Version   Rev   Publisher   Notes
firefox  126.0-1   4259  mozilla✓    -
core22   20240408  1380  canonical✓  base
`;

describe('parseSnapRefreshList', () => {
  it('lists every offered refresh, bases included, since they are updates too', () => {
    expect(parseSnapRefreshList(REFRESH)).toEqual([
      { name: 'firefox', availableVersion: '126.0-1', source: 'snap', id: 'firefox' },
      { name: 'core22', availableVersion: '20240408', source: 'snap', id: 'core22' },
    ]);
  });

  it('accepts an extra column between revision and publisher', () => {
    const withSize =
      'Name  Version  Rev  Size  Publisher  Notes\nvlc  3.0.21  3777  350MB  videolan✓  -\n';
    expect(parseSnapRefreshList(withSize)).toEqual([
      { name: 'vlc', availableVersion: '3.0.21', source: 'snap', id: 'vlc' },
    ]);
  });

  it('returns nothing when everything is up to date', () => {
    expect(parseSnapRefreshList('All snaps up to date.\n')).toEqual([]);
    expect(parseSnapRefreshList('')).toEqual([]);
  });

  it('produces updates the contract accepts', () => {
    for (const update of parseSnapRefreshList(REFRESH)) {
      expect(pendingUpdateSchema.parse(update)).toEqual(update);
    }
  });
});
