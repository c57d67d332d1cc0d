import { describe, expect, it } from 'vitest';
import { applyZfsUsage, parseDf } from './filesystems.ts';

// Expected rows are what systeminformation 5.33's fsSize() listed for the same df output.
const DF = `Filesystem     Type     1024-blocks      Used Available Capacity Mounted on
udev           devtmpfs     8041484         0   8041484       0% /dev
tmpfs          tmpfs        1614008      2140   1611868       1% /run
/dev/nvme0n1p2 ext4       490617784 123456780 342160644      27% /
/dev/nvme0n1p1 vfat          523248      6220    517028       2% /boot/efi
//nas/share    cifs      1953514584 976757292 976757292      50% /mnt/school share
server:/export nfs4       102687672  51343836  51343836      50% /srv/export
tank/home      zfs        900000000 100000000 800000000      12% /home
`;

describe('parseDf', () => {
  it('keeps device-backed, network and other real file systems, in KiB turned into bytes', () => {
    expect(parseDf(DF)).toEqual([
      {
        fs: '/dev/nvme0n1p2',
        type: 'ext4',
        size: 502_392_610_816,
        used: 126_419_742_720,
        available: 350_372_499_456,
        mount: '/',
      },
      {
        fs: '/dev/nvme0n1p1',
        type: 'vfat',
        size: 535_805_952,
        used: 6_369_280,
        available: 529_436_672,
        mount: '/boot/efi',
      },
      {
        fs: '//nas/share',
        type: 'cifs',
        size: 2_000_398_934_016,
        used: 1_000_199_467_008,
        available: 1_000_199_467_008,
        mount: '/mnt/school share',
      },
      {
        fs: 'server:/export',
        type: 'nfs4',
        size: 105_152_176_128,
        used: 52_576_088_064,
        available: 52_576_088_064,
        mount: '/srv/export',
      },
      {
        fs: 'tank/home',
        type: 'zfs',
        size: 921_600_000_000,
        used: 102_400_000_000,
        available: 819_200_000_000,
        mount: '/home',
      },
    ]);
  });

  it('lists a mount once, and nothing from an empty answer', () => {
    const twice = `${DF}/dev/nvme0n1p2 ext4 490617784 123456780 342160644 27% /\n`;
    expect(parseDf(twice)).toHaveLength(5);
    expect(parseDf('')).toEqual([]);
  });
});

describe('applyZfsUsage', () => {
  it("counts a ZFS dataset's children, by name or else by mount point", () => {
    const rows = parseDf(DF);
    const zfs = 'tank/home\t200000000\t700000000\t/home\n';
    expect(applyZfsUsage(rows, zfs).at(-1)).toMatchObject({
      size: 900_000_000,
      used: 200_000_000,
      available: 700_000_000,
    });
    expect(applyZfsUsage(rows, 'other\t1\t2\t/home\n').at(-1)).toMatchObject({ used: 1 });
    expect(applyZfsUsage(rows, 'garbage\n')).toEqual(rows);
  });
});
