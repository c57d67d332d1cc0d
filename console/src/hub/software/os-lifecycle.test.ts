import type { OsInfo, OsLifecycleEntry, OsLifecycleTable } from '@handraise/shared';
import { titleKeySchema } from '@handraise/shared';
import { describe, expect, it } from 'vitest';
import { lifecycleFor } from './os-lifecycle.ts';
import { MAX_OS_LIFECYCLE_ENTRIES, parseOsLifecycleTable } from './os-lifecycle-import.ts';
import { BUNDLED_OS_LIFECYCLE } from './os-lifecycle-table.ts';

function os(platform: OsInfo['platform'], name: string, version: string): OsInfo {
  return { platform, name, version, arch: 'x64', hostname: 'lab-pc-01' };
}

function entry(partial: Partial<OsLifecycleEntry> & { osKey: string }): OsLifecycleEntry {
  return {
    release: partial.osKey,
    versionPrefix: null,
    edition: null,
    endOfLife: '2030-01-01',
    source: null,
    ...partial,
  };
}

/** The bundled end date for a device, or null. */
function bundledEnd(info: OsInfo): string | null {
  return lifecycleFor(info, BUNDLED_OS_LIFECYCLE)?.endOfLife ?? null;
}

describe('BUNDLED_OS_LIFECYCLE', () => {
  it('is dated, sourced, valid, and survives its own import', () => {
    const { asOf, entries } = BUNDLED_OS_LIFECYCLE;
    expect(asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const e of entries) {
      expect(titleKeySchema.safeParse(e.osKey).success, e.osKey).toBe(true);
      expect(e.source, e.release).not.toBeNull();
    }
    const reparsed = parseOsLifecycleTable(JSON.stringify(BUNDLED_OS_LIFECYCLE));
    expect(reparsed).toEqual({ ok: true, table: BUNDLED_OS_LIFECYCLE });
  });

  it('ends Microsoft support on a Patch Tuesday (the second Tuesday of the month)', () => {
    for (const e of BUNDLED_OS_LIFECYCLE.entries) {
      if (!e.osKey.startsWith('os:windows')) continue;
      const day = new Date(`${e.endOfLife}T00:00:00Z`);
      expect(day.getUTCDay(), `${e.release} ${e.endOfLife}`).toBe(2);
      expect(Math.ceil(day.getUTCDate() / 7), `${e.release} ${e.endOfLife}`).toBe(2);
    }
  });

  it('knows Windows 10 and its long-term editions', () => {
    expect(bundledEnd(os('windows', 'Microsoft Windows 10 Pro', '10.0.19045'))).toBe('2025-10-14');
    expect(bundledEnd(os('windows', 'Microsoft Windows 10 Education', '10.0.19045'))).toBe(
      '2025-10-14',
    );
    expect(bundledEnd(os('windows', 'Microsoft Windows 10 Enterprise LTSC', '10.0.17763'))).toBe(
      '2029-01-09',
    );
    expect(bundledEnd(os('windows', 'Microsoft Windows 10 Enterprise LTSC', '10.0.19044'))).toBe(
      '2027-01-12',
    );
    expect(
      bundledEnd(os('windows', 'Microsoft Windows 10 IoT Enterprise LTSC', '10.0.19044')),
    ).toBe('2032-01-13');
  });

  it('gives Windows 11 Education and Enterprise a year more than Home, Pro and Pro Education', () => {
    const v23h2 = '10.0.22631';
    expect(bundledEnd(os('windows', 'Microsoft Windows 11 Pro', v23h2))).toBe('2025-11-11');
    expect(bundledEnd(os('windows', 'Microsoft Windows 11 Home', v23h2))).toBe('2025-11-11');
    expect(bundledEnd(os('windows', 'Microsoft Windows 11 Pro Education', v23h2))).toBe(
      '2025-11-11',
    );
    expect(bundledEnd(os('windows', 'Microsoft Windows 11 Education', v23h2))).toBe('2026-11-10');
    expect(bundledEnd(os('windows', 'Microsoft Windows 11 Enterprise', v23h2))).toBe('2026-11-10');
    const entry24h2 = lifecycleFor(
      os('windows', 'Microsoft Windows 11 Education', '10.0.26100.2605'),
      BUNDLED_OS_LIFECYCLE,
    );
    expect(entry24h2).toMatchObject({
      release: 'Windows 11 24H2 Education',
      endOfLife: '2027-10-12',
    });
    expect(bundledEnd(os('windows', 'Microsoft Windows 11 Enterprise LTSC', '10.0.26100'))).toBe(
      '2029-10-09',
    );
    // An unknown feature update has no row rather than a guess.
    expect(bundledEnd(os('windows', 'Microsoft Windows 11 Pro', '10.0.27500'))).toBeNull();
  });

  it('knows servers, Macs and Linux releases, and nothing it was not told', () => {
    expect(bundledEnd(os('windows', 'Microsoft Windows Server 2019 Standard', '10.0.17763'))).toBe(
      '2029-01-09',
    );
    expect(bundledEnd(os('macos', 'macOS', '13.7.8'))).toBe('2025-08-20');
    expect(bundledEnd(os('macos', 'macOS', '10.15.7'))).toBe('2022-07-20');
    expect(bundledEnd(os('macos', 'macOS', '15.6'))).toBeNull();
    expect(bundledEnd(os('linux', 'Debian GNU/Linux', '12'))).toBe('2028-06-30');
    expect(bundledEnd(os('linux', 'Ubuntu', '22.04.4 LTS'))).toBe('2027-05-31');
    expect(bundledEnd(os('linux', 'Ubuntu', '23.10'))).toBeNull();
    expect(bundledEnd(os('linux', 'Fedora Linux', '41'))).toBe('2025-12-15');
  });
});

