import { describe, expect, it } from 'vitest';
import { softwareItemSchema } from '@handraise/shared';
import { parseDpkgQuery } from './dpkg-query.ts';

// Written for these tests. The agent's own layout (DPKG_QUERY_FORMAT); dpkg pads the empty error
// flag of a two-letter state with a space.
const OWN = [
  'adduser\t3.134\tall\tii \t849',
  'libc6:amd64\t2.36-9+deb12u7\tamd64\tii \t12987',
  'libc6:i386\t2.36-9+deb12u7\ti386\tii \t12502',
  'firefox-esr\t1:115.12.0esr-1~deb12u1\tamd64\thi \t248000',
  'oldeditor\t2.1-3\tamd64\trc \t',
  'ghost\t\t\tun \t',
  'halfway\t2.0-1\tamd64\tiH \t10',
  'unconfigured\t3.0-1\tamd64\tiF \t10',
  'leaving\t4.0-1\tamd64\tri \t10',
  'needs-reinstall\t1.0-1\tamd64\tiiR\t5',
  '',
].join('\n');

// GLPI's layout: package, arch, version, size, section, and a status that may be missing.
const GLPI = [
  'bc\tamd64\t1.07.1-3\t221\tmath',
  'vim\tamd64\t2:9.0.1378-2\t3911\teditors\tinstall ok installed',
  'kept\tall\t1.0\t12\tmisc\thold ok installed',
  'gone\tamd64\t1.0-1\t12\tvideo\tdeinstall ok config-files',
  'leaving\tamd64\t1.0-1\t12\tvideo\tdeinstall ok installed',
  'nosize\tamd64\t0.1\t\tbase\tinstall ok installed',
  '',
].join('\n');

// Ohai's layout: package, version, arch, status word.
const OHAI = [
  'bc\t1.07.1-3\tamd64\tinstalled',
  'oldd\t1.0-1\tamd64\tconfig-files',
  'half\t1.0-1\tamd64\thalf-configured',
  'never\t\t\tnot-installed',
].join('\n');

describe('parseDpkgQuery', () => {
  it('keeps installed and held packages of its own layout, each arch as its own item', () => {
    expect(parseDpkgQuery(OWN)).toEqual([
      { name: 'adduser', version: '3.134', arch: 'all', source: 'dpkg' },
      { name: 'libc6', version: '2.36-9+deb12u7', arch: 'amd64', source: 'dpkg' },
      { name: 'libc6', version: '2.36-9+deb12u7', arch: 'i386', source: 'dpkg' },
      { name: 'firefox-esr', version: '1:115.12.0esr-1~deb12u1', arch: 'amd64', source: 'dpkg' },
      { name: 'needs-reinstall', version: '1.0-1', arch: 'amd64', source: 'dpkg' },
    ]);
  });

  it('drops removed, unknown, half-installed and to-be-removed states', () => {
    const names = parseDpkgQuery(OWN).map((item) => item.name);
    for (const dropped of ['oldeditor', 'ghost', 'halfway', 'unconfigured', 'leaving']) {
      expect(names).not.toContain(dropped);
    }
  });

  it("reads GLPI's layout, with or without the status column", () => {
    expect(parseDpkgQuery(GLPI)).toEqual([
      { name: 'bc', version: '1.07.1-3', arch: 'amd64', source: 'dpkg' },
      { name: 'vim', version: '2:9.0.1378-2', arch: 'amd64', source: 'dpkg' },
      { name: 'kept', version: '1.0', arch: 'all', source: 'dpkg' },
      { name: 'nosize', version: '0.1', arch: 'amd64', source: 'dpkg' },
    ]);
  });

  it("reads Ohai's layout and keeps only the installed status", () => {
    expect(parseDpkgQuery(OHAI)).toEqual([
      { name: 'bc', version: '1.07.1-3', arch: 'amd64', source: 'dpkg' },
    ]);
  });

  it('accepts CRLF line endings', () => {
    expect(
      parseDpkgQuery('bc\t1.07.1-3\tamd64\tinstalled\r\nsed\t4.9-1\tamd64\tinstalled\r\n'),
    ).toHaveLength(2);
  });

  it('produces items the contract accepts', () => {
    for (const item of parseDpkgQuery(`${OWN}\n${GLPI}\n${OHAI}`)) {
      expect(softwareItemSchema.parse(item)).toEqual(item);
    }
  });

  it('returns nothing for empty output or stray lines', () => {
    expect(parseDpkgQuery('')).toEqual([]);
    expect(parseDpkgQuery('\n\nnot a package line\na\tb\tc\n')).toEqual([]);
  });

  it('parses output without a trailing newline', () => {
    expect(parseDpkgQuery('adduser\t3.134\tall\tii \t849')).toHaveLength(1);
  });
});
