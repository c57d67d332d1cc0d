// Real dmidecode outputs of servers from ../shared/fixtures/hardware/dmidecode/, each with the
// values a person reads from the file.
import { describe, it } from 'vitest';
import type { MemoryModuleFacts } from './hardware-facts.ts';
import { expectDmidecodeFacts as expectFacts, GiB, MiB } from './testing/dmidecode-corpus.ts';

describe('parseDmidecode over real servers', () => {
  it('hardware/dmidecode/S5000VSA: Intel board, serial "........." dropped, 8×1 GB DDR2', () => {
    const slots = ['A1', 'A2', 'A3', 'A4', 'B1', 'B2', 'B3', 'B4'];
    expectFacts('S5000VSA', {
      identity: {
        manufacturer: 'Intel',
        model: 'MP Server',
        uuid: 'CCF82081-7966-11DB-BDB3-00151716FBAC',
        chassis: 'server',
        firmware: {
          vendor: 'Intel Corporation',
          version: 'S5000.86B.04.00.0066.101220061333',
          releaseDate: '2006-10-12',
        },
        board: { manufacturer: 'Intel', model: 'S5000VSA', serial: 'QSSA64700622' },
      },
      cpu: { brand: 'Intel(R) Xeon(R) CPU 5120 @ 1.86GHz', cores: 4, physicalCores: 4 },
      memory: {
        totalBytes: 8 * GiB,
        slots: 8,
        modules: slots.map((slot) => ({
          slot: `ONBOARD DIMM_${slot}`,
          sizeBytes: GiB,
          type: 'DDR2',
          speedMTs: 667,
        })),
      },
      batteries: [],
    });
  });

  it('hardware/dmidecode/hp-proLiant-DL120-G6: factory placeholder identity', () => {
    expectFacts('hp-proLiant-DL120-G6', {
      identity: {
        manufacturer: 'HP',
        model: 'ProLiant DL120 G6',
        chassis: 'server',
        firmware: { vendor: 'HP', version: 'O26', releaseDate: '2010-01-26' },
        board: { manufacturer: 'Wistron Corporation', model: 'ProLiant DL120 G6' },
      },
      cpu: { brand: 'Intel(R) Xeon(R) CPU X3430 @ 2.40GHz', cores: 4, physicalCores: 4 },
      memory: {
        totalBytes: 2 * GiB,
        slots: 6,
        modules: [{ slot: 'DIMM 3', sizeBytes: 2 * GiB, speedMTs: 1332 }],
      },
      batteries: [],
    });
  });

  it('hardware/dmidecode/hp-dl360-gen7: 8×8 GB in 18 slots over two arrays', () => {
    const fitted = ['PROC 1 DIMM 2D', 'PROC 1 DIMM 3A', 'PROC 1 DIMM 6B', 'PROC 1 DIMM 9C'];
    const slots = [...fitted, ...fitted.map((slot) => slot.replace('PROC 1', 'PROC 2'))];
    expectFacts('hp-dl360-gen7', {
      identity: {
        manufacturer: 'HP',
        model: 'ProLiant DL360 G7',
        modelId: '579237-B21',
        serial: 'CZJ1280RQ2',
        uuid: '32393735-3733-5A43-4A31-323830525132',
        chassis: 'server',
        firmware: { vendor: 'HP', version: 'P68', releaseDate: '2015-08-16' },
      },
      cpu: { brand: 'Intel(R) Xeon(R) CPU X5650 @ 2.67GHz', cores: 24, physicalCores: 12 },
      memory: {
        totalBytes: 64 * GiB,
        slots: 18,
        modules: slots.map((slot) => ({ slot, sizeBytes: 8 * GiB, type: 'DDR3', speedMTs: 1333 })),
      },
      batteries: [],
    });
  });

  it('hardware/dmidecode/dell-r620: PowerEdge R620, 16×16 GB Hynix in 24 slots', () => {
    const serials: [string, string][] = [
      ['A1', '1E60FA92'],
      ['A2', '1E50FA98'],
      ['A3', '1E10FA91'],
      ['A4', '1E20FA5F'],
      ['A5', '0D7A9A0A'],
      ['A6', '1E30FA5D'],
      ['A7', '3561867A'],
      ['A8', '1E30FA7F'],
      ['B1', '0B2B0D87'],
      ['B2', '1660EDAB'],
      ['B3', '0D6A9A06'],
      ['B4', '1E40FA91'],
      ['B5', '0B3B100A'],
      ['B6', '0B6B0D9E'],
      ['B7', '1E70FA94'],
      ['B8', '1680EDBD'],
    ];
    const modules: MemoryModuleFacts[] = serials.map(([slot, serial]) => ({
      slot: `DIMM_${slot}`,
      sizeBytes: 16 * GiB,
      type: 'DDR3',
      speedMTs: 1600,
      manufacturer: 'SK Hynix',
      partNumber: 'HMT42GR7AFR4A-PB',
      serial,
    }));
    expectFacts('dell-r620', {
      identity: {
        manufacturer: 'Dell Inc.',
        model: 'PowerEdge R620',
        serial: '3FHW8Z1',
        uuid: '4C4C4544-0046-4810-8057-B3C04F385A31',
        assetTag: 'FHW8Z1',
        chassis: 'server',
        firmware: { vendor: 'Dell Inc.', version: '2.9.0', releaseDate: '2019-12-06' },
        board: { manufacturer: 'Dell Inc.', model: '0PXXHP', serial: '..CN7475144H0028.' },
      },
      cpu: { brand: 'Intel(R) Xeon(R) CPU E5-2650 0 @ 2.00GHz', cores: 32, physicalCores: 16 },
      memory: { totalBytes: 256 * GiB, slots: 24, modules },
      batteries: [],
    });
  });

  it('hardware/dmidecode/openbsd-4.5: PowerEdge 1600SC in a Mini Tower, second socket empty', () => {
    expectFacts('openbsd-4.5', {
      identity: {
        manufacturer: 'Dell Computer Corporation',
        model: 'PowerEdge 1600SC',
        serial: '4V2VW0J',
        uuid: '44454C4C-5600-1032-8056-B4C04F57304A',
        chassis: 'desktop',
        firmware: {
          vendor: 'Dell Computer Corporation',
          version: 'A08',
          releaseDate: '2003-06-24',
        },
        board: {
          manufacturer: 'Dell Computer Corporation',
          model: '0Y1861',
          serial: '..TW128003952967.',
        },
      },
      memory: {
        totalBytes: 512 * MiB,
        slots: 4,
        modules: [{ slot: 'DIMM A', sizeBytes: 512 * MiB, type: 'DDR', speedMTs: 266 }],
      },
      batteries: [],
    });
  });

  it('hardware/dmidecode/rhel-4.3: IBM tower, -[…]- brackets unwrapped, old layout', () => {
    expectFacts('rhel-4.3', {
      identity: {
        manufacturer: 'IBM',
        model: '86494jg',
        serial: 'KDMAH1Y',
        uuid: '0339D4C3-44C0-9D11-A20E-85CDC42DE79C',
        chassis: 'desktop',
        firmware: { vendor: 'IBM', version: 'OQE115A', releaseDate: '2006-03-14' },
        board: { manufacturer: 'IBM', model: 'MS-9121', serial: '48Z1LX' },
      },
      cpu: { brand: 'Intel Xeon(tm)' },
      memory: {
        totalBytes: 2 * GiB,
        slots: 4,
        modules: ['DIMM1', 'DIMM2', 'DIMM3', 'DIMM4'].map((slot) => ({
          slot,
          sizeBytes: 512 * MiB,
          type: 'DDR',
        })),
      },
      batteries: [],
    });
  });
});
