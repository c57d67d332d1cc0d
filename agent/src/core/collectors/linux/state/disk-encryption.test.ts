import { describe, expect, it } from 'vitest';
import { parseLsblkEncryption } from './disk-encryption.ts';

// Debian's "guided, encrypted LVM" layout on an NVMe disk, plus a USB disk holding a locked LUKS
// container and a plain ext4 partition.
const LSBLK_TREE = JSON.stringify({
  blockdevices: [
    {
      name: 'nvme0n1',
      type: 'disk',
      fstype: null,
      mountpoint: null,
      children: [
        { name: 'nvme0n1p1', type: 'part', fstype: 'vfat', mountpoint: '/boot/efi' },
        { name: 'nvme0n1p2', type: 'part', fstype: 'ext2', mountpoint: '/boot' },
        {
          name: 'nvme0n1p3',
          type: 'part',
          fstype: 'crypto_LUKS',
          mountpoint: null,
          children: [
            {
              name: 'nvme0n1p3_crypt',
              type: 'crypt',
              fstype: 'LVM2_member',
              mountpoint: null,
              children: [
                { name: 'lab--vg-root', type: 'lvm', fstype: 'ext4', mountpoint: '/' },
                { name: 'lab--vg-home', type: 'lvm', fstype: 'ext4', mountpoint: '/home' },
                { name: 'lab--vg-swap_1', type: 'lvm', fstype: 'swap', mountpoint: '[SWAP]' },
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'sda',
      type: 'disk',
      fstype: null,
      mountpoint: null,
      children: [
        { name: 'sda1', type: 'part', fstype: 'crypto_LUKS', mountpoint: null },
        { name: 'sda2', type: 'part', fstype: 'ext4', mountpoint: '/media/backup' },
      ],
    },
  ],
});

describe('parseLsblkEncryption', () => {
  it('marks each mounted file system by whether LUKS lies beneath it', () => {
    expect(parseLsblkEncryption(LSBLK_TREE)).toEqual([
      { volume: '/boot/efi', method: 'luks', state: 'off' },
      { volume: '/boot', method: 'luks', state: 'off' },
      { volume: '/', method: 'luks', state: 'on' },
      { volume: '/home', method: 'luks', state: 'on' },
      { volume: '/dev/sda1', method: 'luks', state: 'on' },
      { volume: '/media/backup', method: 'luks', state: 'off' },
    ]);
  });

  it('reads a machine without encryption, and nothing from odd text', () => {
    const plain =
      '{"blockdevices":[{"name":"vda","type":"disk","fstype":"ext4","mountpoint":"/"}]}';
    expect(parseLsblkEncryption(plain)).toEqual([{ volume: '/', method: 'luks', state: 'off' }]);
    expect(parseLsblkEncryption('{"blockdevices":[]}')).toEqual([]);
    expect(parseLsblkEncryption('nonsense')).toEqual([]);
  });
});
