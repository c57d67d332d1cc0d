import { describe, expect, it } from 'vitest';
import { hotfixSchema } from '@handraise/shared';
import { readFixture, readFixtureText, reportMatches } from '../testing/fixtures.ts';
import { mergeHotfixes } from './merge-hotfixes.ts';
import { normalizeQfeEntries } from './qfe.ts';
import { parseRegExport } from './reg-export.ts';
import { readWmicList } from './testing/wmic-list.ts';

// GLPI's expected hotfixes for the XP host (t/tasks/inventory/windows/softwares.t), as JSON.
type GlpiHotfix = { NAME: string; COMMENTS: string; INSTALLDATE: string };

// The dump is `wmic qfe /format:list` text in UTF-16LE; the collector gets the same properties
// from Get-HotFix as JSON, and both go through normalizeQfeEntries.
function readQfeDump() {
  const text = new TextDecoder('utf-16le').decode(
    readFixture('windows/glpi-agent/wmi/xp-Win32_QuickFixEngineering.wmi'),
  );
  return readWmicList(text).map((record) => ({
    hotFixId: record.HotFixID,
    description: record.Description,
    installedOn: record.InstalledOn,
    servicePackInEffect: record.ServicePackInEffect,
  }));
}

describe('normalizeQfeEntries over the GLPI XP QFE dump', () => {
  const entries = readQfeDump();
  const hotfixes = normalizeQfeEntries(entries);
  const golden = JSON.parse(
    readFixtureText('windows/glpi-agent/expected-xp.hotfixes.json'),
  ) as GlpiHotfix[];

  it('finds every hotfix GLPI expects, with its description and date', () => {
    const byId = new Map(hotfixes.map((hotfix) => [hotfix.id, hotfix]));
    const matched = golden.filter((expected) => {
      const hotfix = byId.get(expected.NAME);
      // GLPI writes dd/mm/yyyy; the agent yyyyMMdd like the registry.
      const [day, month, year] = expected.INSTALLDATE.split('/');
      return (
        hotfix?.description === expected.COMMENTS && hotfix.installedOn === `${year}${month}${day}`
      );
    });
    reportMatches('windows qfe xp: GLPI hotfixes', matched.length, golden.length);
    expect(matched).toHaveLength(10);
  });

  it('also takes the KB from ServicePackInEffect where XP says "File 1"', () => {
    // 16 instances: 5 `HotFixID=File 1` with a KB in ServicePackInEffect (GLPI skips them; they
    // are installed KBs), 10 regular KBs, 1 `XpsEPSC` component without a KB (skipped by both).
    expect(entries).toHaveLength(16);
    expect(hotfixes).toHaveLength(15);
    expect(hotfixes.slice(0, 5).map((hotfix) => hotfix.id)).toEqual([
      'KB2079403',
      'KB2115168',
      'KB2121546',
      'KB2141007',
      'KB2229593',
    ]);
    for (const hotfix of hotfixes) expect(hotfixSchema.parse(hotfix)).toEqual(hotfix);
  });

  it('merges with the registry KBs of the same machine without counting any twice', () => {
    const registry = parseRegExport(readFixture('windows/glpi-agent/registry/xp-Uninstall.reg'));
    const merged = mergeHotfixes(registry.hotfixes, hotfixes);
    const onlyInQfe = hotfixes.filter(
      (hotfix) => !registry.hotfixes.some((known) => known.id === hotfix.id),
    );
    reportMatches('windows qfe xp: QFE KBs already in the registry', 15 - onlyInQfe.length, 15);
    // 14 of the 15 QFE KBs have an Uninstall key too; KB981349 exists only in QFE.
    expect(onlyInQfe.map((hotfix) => hotfix.id)).toEqual(['KB981349']);
    expect(merged).toHaveLength(registry.hotfixes.length + 1);
    expect(merged.find((hotfix) => hotfix.id === 'KB981349')?.source).toBe('qfe');
  });
});
