import { describe, expect, it } from 'vitest';
import { softwareItemSchema } from '@handraise/shared';
import { parseDpkgQuery } from './dpkg.ts';

// Written for this test in the DPKG_QUERY_FORMAT layout; the trailing space after two-letter
// states is how dpkg prints an empty error flag.
const SAMPLE = [
  'adduser\t3.134\tall\tii \t849',
  'libc6:amd64\t2.36-9+deb12u7\tamd64\tii \t12987',
  'libc6:i386\t2.36-9+deb12u7\ti386\tii \t12502',
  'firefox-esr\t1:115.12.0esr-1~deb12u1\tamd64\thi \t248000',
  'oldeditor\t2.1-3\tamd64\trc \t',
  'ghost\t\t\tun \t',
  'halfway\t2.0-1\tamd64\tiH \t10',
  'unconfigured\t3.0-1\tamd64\tiF \t10',
  'needs-reinstall\t1.0-1\tamd64\tiiR\t5',
  '',
].join('\n');

describe('parseDpkgQuery', () => {
  it('keeps installed and held packages, each arch as its own item', () => {
    expect(parseDpkgQuery(SAMPLE)).toEqual([
      { name: 'adduser', version: '3.134', arch: 'all', source: 'dpkg' },
      { name: 'libc6', version: '2.36-9+deb12u7', arch: 'amd64', source: 'dpkg' },
      { name: 'libc6', version: '2.36-9+deb12u7', arch: 'i386', source: 'dpkg' },
      { name: 'firefox-esr', version: '1:115.12.0esr-1~deb12u1', arch: 'amd64', source: 'dpkg' },
      { name: 'needs-reinstall', version: '1.0-1', arch: 'amd64', source: 'dpkg' },
    ]);
  });

  it('drops removed, unknown and half-installed states', () => {
    const names = parseDpkgQuery(SAMPLE).map((item) => item.name);
    expect(names).not.toContain('oldeditor');
    expect(names).not.toContain('ghost');
    expect(names).not.toContain('halfway');
    expect(names).not.toContain('unconfigured');
  });

  it('produces items the contract accepts', () => {
    for (const item of parseDpkgQuery(SAMPLE)) expect(softwareItemSchema.parse(item)).toEqual(item);
  });

  it('returns nothing for empty output or stray lines', () => {
    expect(parseDpkgQuery('')).toEqual([]);
    expect(parseDpkgQuery('\n\nnot a package line\n')).toEqual([]);
  });

  it('parses output without a trailing newline', () => {
    expect(parseDpkgQuery('adduser\t3.134\tall\tii \t849')).toHaveLength(1);
  });
});