describe('lifecycleFor', () => {
  const table: OsLifecycleTable = {
    asOf: '2026-01-01',
    entries: [
      entry({ osKey: 'os:windows-11', release: 'any', endOfLife: '2030-01-01' }),
      entry({
        osKey: 'os:windows-11',
        release: 'short',
        versionPrefix: '10.0',
        endOfLife: '2030-01-02',
      }),
      entry({
        osKey: 'os:windows-11',
        release: 'long',
        versionPrefix: '10.0.22631',
        endOfLife: '2030-01-03',
      }),
      entry({
        osKey: 'os:windows-11',
        release: 'edition',
        edition: 'EDUCATION',
        endOfLife: '2030-01-04',
      }),
      entry({
        osKey: 'os:windows-11',
        release: 'both',
        versionPrefix: '10.0',
        edition: 'education',
        endOfLife: '2030-01-05',
      }),
      entry({ osKey: 'os:windows-11', release: 'twin', endOfLife: '2030-01-06' }),
    ],
  };
  const release = (name: string, version: string): string | null =>
    lifecycleFor(os('windows', name, version), table)?.release ?? null;

  it('prefers more conditions, then a longer prefix, then the earlier row', () => {
    expect(release('Microsoft Windows 11 Education', '10.0.22631')).toBe('both');
    expect(release('Microsoft Windows 11 Pro', '10.0.22631')).toBe('long');
    expect(release('Microsoft Windows 11 Pro', '10.0.26100')).toBe('short');
    expect(release('Microsoft Windows 11 Education', '')).toBe('edition');
    expect(release('Microsoft Windows 11 Pro', '')).toBe('any');
  });

  it('matches nothing under another title, an unmatched prefix or a missing edition', () => {
    expect(lifecycleFor(os('windows', 'Microsoft Windows 10 Pro', '10.0.19045'), table)).toBeNull();
    const strict: OsLifecycleTable = {
      asOf: '2026-01-01',
      entries: [
        entry({ osKey: 'os:windows-11', versionPrefix: '10.0.26100', edition: 'Enterprise' }),
      ],
    };
    expect(
      lifecycleFor(os('windows', 'Microsoft Windows 11 Enterprise', '10.0.22631'), strict),
    ).toBeNull();
    expect(
      lifecycleFor(os('windows', 'Microsoft Windows 11 Pro', '10.0.26100'), strict),
    ).toBeNull();
    expect(
      lifecycleFor(os('windows', 'Microsoft Windows 11 Pro', '10.0.26100'), {
        asOf: '2026-01-01',
        entries: [],
      }),
    ).toBeNull();
  });
});

