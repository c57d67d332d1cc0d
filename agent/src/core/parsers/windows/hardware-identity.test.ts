import { describe, expect, it } from 'vitest';
import { readWindowsIdentity } from './hardware-identity.ts';

const system = (Manufacturer: string, Model: string) => ({
  ComputerSystem: { Manufacturer, Model },
});

describe('readWindowsIdentity', () => {
  it('files hypervisors as virtual machines whatever the enclosure says', () => {
    const guests = [
      system('Microsoft Corporation', 'Virtual Machine'),
      system('VMware, Inc.', 'VMware7,1'),
      system('innotek GmbH', 'VirtualBox'),
      system('QEMU', 'Standard PC (Q35 + ICH9, 2009)'),
      system('Xen', 'HVM domU'),
    ];
    for (const guest of guests) {
      expect(readWindowsIdentity({ ...guest, Enclosure: { ChassisTypes: [3] } }).chassis).toBe(
        'virtual-machine',
      );
    }
    // A Surface is made by the same company as Hyper-V, and is not a virtual machine.
    expect(
      readWindowsIdentity({
        ...system('Microsoft Corporation', 'Surface Laptop 4'),
        Enclosure: { ChassisTypes: [9] },
      }).chassis,
    ).toBe('laptop');
  });

  it('drops the whole ASUS placeholder set', () => {
    expect(
      readWindowsIdentity({
        ComputerSystem: {
          Manufacturer: 'System manufacturer',
          Model: 'System Product Name',
          SystemSKUNumber: 'To Be Filled By O.E.M.',
        },
        Product: { UUID: '03000200-0400-0500-0006-000700080009', Version: 'System Version' },
        Bios: { Manufacturer: 'American Megatrends Inc.', SerialNumber: 'System Serial Number' },
        Enclosure: {
          ChassisTypes: [3],
          SMBIOSAssetTag: 'Asset-1234567890',
          SerialNumber: 'Default string',
        },
        BaseBoard: {
          Manufacturer: 'ASUSTeK COMPUTER INC.',
          Product: 'P8P67',
          SerialNumber: 'To be filled by O.E.M.',
        },
      }),
    ).toEqual({
      chassis: 'desktop',
      firmware: { vendor: 'American Megatrends Inc.' },
      board: { manufacturer: 'ASUSTeK COMPUTER INC.', model: 'P8P67' },
    });
  });

  it('keeps the Lenovo model when the product version is missing or only says Lenovo', () => {
    expect(
      readWindowsIdentity({
        ComputerSystem: { Manufacturer: 'LENOVO', Model: '20L5S0HN00' },
        Product: { Version: 'Lenovo' },
      }),
    ).toEqual({ manufacturer: 'LENOVO', model: '20L5S0HN00' });
  });

  it('takes the enclosure serial when the BIOS has none, and reads no date from odd text', () => {
    expect(
      readWindowsIdentity({
        Bios: { SerialNumber: '0', ReleaseDate: '/Date(1691625600000)/', SMBIOSBIOSVersion: 'A07' },
        Enclosure: { SerialNumber: 'CN0123' },
      }),
    ).toEqual({ serial: 'CN0123', firmware: { version: 'A07' } });
  });

  it('gives an empty identity for missing parts', () => {
    expect(readWindowsIdentity({})).toEqual({});
  });
});
