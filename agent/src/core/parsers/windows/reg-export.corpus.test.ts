import { describe, expect, it } from 'vitest';
import { hotfixSchema, softwareItemSchema, type SoftwareItem } from '@handraise/shared';
import { readFixture, readFixtureText, reportMatches } from '../testing/fixtures.ts';
import { parseRegExport, readRegUninstallEntries } from './reg-export.ts';
import { classifyUninstallEntry, keyNameOf, type UninstallClass } from './uninstall-entries.ts';

// GLPI's expected parse of the same export (t/tasks/inventory/windows/softwares.t), as JSON.
type GlpiSoftware = {
  GUID: string;
  NAME: string;
  VERSION?: string | number | null;
  PUBLISHER?: string | null;
  INSTALLDATE?: string | null;
  SYSTEM_CATEGORY: string;
};

const REG = 'windows/glpi-agent/registry/xp-Uninstall.reg';
const GOLDEN = 'windows/glpi-agent/expected-xp.softwares.json';

// GLPI writes dates dd/mm/yyyy; the agent passes the registry's yyyyMMdd on as given.
function glpiDate(installDate: string | undefined): string | null {
  if (installDate === undefined) return null;
  return `${installDate.slice(6, 8)}/${installDate.slice(4, 6)}/${installDate.slice(0, 4)}`;
}

describe('parseRegExport over the GLPI XP export', () => {
  const bytes = readFixture(REG);
  const result = parseRegExport(bytes);
  const entries = readRegUninstallEntries(bytes);
  const glpi = JSON.parse(readFixtureText(GOLDEN)) as GlpiSoftware[];
  const classOf = new Map(
    entries.map((entry) => [keyNameOf(entry.keyPath), classifyUninstallEntry(entry)]),
  );

  it('reads every Uninstall subkey of the UTF-16LE export', () => {
    // 536 `[...]` headers: the Uninstall key itself, 534 subkeys, and one sub-subkey
    // ({0001B4FD-...}\CustomMessages) that is not an entry.
    expect(entries).toHaveLength(534);
    const counts = countBy([...classOf.values()]);
    expect(counts).toEqual({ software: 60, hotfix: 327, hidden: 31, unnamed: 116 });
  });

  it('accounts for each of GLPI 453 entries', () => {
    // GLPI keeps every key with more than one value and names nameless ones by their key; the
    // agent applies the Programs-and-Features rules instead (see uninstall-entries.ts):
    // - 327 patches (ParentKeyName, update ReleaseType, KB/Q key names) are hotfixes here, not
    //   software; 26 of them GLPI files as system components, we still list them as installed KBs;
    // - 31 SystemComponent=1 programs are hidden from users and dropped (GLPI: a category);
    // - 35 keys without a DisplayName are dropped (GLPI lists them under their key name).
    const counts = countBy(glpi.map((entry) => classOf.get(entry.GUID) ?? 'missing'));
    expect(counts).toEqual({ software: 60, hotfix: 327, hidden: 31, unnamed: 35 });
    const systemCategory = (kind: UninstallClass): number =>
      glpi.filter(
        (entry) =>
          classOf.get(entry.GUID) === kind && entry.SYSTEM_CATEGORY === 'CATEGORY_SYSTEM_COMPONENT',
      ).length;
    expect(systemCategory('hotfix')).toBe(26);
    expect(systemCategory('hidden')).toBe(31);
    reportMatches(
      'windows reg xp: GLPI entries kept as software',
      counts.software ?? 0,
      glpi.length,
    );
  });

  it('agrees with GLPI on the fields of the 60 programs', () => {
    const byKey = new Map(result.software.map((item) => [keyNameOf(item.id ?? ''), item]));
    const kept = glpi.filter((entry) => byKey.has(entry.GUID));
    const pick = (entry: GlpiSoftware): SoftwareItem => byKey.get(entry.GUID) as SoftwareItem;
    const names = kept.filter((entry) => pick(entry).name === entry.NAME).length;
    const versions = kept.filter(
      (entry) => pick(entry).version === (entry.VERSION == null ? '' : String(entry.VERSION)),
    );
    const publishers = kept.filter(
      (entry) => (pick(entry).publisher ?? null) === (entry.PUBLISHER ?? null),
    );
    const dates = kept.filter(
      (entry) => glpiDate(pick(entry).installDate) === (entry.INSTALLDATE ?? null),
    );
    reportMatches('windows reg xp: name', names, kept.length);
    reportMatches('windows reg xp: version', versions.length, kept.length);
    reportMatches('windows reg xp: publisher', publishers.length, kept.length);
    reportMatches('windows reg xp: install date', dates.length, kept.length);
    expect(kept).toHaveLength(60);
    expect(names).toBe(60);
    expect(dates.length).toBe(60);
    // GLPI reads only DisplayVersion; with none, the agent falls back to VersionMajor.Minor.
    expect(versions.length).toBe(59);
    expect(byKey.get('Microsoft .NET Framework 3.5 SP1')?.version).toBe('3.5');
    // GLPI's golden output double-encoded this UTF-16 name ("HeindÃ¶rfer"); ours decodes it.
    expect(publishers.length).toBe(59);
    expect(byKey.get('{0001B4FD-9EA3-4D90-A79E-FD14BA3AB01D}')?.publisher).toBe(
      'Frank Heindörfer, Philip Chinery',
    );
  });

  it('lists each installed KB once, with the KB number as id', () => {
    // 327 patch keys, 298 distinct ids: per-language Office patches repeat a KB (KB2553270 x3).
    expect(result.hotfixes).toHaveLength(298);
    const ids = result.hotfixes.map((hotfix) => hotfix.id);
    expect(new Set(ids).size).toBe(298);
    const kbShaped = ids.filter((id) => /^(KB|Q)\d+$/.test(id));
    reportMatches('windows reg xp: hotfix ids that are KB numbers', kbShaped.length, ids.length);
    // OS components filed under ParentKeyName=OperatingSystem carry no KB: WIC, WMP, WMFR.
    expect(ids.filter((id) => !kbShaped.includes(id))).toEqual([
      'WIC',
      'Windows Media Format Runtime',
      'Windows Media Player',
    ]);
    expect(result.hotfixes.find((hotfix) => hotfix.id === 'KB958644')).toEqual({
      id: 'KB958644',
      description: 'Security Update for Windows XP (KB958644)',
      installedOn: '20081031',
      source: 'registry',
    });
    // From a `{GUID}_Office14.PROPLUS_{GUID}` key: KB from the display name.
    expect(ids).toContain('KB2597170');
    // Office 2010 SP1 names no KB; its HelpLink does.
    expect(ids).toContain('KB2460049');
  });

  it('produces items the contract accepts', () => {
    for (const item of result.software) expect(softwareItemSchema.parse(item)).toEqual(item);
    for (const hotfix of result.hotfixes) expect(hotfixSchema.parse(hotfix)).toEqual(hotfix);
  });
});

function countBy(values: readonly (UninstallClass | 'missing')[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}
