// Real dmidecode outputs of virtual machines, and the two fragments (batteries only, memory only),
// from ../shared/fixtures/hardware/dmidecode/, each with the values a person reads from the file.
import { describe, it } from 'vitest';
import { expectDmidecodeFacts as expectFacts, GiB } from './testing/dmidecode-corpus.ts';

describe('parseDmidecode over real virtual machines', () => {
  it('hardware/dmidecode/rhel-3.9: VirtualBox, serial "0"', () => {
    expectFacts('rhel-3.9', {
      identity: {
        manufacturer: 'innotek GmbH',
        model: 'VirtualBox',
        uuid: 'AE698CFC-492A-4C7B-848F-8C17D24BC76E',
        chassis: 'virtual-machine',
        firmware: { vendor: 'innotek GmbH', version: 'VirtualBox', releaseDate: '2006-12-01' },
      },
      batteries: [],
    });
  });

  it('hardware/dmidecode/vmware: VMware Virtual Platform', () => {
    expectFacts('vmware', {
      identity: {
        manufacturer: 'VMware, Inc.',
        model: 'VMware Virtual Platform',
        serial: 'VMware-50 0c 23 94 04 63 a1 3c-0d d4 f5 37 a6 bb f0 a6',
        uuid: '500C2394-0127-D13C-0CC4-F537A6AAF1A6',
        chassis: 'virtual-machine',
        firmware: {
          vendor: 'Phoenix Technologies LTD',
          version: '6.00',
          releaseDate: '2008-07-22',
        },
        board: { manufacturer: 'Intel Corporation', model: '440BX Desktop Reference Platform' },
      },
      memory: {
        totalBytes: 2 * GiB,
        slots: 4,
        modules: [{ slot: 'RAM slot #0', sizeBytes: 2 * GiB, type: 'DRAM' }],
      },
      batteries: [],
    });
  });

  it('hardware/dmidecode/vmware-esx-2.5: old Vendor:/Product: layout, type 6 memory', () => {
    expectFacts('vmware-esx-2.5', {
      identity: {
        manufacturer: 'VMware, Inc.',
        model: 'VMware Virtual Platform',
        serial: 'VMware-56 4d db dd 11 e3 8d 66-84 9e 15 8e 49 23 7c 97',
        chassis: 'virtual-machine',
        firmware: {
          vendor: 'Phoenix Technologies LTD',
          version: '6.00',
          releaseDate: '2009-12-31',
        },
        board: { manufacturer: 'Intel Corporation', model: '440BX Desktop Reference Platform' },
      },
      cpu: { brand: 'Pentium(R) III' },
      memory: {
        totalBytes: GiB,
        slots: 15,
        modules: [{ slot: 'RAM socket #0', sizeBytes: GiB, type: 'EDO' }],
      },
      batteries: [],
    });
  });

  it('hardware/dmidecode/windows-hyperV: Hyper-V, one serial everywhere, 35-digit UUID kept', () => {
    const serial = '2349-2347-2234-2340-2341-3240-48';
    expectFacts('windows-hyperV', {
      identity: {
        manufacturer: 'Microsoft Corporation',
        model: 'Virtual Machine',
        serial,
        uuid: '3445DEE7-45D0-1244-95DD-34FAA067C1BE33E',
        assetTag: '4568-2345-6432-9324-3433-2346-47',
        chassis: 'virtual-machine',
        firmware: {
          vendor: 'American Megatrends Inc.',
          version: '090004',
          releaseDate: '2009-03-19',
        },
        board: { manufacturer: 'Microsoft Corporation', model: 'Virtual Machine', serial },
      },
      cpu: { brand: 'Intel Xeon' },
      memory: {
        totalBytes: GiB,
        slots: 64,
        modules: [{ slot: 'M0', sizeBytes: GiB, manufacturer: 'Microsoft' }],
      },
      batteries: [],
    });
  });
});

describe('parseDmidecode over real fragments', () => {
  it('hardware/dmidecode/batteries/windows-10-notebook: two SBDS batteries', () => {
    const smp = { manufacturer: 'SMP', chemistry: 'Lithium Polymer' };
    expectFacts('batteries/windows-10-notebook', {
      identity: {},
      batteries: [
        {
          name: '00HW023',
          ...smp,
          serial: '021D',
          designCapacityMWh: 23_540,
          manufactureDate: '2018-05-24',
        },
        {
          name: '01AV406',
          ...smp,
          serial: '0CF7',
          designCapacityMWh: 26_060,
          manufactureDate: '2018-06-02',
        },
      ],
    });
  });

  it('hardware/dmidecode/memory/hynix-kingmax: DDR4 SODIMMs named by JEDEC code', () => {
    const ddr4 = { sizeBytes: 8 * GiB, type: 'DDR4', speedMTs: 3200 };
    expectFacts('memory/hynix-kingmax', {
      identity: {},
      memory: {
        totalBytes: 16 * GiB,
        slots: 2,
        modules: [
          {
            slot: 'DIMM A',
            ...ddr4,
            manufacturer: 'SK Hynix',
            partNumber: 'HMAA1GS6CJR6N-XN',
            serial: '25477B84',
          },
          {
            slot: 'DIMM B',
            ...ddr4,
            manufacturer: 'Kingmax',
            partNumber: 'GSOG42F-18',
            serial: '190020CB',
          },
        ],
      },
      batteries: [],
    });
  });
});
