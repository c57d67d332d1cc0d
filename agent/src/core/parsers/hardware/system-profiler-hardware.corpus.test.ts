import { describe, expect, it } from 'vitest';
import { readFixtureText, reportMatches } from '../testing/fixtures.ts';
import type { HardwareFacts } from './hardware-facts.ts';
import { parseSystemProfilerHardware } from './system-profiler-hardware.ts';
import { countMatchingLeaves } from './testing/match-facts.ts';

const GIB = 2 ** 30;
const MIB = 2 ** 20;

/**
 * Full `system_profiler` text reports recorded by GLPI (shared/fixtures/hardware/macos/), with
 * the values read off each file by eye. Only the Hardware and Memory sections count; the
 * Network, USB, Power… sections around them must not leak in.
 */
const EXPECTED: ReadonlyArray<{ file: string; facts: HardwareFacts }> = [
  {
    // Mac OS X 10.4 Power Mac G5: old labels, `Number Of CPUs: 2`, no UUID, module speeds as
    // `PC2-4200U-444` (DDR2-533), 2 of 8 slots used.
    file: 'hardware/macos/10.4-powerpc',
    facts: {
      identity: {
        manufacturer: 'Apple',
        model: 'Power Mac G5',
        modelId: 'PowerMac11,2',
        serial: 'CK54202SR6V',
        chassis: 'desktop',
        firmware: { vendor: 'Apple', version: '5.2.7f1' },
      },
      cpu: { brand: 'PowerPC G5 (1.1)', cores: 2, physicalCores: 2, speedGHz: 2.3 },
      memory: {
        totalBytes: 2 * GIB,
        slots: 8,
        modules: [
          { slot: 'DIMM0/J6700', sizeBytes: GIB, type: 'DDR2', speedMTs: 533 },
          { slot: 'DIMM1/J6800', sizeBytes: GIB, type: 'DDR2', speedMTs: 533 },
        ],
      },
      batteries: [],
    },
  },
  {
    // Mac OS X 10.6 Mac mini: `2,26 GHz`, modules whose maker, part and serial are all-zero hex.
    file: 'hardware/macos/10.6-macmini',
    facts: {
      identity: {
        manufacturer: 'Apple',
        model: 'Mac mini',
        modelId: 'Macmini3,1',
        serial: 'YM008ASN9G5',
        uuid: '402127FE-F62F-5F2F-B899-BC9F25C44006',
        chassis: 'mini-pc',
        firmware: { vendor: 'Apple', version: 'MM31.00AD.B00' },
      },
      cpu: { brand: 'Intel Core 2 Duo', cores: 2, physicalCores: 2, speedGHz: 2.26 },
      memory: {
        totalBytes: 4 * GIB,
        slots: 2,
        modules: [
          { slot: 'BANK 0/DIMM0', sizeBytes: 2 * GIB, type: 'DDR3', speedMTs: 1067 },
          { slot: 'BANK 1/DIMM0', sizeBytes: 2 * GIB, type: 'DDR3', speedMTs: 1067 },
        ],
      },
      batteries: [],
    },
  },
  {
    // Mac OS X 10.6.6 MacBook: maker 0xAD00… is JEDEC bank 1 code AD (Hynix), the part number
    // hex spells "HYMP564S64CP6-Y5" plus two spaces; the UUID's leading zeros are real.
    file: 'hardware/macos/10.6.6-intel',
    facts: {
      identity: {
        manufacturer: 'Apple',
        model: 'MacBook',
        modelId: 'MacBook2,1',
        serial: 'W8737DR1Z5V',
        uuid: '00000000-0000-1000-8000-001B66661EC3',
        chassis: 'laptop',
        firmware: { vendor: 'Apple', version: 'MB21.00A5.B07' },
      },
      cpu: { brand: 'Intel Core 2 Duo', cores: 2, physicalCores: 2, speedGHz: 2 },
      memory: {
        totalBytes: GIB,
        slots: 2,
        modules: [
          {
            slot: 'BANK 0/DIMM0',
            sizeBytes: 512 * MIB,
            type: 'DDR2',
            speedMTs: 667,
            manufacturer: 'SK Hynix',
            partNumber: 'HYMP564S64CP6-Y5',
            serial: '0x00003026',
          },
          {
            slot: 'BANK 1/DIMM1',
            sizeBytes: 512 * MIB,
            type: 'DDR2',
            speedMTs: 667,
            manufacturer: 'SK Hynix',
            partNumber: 'HYMP564S64CP6-Y5',
            serial: '0x00006021',
          },
        ],
      },
      batteries: [],
    },
  },
  // The power reports hold no hardware overview: nothing is invented from them.
  { file: 'hardware/macos/charged-SPPowerDataType', facts: { identity: {}, batteries: [] } },
  { file: 'hardware/macos/charging-SPPowerDataType', facts: { identity: {}, batteries: [] } },
];

describe('parseSystemProfilerHardware over GLPI captures', () => {
  for (const { file, facts } of EXPECTED) {
    it(`reads ${file}`, () => {
      const got = parseSystemProfilerHardware(readFixtureText(file));
      const { matched, total } = countMatchingLeaves(got, facts);
      reportMatches(`system-profiler-hardware ${file}`, matched, total);
      expect(got).toEqual(facts);
    });
  }
});
