import { describe, expect, it } from 'vitest';
import { mergeHotfixes } from './merge-hotfixes.ts';

describe('mergeHotfixes', () => {
  it('keeps each KB once, the registry entry first, filling its missing date from QFE', () => {
    expect(
      mergeHotfixes(
        [
          {
            id: 'KB2079403',
            description: 'Security Update for Windows XP (KB2079403)',
            source: 'registry',
          },
          {
            id: 'KB958644',
            description: 'Security Update (KB958644)',
            installedOn: '20081031',
            source: 'registry',
          },
        ],
        [
          {
            id: 'kb2079403',
            description: 'Security Update',
            installedOn: '20100816',
            source: 'qfe',
          },
          { id: 'KB958644', installedOn: '20090101', source: 'qfe' },
          { id: 'KB981349', description: 'Security Update', source: 'qfe' },
        ],
      ),
    ).toEqual([
      {
        id: 'KB2079403',
        description: 'Security Update for Windows XP (KB2079403)',
        installedOn: '20100816',
        source: 'registry',
      },
      {
        id: 'KB958644',
        description: 'Security Update (KB958644)',
        installedOn: '20081031',
        source: 'registry',
      },
      { id: 'KB981349', description: 'Security Update', source: 'qfe' },
    ]);
  });

  it('does not change its inputs', () => {
    const registry = [{ id: 'KB1', source: 'registry' as const }];
    mergeHotfixes(registry, [{ id: 'KB1', installedOn: '20200101', source: 'qfe' }]);
    expect(registry).toEqual([{ id: 'KB1', source: 'registry' }]);
  });
});