describe('parseOsLifecycleTable', () => {
  const good = {
    asOf: '2026-11-01',
    entries: [
      {
        osKey: 'os:debian-12',
        release: 'Debian 12',
        endOfLife: '2028-06-30',
        source: 'Debian LTS',
      },
      {
        osKey: 'os:windows-11',
        release: ' Windows 11 24H2 ',
        versionPrefix: '10.0.26100',
        edition: 'Education',
        endOfLife: '2027-10-12',
        source: null,
      },
    ],
  };

  it('reads a table, filling absent optional fields with null and trimming text', () => {
    const result = parseOsLifecycleTable(`\uFEFF${JSON.stringify(good)}`);
    expect(result).toEqual({
      ok: true,
      table: {
        asOf: '2026-11-01',
        entries: [
          {
            osKey: 'os:debian-12',
            release: 'Debian 12',
            versionPrefix: null,
            edition: null,
            endOfLife: '2028-06-30',
            source: 'Debian LTS',
          },
          {
            osKey: 'os:windows-11',
            release: 'Windows 11 24H2',
            versionPrefix: '10.0.26100',
            edition: 'Education',
            endOfLife: '2027-10-12',
            source: null,
          },
        ],
      },
    });
  });

  it('names the entry and field of every problem', () => {
    const result = parseOsLifecycleTable(
      JSON.stringify({
        asOf: '2026-13-01',
        entries: [
          { osKey: 'debian-12', release: 'Debian 12', endOfLife: '2028-06-31' },
          { osKey: 'os:ubuntu-24.04', endOfLife: '2029-05-31', colour: 'orange' },
          { osKey: 'os:fedora-43', release: 'Fedora 43', endOfLife: 20261209, edition: '' },
          'os:rocky-9',
        ],
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(
      expect.arrayContaining([
        'asOf: must be a date written YYYY-MM-DD',
        'entries[0].osKey: must be an OS title key such as "os:windows-11"',
        'entries[0].endOfLife: must be a date written YYYY-MM-DD',
        'entries[1].release: is missing',
        'entries[1]: unknown field "colour"',
        'entries[2].endOfLife: must be a date written YYYY-MM-DD',
        'entries[2].edition: must not be empty (use null)',
        'entries[3]: must be an object',
      ]),
    );
    expect(result.errors).toHaveLength(8);
  });

  it('rejects what is not a table at all', () => {
    expect(parseOsLifecycleTable('{ "asOf": ')).toMatchObject({ ok: false });
    const notJson = parseOsLifecycleTable('nope');
    expect(!notJson.ok && notJson.errors[0]).toMatch(/^not valid JSON: /);
    expect(parseOsLifecycleTable('[]')).toEqual({
      ok: false,
      errors: ['the table: must be an object with "asOf" and "entries"'],
    });
    expect(parseOsLifecycleTable('{"asOf":"2026-01-01","extra":1}')).toEqual({
      ok: false,
      errors: ['entries: is missing', 'the table: unknown field "extra"'],
    });
  });

  it('refuses two rows with the same conditions', () => {
    const row = {
      osKey: 'os:windows-11',
      release: 'x',
      edition: 'Education',
      endOfLife: '2027-01-01',
    };
    const result = parseOsLifecycleTable(
      JSON.stringify({
        asOf: '2026-01-01',
        entries: [row, { ...row }, { ...row, edition: 'EDUCATION' }],
      }),
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        'entries[1]: same osKey, versionPrefix and edition as entries[0]',
        'entries[2]: same osKey, versionPrefix and edition as entries[0]',
      ],
    });
  });

  it('accepts at most 2,000 entries and lists at most 100 problems', () => {
    const many = Array.from({ length: MAX_OS_LIFECYCLE_ENTRIES + 1 }, (_, i) => ({
      osKey: `os:test-${i}`,
      release: `Test ${i}`,
      endOfLife: '2030-01-01',
    }));
    expect(parseOsLifecycleTable(JSON.stringify({ asOf: '2026-01-01', entries: many }))).toEqual({
      ok: false,
      errors: ['entries: must have at most 2,000 entries'],
    });
    const broken = many.slice(0, 150).map((e) => ({ ...e, endOfLife: 'soon' }));
    const result = parseOsLifecycleTable(JSON.stringify({ asOf: '2026-01-01', entries: broken }));
    expect(!result.ok && result.errors).toHaveLength(101);
    expect(!result.ok && result.errors.at(-1)).toBe('… and 50 more');
  });
});
