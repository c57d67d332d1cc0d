import { describe, expect, it } from 'vitest';
import { softwareItemSchema } from '@handraise/shared';
import { formatRpmVersion, parseRpmQuery } from './rpm-query.ts';

// Written for these tests in the agent's own layout (RPM_QUERY_FORMAT).
// 1700000000 s = 2023-11-14T22:13:20Z.
const OWN = [
  'bash\t0\t5.2.26\t3.fc40\tx86_64\t1700000000\tFedora Project',
  'kernel-core\t0\t6.8.5\t301.fc40\tx86_64\t1700000000\tFedora Project',
  'kernel-core\t0\t6.9.7\t200.fc40\tx86_64\t1700000000\tFedora Project',
  'openssl-libs\t1\t3.2.1\t2.fc40\tx86_64\t1700000000\tFedora Project',
  'gpg-pubkey\t0\ta15b79cc\t63d04c2c\t(none)\t1700000000\t(none)',
  'localtool\t0\t1.0\t1\tnoarch\t1700000000\t(none)',
  '',
].join('\n');

describe('parseRpmQuery', () => {
  it('reads its own layout: epoch only when not 0, every kernel, no gpg-pubkey', () => {
    const fedora = { source: 'rpm', arch: 'x86_64', publisher: 'Fedora Project' } as const;
    expect(parseRpmQuery(OWN)).toEqual([
      { ...fedora, name: 'bash', version: '5.2.26-3.fc40', installDate: '2023-11-14' },
      { ...fedora, name: 'kernel-core', version: '6.8.5-301.fc40', installDate: '2023-11-14' },
      { ...fedora, name: 'kernel-core', version: '6.9.7-200.fc40', installDate: '2023-11-14' },
      { ...fedora, name: 'openssl-libs', version: '1:3.2.1-2.fc40', installDate: '2023-11-14' },
      {
        name: 'localtool',
        version: '1.0-1',
        source: 'rpm',
        arch: 'noarch',
        installDate: '2023-11-14',
      },
    ]);
  });

  it("reads Ohai's layout, tab- or blank-separated", () => {
    const text = [
      'tzdata\t0\t2016d\t1.el7\t1463486618\tnoarch',
      'kernel  0       3.10.0  862.el7 1521745632      x86_64',
    ].join('\n');
    expect(parseRpmQuery(text)).toEqual([
      {
        name: 'tzdata',
        version: '2016d-1.el7',
        source: 'rpm',
        arch: 'noarch',
        installDate: '2016-05-17',
      },
      {
        name: 'kernel',
        version: '3.10.0-862.el7',
        source: 'rpm',
        arch: 'x86_64',
        installDate: '2018-03-22',
      },
    ]);
  });

  it("reads GLPI's layout, splitting version and release at the last dash", () => {
    const text =
      'aspell-en\tnoarch\t2020.12.07-10.fc40\t1700000000\t512\t' +
      'Fedora Project\tEnglish dictionary\tUnspecified';
    expect(parseRpmQuery(text)).toEqual([
      {
        name: 'aspell-en',
        version: '2020.12.07-10.fc40',
        source: 'rpm',
        arch: 'noarch',
        publisher: 'Fedora Project',
        installDate: '2023-11-14',
      },
    ]);
  });

  it('takes a blank-separated line of its own layout with a vendor holding blanks', () => {
    expect(parseRpmQuery('bash 0 5.1.8 6.el9 x86_64 1700000000 Red Hat, Inc.')).toEqual([
      {
        name: 'bash',
        version: '5.1.8-6.el9',
        source: 'rpm',
        arch: 'x86_64',
        publisher: 'Red Hat, Inc.',
        installDate: '2023-11-14',
      },
    ]);
  });

  it('ignores error lines and lines of the wrong shape', () => {
    const text = [
      'error: rpmdb: BDB0113 Thread/process 1234/5678 failed: BDB1507 Thread died',
      'bash\tx\t5.2.26\t3.fc40\tx86_64\t1700000000\tFedora Project',
      'bash\t0\t5.2.26\t3.fc40\tx86_64\tyesterday\tFedora Project',
    ].join('\n');
    expect(parseRpmQuery(text)).toEqual([]);
  });

  it('produces items the contract accepts', () => {
    for (const item of parseRpmQuery(OWN)) expect(softwareItemSchema.parse(item)).toEqual(item);
  });
});

describe('formatRpmVersion', () => {
  it('writes the epoch only when it is set and not 0', () => {
    expect(formatRpmVersion('0', '1.2', '3.el9')).toBe('1.2-3.el9');
    expect(formatRpmVersion('(none)', '1.2', '3.el9')).toBe('1.2-3.el9');
    expect(formatRpmVersion('', '1.2', '3.el9')).toBe('1.2-3.el9');
    expect(formatRpmVersion('2', '1.2', '3.el9')).toBe('2:1.2-3.el9');
    expect(formatRpmVersion('0', '1.2', '')).toBe('1.2');
  });
});
