import { describe, expect, it } from 'vitest';
import { pendingUpdateSchema } from '@handraise/shared';
import { parseAptSimulation } from './apt-updates.ts';

// Written for this test in the layout of `apt-get -s dist-upgrade`.
const SAMPLE = `NOTE: This is only a simulation!
      apt-get needs root privileges for real execution.
Reading package lists...
Building dependency tree...
Reading state information...
Calculating upgrade...
The following NEW packages will be installed:
  linux-image-6.1.0-22-amd64
The following packages will be upgraded:
  libssl3 openssl tzdata localtool
4 upgraded, 1 newly installed, 0 to remove and 0 not upgraded.
Inst libssl3 [3.0.11-1~deb12u2] (3.0.13-1~deb12u1 Debian-Security:12/stable-security, Debian:12/stable [amd64])
Inst libssl3:i386 [3.0.11-1~deb12u2] (3.0.13-1~deb12u1 Debian-Security:12/stable-security, Debian:12/stable [i386])
Inst openssl [3.0.11-1~deb12u2] (3.0.13-1~deb12u1 Debian-Security:12/stable-security [amd64]) []
Inst linux-image-6.1.0-22-amd64 (6.1.94-1 Debian:12/stable [amd64])
Inst tzdata [2024a-0+deb12u1] (2024b-0+deb12u1 Debian:12/stable-updates [all]) [perl:amd64 ]
Inst localtool [1.0-1] (1.1-1 [amd64])
Conf libssl3 (3.0.13-1~deb12u1 Debian-Security:12/stable-security, Debian:12/stable [amd64])
Conf openssl (3.0.13-1~deb12u1 Debian-Security:12/stable-security [amd64])
Remv oldthing [1.0-1]
`;

describe('parseAptSimulation', () => {
  it('reads every Inst line once, with versions and the security flag', () => {
    expect(parseAptSimulation(SAMPLE)).toEqual([
      {
        name: 'libssl3',
        installedVersion: '3.0.11-1~deb12u2',
        availableVersion: '3.0.13-1~deb12u1',
        source: 'apt',
        security: true,
      },
      {
        name: 'openssl',
        installedVersion: '3.0.11-1~deb12u2',
        availableVersion: '3.0.13-1~deb12u1',
        source: 'apt',
        security: true,
      },
      {
        name: 'linux-image-6.1.0-22-amd64',
        availableVersion: '6.1.94-1',
        source: 'apt',
        security: false,
      },
      {
        name: 'tzdata',
        installedVersion: '2024a-0+deb12u1',
        availableVersion: '2024b-0+deb12u1',
        source: 'apt',
        security: false,
      },
      { name: 'localtool', installedVersion: '1.0-1', availableVersion: '1.1-1', source: 'apt' },
    ]);
  });

  it('ignores Conf and Remv lines and the chatter around them', () => {
    const names = parseAptSimulation(SAMPLE).map((update) => update.name);
    expect(names).not.toContain('oldthing');
    expect(
      parseAptSimulation('Reading package lists...\n0 upgraded, 0 newly installed.\n'),
    ).toEqual([]);
  });

  it('produces updates the contract accepts', () => {
    for (const update of parseAptSimulation(SAMPLE)) {
      expect(pendingUpdateSchema.parse(update)).toEqual(update);
    }
  });
});
