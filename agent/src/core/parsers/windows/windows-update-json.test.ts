import { describe, expect, it } from 'vitest';
import { pendingUpdateSchema } from '@handraise/shared';
import { parseWindowsUpdateJson } from './windows-update-json.ts';

// The collector's own JSON shape (windows-update-script.ts), written for this test.
const SEARCH = JSON.stringify([
  {
    Title:
      '2024-01 Cumulative Update for Windows 11 Version 23H2 for x64-based Systems (KB5034123)',
    KBArticleIDs: ['5034123'],
    MsrcSeverity: 'Critical',
    CategoryIDs: ['0FA1201D-4330-4FA8-8AE9-B877473B6441'],
    Categories: ['Security Updates'],
  },
  {
    Title:
      'Security Intelligence Update for Microsoft Defender Antivirus - KB2267602 (Version 1.403.1234.0)',
    KBArticleIDs: ['2267602'],
    MsrcSeverity: null,
    CategoryIDs: ['E0789628-CE08-4437-BE74-2495B842F43B'],
    Categories: ['Definitionsupdates'],
  },
  {
    Title: 'Intel - Display - 31.0.101.4502',
    KBArticleIDs: [],
    MsrcSeverity: null,
    CategoryIDs: [],
    Categories: [],
  },
  {
    Title: 'Mise à jour de sécurité pour .NET (KB5033907, KB5033911)',
    KBArticleIDs: ['5033907', '5033911'],
    MsrcSeverity: '',
    CategoryIDs: ['0fa1201d-4330-4fa8-8ae9-b877473b6441'],
    Categories: ['Mises à jour de sécurité'],
  },
]);

describe('parseWindowsUpdateJson', () => {
  it('names updates by title, versions by KB or the version in the title', () => {
    const updates = parseWindowsUpdateJson(SEARCH);
    expect(updates.map((update) => [update.availableVersion, update.security])).toEqual([
      ['KB5034123', true],
      ['1.403.1234.0', false],
      ['', false],
      ['KB5033907, KB5033911', true],
    ]);
    expect(updates[0]?.name).toBe(
      '2024-01 Cumulative Update for Windows 11 Version 23H2 for x64-based Systems (KB5034123)',
    );
    expect(updates.every((update) => update.source === 'windows-update')).toBe(true);
    for (const update of updates) expect(pendingUpdateSchema.parse(update)).toEqual(update);
  });

  it('reads one update printed as a bare object, with KBArticleIDs unwrapped', () => {
    const one = JSON.stringify({
      Title: 'Update (KB890830)',
      KBArticleIDs: '890830',
      MsrcSeverity: null,
    });
    expect(parseWindowsUpdateJson(one)).toEqual([
      {
        name: 'Update (KB890830)',
        availableVersion: 'KB890830',
        source: 'windows-update',
        security: false,
      },
    ]);
  });

  it('returns nothing for an empty result', () => {
    expect(parseWindowsUpdateJson('[]')).toEqual([]);
    expect(parseWindowsUpdateJson('')).toEqual([]);
  });
});
