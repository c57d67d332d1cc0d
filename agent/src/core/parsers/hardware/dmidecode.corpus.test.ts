// Real dmidecode outputs of laptops and desktops from ../shared/fixtures/hardware/dmidecode/, each
// with the values a person reads from the file. Virtual machines and the two fragments are in
// dmidecode-virtual.corpus.test.ts, servers in dmidecode-servers.corpus.test.ts.
import { describe, it } from 'vitest';
import { expectDmidecodeFacts as expectFacts, GiB, MiB } from './testing/dmidecode-corpus.ts';

describe('parseDmidecode over real laptops and desktops', () => {
  it('hardware/dmidecode/linux-2.6: Dell Latitude D610, SBDS-only battery', () => {
    expectFacts('linux-2.6', {
      identity: {
        manufacturer: 'Dell Inc.',
        model: 'Latitude D610',
        serial: 'D8XD62J',
        uuid: '44454C4C-3800-1058-8044-C4C04F36324A',
        chassis: 'laptop',
        firmware: { vendor: 'Dell Inc.', version: 'A06', releaseDate: '2005-10-02' },
        board: { manufacturer: 'Dell Inc.', model: '0XD762', serial: '.D8XD62J.CN4864363E7491.' },
      },
      memory: {
        totalBytes: 2 * GiB,
        slots: 2,
        modules: [
          {
            slot: 'DIMM_A',
            sizeBytes: GiB,
            type: 'DDR',
            speedMTs: 533,
            manufacturer: 'Infineon',
            serial: '02132010',
          },
          {
            slot: 'DIMM_B',
            sizeBytes: GiB,
            type: 'DDR',
            speedMTs: 533,
            manufacturer: 'Infineon',
            serial: '02132216',
          },
        ],
      },
      batteries: [
        {
          name: 'DELL C129563',
          manufacturer: 'Samsung SDI',
          serial: '7734',
          chemistry: 'Lithium Ion',
          designCapacityMWh: 48_000,
          manufactureDate: '2006-03-11',
        },
      ],
    });
  });

  it('hardware/dmidecode/windows: Toshiba Satellite 2410, 0 mWh battery, two-digit year', () => {
    expectFacts('windows', {
      identity: {
        manufacturer: 'TOSHIBA',
        model: 'Satellite 2410',
        serial: 'X2735244G',
        uuid: '7FB4EA00-07CB-18F3-8041-CAD582735244',
        chassis: 'laptop',
        firmware: { vendor: 'TOSHIBA', version: 'Version 1.10', releaseDate: '2002-08-13' },
        board: { manufacturer: 'TOSHIBA', model: 'Portable PC', serial: '$$T02XB1K9' },
      },
      memory: {
        totalBytes: 768 * MiB,
        slots: 2,
        modules: [
          { slot: 'DIMM 0', sizeBytes: 256 * MiB, type: 'SDRAM' },
          { slot: 'DIMM 1', sizeBytes: 512 * MiB, type: 'SDRAM' },
        ],
      },
      batteries: [
        {
          name: 'L9088A',
          manufacturer: 'TOSHIBA',
          serial: '2000417915',
          chemistry: 'Lithium Ion',
          manufactureDate: '2002-09-19',
        },
      ],
    });
  });

  it('hardware/dmidecode/windows-xp: Dell Precision M4400, CRLF, Elpida modules', () => {
    const elpida = {
      sizeBytes: 2 * GiB,
      type: 'DDR2',
      speedMTs: 800,
      manufacturer: 'Elpida',
      partNumber: 'EBE21UE8ACUA-8G-E',
    };
    expectFacts('windows-xp', {
      identity: {
        manufacturer: 'Dell Inc.',
        model: 'Precision M4400',
        serial: 'HLG964J',
        uuid: '44454C4C-4C00-1047-8039-C8C04F36344A',
        chassis: 'laptop',
        firmware: { vendor: 'Dell Inc.', version: 'A24', releaseDate: '2010-08-19' },
        board: { manufacturer: 'Dell Inc.', model: '0P019G', serial: '.HLG964J.CN129618C52450.' },
      },
      cpu: { cores: 2, physicalCores: 2 },
      memory: {
        totalBytes: 4 * GiB,
        slots: 2,
        modules: [
          { slot: 'DIMM_A', ...elpida, serial: '14FA6621' },
          { slot: 'DIMM_B', ...elpida, serial: 'AEF96621' },
        ],
      },
      batteries: [
        {
          name: 'DELL HJ59008',
          manufacturer: 'SMP',
          serial: '02C7',
          chemistry: 'Lithium Ion',
          designCapacityMWh: 84_000,
          manufactureDate: '2010-08-31',
        },
      ],
    });
  });

  it('hardware/dmidecode/windows-7: ASUS P8P67 home build, every ASUS placeholder dropped', () => {
    const module = { sizeBytes: 2 * GiB, speedMTs: 1600, partNumber: 'F3-12800CL9-2GBXL' };
    expectFacts('windows-7', {
      identity: {
        uuid: '1E00E6E0-008C-4400-9AAD-F46D04972D3E',
        chassis: 'desktop',
        firmware: {
          vendor: 'American Megatrends Inc.',
          version: '1503',
          releaseDate: '2011-03-10',
        },
        board: { manufacturer: 'ASUSTeK Computer INC.', model: 'P8P67', serial: 'MT7013K30709271' },
      },
      cpu: { brand: 'Intel(R) Core(TM) i5-2300 CPU @ 2.80GHz', physicalCores: 4 },
      memory: {
        totalBytes: 4 * GiB,
        slots: 4,
        modules: [
          { slot: 'DIMM1', ...module },
          { slot: 'DIMM3', ...module },
        ],
      },
      batteries: [],
    });
  });

  it('hardware/dmidecode/dell-fx160: OptiPlex FX160, four-space indent, one of two slots', () => {
    expectFacts('dell-fx160', {
      identity: {
        manufacturer: 'Dell Inc.',
        model: 'OptiPlex FX160',
        serial: 'C83T54J',
        uuid: '44454C4C-3800-1033-8054-C3C04F35344A',
        chassis: 'desktop',
        firmware: { vendor: 'Dell Inc.', version: 'A13', releaseDate: '2012-01-19' },
        board: { manufacturer: 'Dell Inc.', model: '0F259F', serial: '..CN701638BM00EW.' },
      },
      cpu: { brand: 'Intel(R) Atom(TM) CPU 230 @ 1.60GHz', cores: 2, physicalCores: 1 },
      memory: {
        totalBytes: GiB,
        slots: 2,
        modules: [
          {
            slot: 'DIMM_1',
            sizeBytes: GiB,
            type: 'DDR2',
            speedMTs: 800,
            manufacturer: 'Nanya',
            partNumber: 'NT1GT64U88D0BY-AD',
            serial: '3B085E1E',
          },
        ],
      },
      batteries: [],
    });
  });

  it('hardware/dmidecode/freebsd-6.2: VIA board with blank strings', () => {
    expectFacts('freebsd-6.2', {
      identity: { chassis: 'desktop', board: { model: 'CN700-8237R' } },
      cpu: { brand: 'VIA C7' },
      memory: { totalBytes: 512 * MiB, slots: 1, modules: [{ slot: 'A0', sizeBytes: 512 * MiB }] },
      batteries: [],
    });
  });

  it('hardware/dmidecode/openbsd-3.7: 1999 board, old layout, type 6 memory only', () => {
    const sdram = { sizeBytes: 64 * MiB, type: 'SDRAM' };
    expectFacts('openbsd-3.7', {
      identity: {
        manufacturer: 'VIA Technologies, Inc.',
        model: 'VT82C691',
        firmware: {
          vendor: 'Award Software International, Inc.',
          version: '4.51 PG',
          releaseDate: '1999-02-11',
        },
        board: { manufacturer: 'Tekram Technology Co., Ltd.', model: 'P6PROA5' },
      },
      cpu: { brand: 'Pentium II' },
      memory: {
        totalBytes: 192 * MiB,
        slots: 7,
        modules: [
          { slot: 'BANK_2', ...sdram },
          { slot: 'BANK_4', ...sdram },
          { slot: 'BANK_5', ...sdram },
        ],
      },
      batteries: [],
    });
  });
});
