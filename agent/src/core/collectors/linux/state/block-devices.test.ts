import { describe, expect, it } from 'vitest';
import { CommandNotFoundError } from '../../../run-command.ts';
import { fakeRunner } from '../../testing/fake-runner.ts';
import { LSBLK_ARGS, readBlockDevices } from './block-devices.ts';
import { contextUnder } from './state-test-support.ts';

// The one lsblk tree (util-linux 2.38) of a desktop: a SATA SSD with LUKS under /, and a plain
// USB hard disk; partitions carry sizes and file systems too.
const LSBLK_TREE = JSON.stringify({
  blockdevices: [
    {
      name: 'sda',
      model: 'CT500MX500SSD1',
      serial: '2203E5F1A2B3',
      size: 500107862016,
      rota: false,
      type: 'disk',
      tran: 'sata',
      fstype: null,
      mountpoint: null,
      children: [
        {
          name: 'sda1',
          size: 536870912,
          rota: false,
          type: 'part',
          fstype: 'vfat',
          mountpoint: '/boot/efi',
        },
        {
          name: 'sda2',
          size: 499570991104,
          rota: false,
          type: 'part',
          fstype: 'crypto_LUKS',
          mountpoint: null,
          children: [
            {
              name: 'sda2_crypt',
              size: 499554213888,
              type: 'crypt',
              fstype: 'ext4',
              mountpoint: '/',
            },
          ],
        },
      ],
    },
    {
      name: 'sdb',
      model: 'Expansion HDD',
      serial: 'NAAB1234',
      size: 2000398934016,
      rota: true,
      type: 'disk',
      tran: 'usb',
      children: [{ name: 'sdb1', type: 'part', fstype: 'exfat', mountpoint: '/media/usb' }],
    },
  ],
});

describe('readBlockDevices', () => {
  it('reads disks and encryption from one lsblk run', async () => {
    const { run, calls } = fakeRunner({ lsblk: { stdout: LSBLK_TREE } });
    expect(await readBlockDevices(contextUnder('/', run))).toEqual({
      disks: {
        value: [
          {
            name: 'sda',
            model: 'CT500MX500SSD1',
            serial: '2203E5F1A2B3',
            sizeBytes: 500107862016,
            kind: 'ssd',
            health: 'unknown',
          },
          {
            name: 'sdb',
            model: 'Expansion HDD',
            serial: 'NAAB1234',
            sizeBytes: 2000398934016,
            kind: 'hdd',
            health: 'unknown',
          },
        ],
        notes: [{ collector: 'disk-health', error: 'needs smartctl and root; not read' }],
      },
      encryption: {
        value: [
          { volume: '/boot/efi', method: 'luks', state: 'off' },
          { volume: '/', method: 'luks', state: 'on' },
          { volume: '/media/usb', method: 'luks', state: 'off' },
        ],
        notes: [],
      },
    });
    expect(calls.map((call) => call.args)).toEqual([LSBLK_ARGS]);
  });

  it('notes a missing lsblk or odd output for both facts', async () => {
    const absent = fakeRunner({ lsblk: new CommandNotFoundError('lsblk') });
    expect(await readBlockDevices(contextUnder('/', absent.run))).toEqual({
      disks: { notes: [{ collector: 'disks', error: 'lsblk is not installed' }] },
      encryption: { notes: [{ collector: 'disk-encryption', error: 'lsblk is not installed' }] },
    });
    const odd = fakeRunner({ lsblk: { stdout: 'lsblk: unknown column: TRAN' } });
    const devices = await readBlockDevices(contextUnder('/', odd.run));
    expect(devices.disks.notes[0]?.error).toBe('lsblk printed no device list');
    expect(devices.encryption.value).toBeUndefined();
  });
});
