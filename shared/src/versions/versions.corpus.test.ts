// The version vectors in ../shared/fixtures/versions (dpkg, apt, rpm, Puppet, Chromium, .NET,
// winget, Sparkle, Homebrew, node-semver test suites), read in place and checked both ways.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareVersions, isChromiumVersion, type VersionScheme } from './index.ts';

const FIXTURES =
  process.env.HANDRAISE_FIXTURES ?? join(import.meta.dirname, '../../../../shared/fixtures');
const VERSIONS_DIR = join(FIXTURES, 'versions');

// The TSV's scheme column, mapped to the comparator that must reproduce it.
const SCHEME_OF: Readonly<Record<string, VersionScheme>> = {
  deb: 'deb',
  // Strings dpkg refuses (no leading digit); asserted as apt orders them, which compareDeb follows.
  'deb-apt-only': 'deb',
  rpm: 'rpm',
  'rpm-evr': 'rpm',
  // Commented out upstream as questionable, but it is what rpmvercmp really does (non-ASCII
  // letters are separators; `1b.fc17 < 1.fc17` because "b" < "fc"): asserted as real rpm.
  'rpm-oddity': 'rpm',
  chromium: 'dotted',
  winget: 'dotted',
  // System.Version's unset part = -1 (1.2 < 1.2.0) contradicts dotted's padding, hence its own scheme.
  'dotnet-version': 'dotnet',
  semver: 'semver',
  sparkle: 'macos',
  homebrew: 'homebrew',
};

// Rows deliberately not matched, by `file:line`, with the reason. None so far.
const EXCEPTIONS: ReadonlyMap<string, string> = new Map<string, string>();

// The fixture's dword_dec 83897056 is 0x05002AE0, but its hex 05002ee0 (= 83898080) is what
// decodes to the listed 5.0.12000 (and what the agent's own test uses): a typo in the decimal.
const DWORD_DEC_TYPOS: ReadonlyMap<string, string> = new Map([
  ['windows-version-dword.tsv:2', 'dword_dec should be 83898080 (0x05002ee0)'],
]);

// Files with their own columns; every other .tsv is `scheme a b expected source note`.
const VALIDITY_FILE = 'chromium-valid.tsv';
const DWORD_FILE = 'windows-version-dword.tsv';

type Line = { where: string; fields: string[] };

function dataLines(file: string): Line[] {
  const text = readFileSync(join(VERSIONS_DIR, file), 'utf8');
  // Fields keep their spaces: ' 9:1.18.37:4.3-22' and the blank Chromium inputs are test data.
  return text
    .split('\n')
    .map((raw, index) => ({ where: `${file}:${index + 1}`, raw: raw.replace(/\r$/, '') }))
    .filter(({ raw }) => raw !== '' && !raw.startsWith('#'))
    .map(({ where, raw }) => ({ where, fields: raw.split('\t') }));
}

function report(name: string, matched: number, total: number): void {
  process.stdout.write(`corpus versions ${name}: ${matched}/${total} matched\n`);
}

describe('version vectors', () => {
  const files = readdirSync(VERSIONS_DIR)
    .filter((file) => file.endsWith('.tsv'))
    .sort();

  it('finds the fixture files', () => {
    expect(files).toContain('deb.tsv');
    expect(files).toContain(VALIDITY_FILE);
  });

  it('orders every comparison row as its source does, in both directions', () => {
    const counts = new Map<string, { matched: number; total: number }>();
    const mismatches: string[] = [];
    for (const file of files.filter((name) => name !== VALIDITY_FILE && name !== DWORD_FILE)) {
      const lines = dataLines(file);
      expect(lines[0]?.fields.slice(0, 4), file).toEqual(['scheme', 'a', 'b', 'expected']);
      for (const { where, fields } of lines.slice(1)) {
        const [rowScheme = '', a = '', b = '', expectedText = ''] = fields;
        const scheme = SCHEME_OF[rowScheme];
        if (scheme === undefined) throw new Error(`${where}: unknown scheme '${rowScheme}'`);
        const expected = Number(expectedText);
        const forward = compareVersions(a, b, scheme);
        const backward = compareVersions(b, a, scheme);
        const ok = forward === expected && backward === -expected;
        const count = counts.get(rowScheme) ?? { matched: 0, total: 0 };
        count.total++;
        if (ok) count.matched++;
        counts.set(rowScheme, count);
        if (!ok && !EXCEPTIONS.has(where)) {
          mismatches.push(`${where} ${rowScheme} '${a}' vs '${b}': ${forward}/${backward}`);
        }
      }
    }
    for (const [scheme, { matched, total }] of [...counts].sort()) report(scheme, matched, total);
    expect(mismatches).toEqual([]);
  });

  it("accepts exactly the strings Chromium's base::Version accepts", () => {
    const rows = dataLines(VALIDITY_FILE);
    expect(rows[0]?.fields).toEqual(['input', 'valid']);
    const wrong = rows
      .slice(1)
      .filter(({ fields }) => isChromiumVersion(fields[0] ?? '') !== (fields[1] === 'true'));
    report('chromium-valid', rows.length - 1 - wrong.length, rows.length - 1);
    expect(wrong.map(({ where, fields }) => `${where} '${fields[0]}'`)).toEqual([]);
  });

  it('reads the ARP Version DWORD as the same version as the DisplayVersion', () => {
    // The decoding itself lives in the agent (uninstall-entries.ts decodePackedVersion, the only
    // reader of the DWORD); here the hex, decoded as major<<24 | minor<<16 | build, must give the
    // listed version, and that must compare equal to the version the entry displays.
    const rows = dataLines(DWORD_FILE).filter(({ fields }) => fields[0] !== 'dword_hex');
    const wrong = rows.filter(({ fields }) => {
      const [hex = '', , decoded = '', display = ''] = fields;
      const packed = Number.parseInt(hex, 16);
      const unpacked = `${packed >>> 24}.${(packed >>> 16) & 0xff}.${packed & 0xffff}`;
      const shown = /[\d.]+$/.exec(display)?.[0] ?? '';
      return unpacked !== decoded || compareVersions(decoded, shown, 'dotted') !== 0;
    });
    report('windows-version-dword', rows.length - wrong.length, rows.length);
    expect(rows.length).toBeGreaterThan(0);
    expect(wrong.map(({ where }) => where)).toEqual([]);
  });

  it('has a decimal column that agrees with the hex, except for a known typo', () => {
    const rows = dataLines(DWORD_FILE).filter(({ fields }) => fields[0] !== 'dword_hex');
    const wrong = rows.filter(
      ({ fields }) => Number.parseInt(fields[0] ?? '', 16) !== Number(fields[1]),
    );
    report('windows-version-dword dword_dec', rows.length - wrong.length, rows.length);
    const unexplained = wrong.filter(({ where }) => !DWORD_DEC_TYPOS.has(where));
    expect(unexplained.map(({ where }) => where)).toEqual([]);
  });
});
