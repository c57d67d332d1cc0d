import { describe, expect, it } from 'vitest';
import { parseReleaseFiles } from './os-release.ts';

// Expected values are what systeminformation 5.33's osInfo() read from the same files.

describe('parseReleaseFiles', () => {
  it('reads Debian: version and codename from the pretty name', () => {
    const osRelease = `PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
NAME="Debian GNU/Linux"
VERSION_ID="12"
VERSION="12 (bookworm)"
VERSION_CODENAME=bookworm
ID=debian
`;
    expect(parseReleaseFiles(osRelease)).toEqual({
      distro: 'Debian GNU/Linux',
      release: '12',
      codename: 'bookworm',
      build: '',
    });
  });

  it("keeps lsb-release's distributor id ahead of os-release's name (Ubuntu, Mint)", () => {
    const lsbRelease = `DISTRIB_ID=Ubuntu
DISTRIB_RELEASE=22.04
DISTRIB_CODENAME=jammy
DISTRIB_DESCRIPTION="Ubuntu 22.04.4 LTS"
`;
    const osRelease = `PRETTY_NAME="Ubuntu 22.04.4 LTS"
NAME="Ubuntu"
VERSION_ID="22.04"
VERSION="22.04.4 LTS (Jammy Jellyfish)"
VERSION_CODENAME=jammy
`;
    expect(parseReleaseFiles(lsbRelease + osRelease)).toEqual({
      distro: 'Ubuntu',
      release: '22.04.4 LTS',
      codename: 'jammy',
      build: '',
    });
  });

  it('falls back to VERSION_ID, takes BUILD_ID, and says unknown when nothing is there', () => {
    expect(parseReleaseFiles('NAME=Arch Linux\nBUILD_ID=rolling\nVERSION_ID=20240101\n')).toEqual({
      distro: 'Arch Linux',
      release: '20240101',
      codename: '',
      build: 'rolling',
    });
    expect(parseReleaseFiles('')).toEqual({
      distro: 'unknown',
      release: 'unknown',
      codename: '',
      build: '',
    });
  });
});
