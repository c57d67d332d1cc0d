import { describe, expect, it } from 'vitest';
import { parseLsblkDisks } from './disks.ts';

// util-linux 2.38 (typed JSON) on a desktop: NVMe, SATA SSD, USB hard disk, DVD drive, and the
// memory-backed devices that are not disks.
const LSBLK_TYPED = `{
   "blockdevices": [
      {"name":"loop0", "model":null, "serial":null, "size":58130432, "rota":false, "type":"loop", "tran":null},
      {"name":"sda", "model":"Samsung SSD 870 EVO 500GB", "serial":"S6PXNM0T812345A", "size":500107862016, "rota":false, "type":"disk", "tran":"sata"},
      {"name":"sdb", "model":"WDC WD10EZEX-08WN4A0", "serial":"WD-WCC6Y1234567", "size":1000204886016, "rota":true, "type":"disk", "tran":"usb"},
      {"name":"sr0", "model":"DVD+-RW DU-8A5LH", "serial":"0", "size":1073741312, "rota":true, "type":"rom", "tran":"sata"},
      {"name":"zram0", "model":null, "serial":null, "size":8589934592, "rota":false, "type":"disk", "tran":null},
      {"name":"nvme0n1", "model":"KBG40ZNS256G NVMe KIOXIA 256GB", "serial":"  30FS10ABCDEF  ", "size":256060514304, "rota":false, "type":"disk", "tran":"nvme"}
   ]
}`;

// util-linux 2.32 and older print every value as a string; a virtual disk has no model.
const LSBLK_STRINGS = `{
   "blockdevices": [
      {"name": "vda", "model": null, "serial": null, "size": "274877906944", "rota": "1", "type": "disk", "tran": null},
      {"name": "nvme1n1", "model": "INTEL SSDPEKKF512G8L", "serial": "BTHH00000000512D", "size": "512110190592", "rota": "0", "type": "disk", "tran": null},
      {"name": "sdc", "model": "Card Reader", "serial": "000000000000", "size": "0", "rota": "", "type": "disk", "tran": "usb"}
   ]
}`;

describe('parseLsblkDisks', () => {
  it('lists whole disks with their kind, and nothing memory-backed or optical', () => {
    expect(parseLsblkDisks(LSBLK_TYPED)).toEqual([
      {
        name: 'sda',
        model: 'Samsung SSD 870 EVO 500GB',
        serial: 'S6PXNM0T812345A',
        sizeBytes: 500107862016,
        kind: 'ssd',
        health: 'unknown',
      },
      {
        name: 'sdb',
        model: 'WDC WD10EZEX-08WN4A0',
        serial: 'WD-WCC6Y1234567',
        sizeBytes: 1000204886016,
        kind: 'hdd',
        health: 'unknown',
      },
      {
        name: 'nvme0n1',
        model: 'KBG40ZNS256G NVMe KIOXIA 256GB',
        serial: '30FS10ABCDEF',
        sizeBytes: 256060514304,
        kind: 'nvme',
        health: 'unknown',
      },
    ]);
  });

  it("reads older lsblk's strings, and leaves placeholders and empty readers out", () => {
    expect(parseLsblkDisks(LSBLK_STRINGS)).toEqual([
      { name: 'vda', sizeBytes: 274877906944, kind: 'hdd', health: 'unknown' },
      {
        name: 'nvme1n1',
        model: 'INTEL SSDPEKKF512G8L',
        serial: 'BTHH00000000512D',
        sizeBytes: 512110190592,
        kind: 'nvme',
        health: 'unknown',
      },
      { name: 'sdc', model: 'Card Reader', kind: 'unknown', health: 'unknown' },
    ]);
  });

  it('reads nothing from text that is not its JSON', () => {
    expect(parseLsblkDisks('')).toEqual([]);
    expect(parseLsblkDisks('{"blockdevices": "none"}')).toEqual([]);
    expect(parseLsblkDisks('[{"name":"sda","type":"disk"}]')).toEqual([]);
  });
});
