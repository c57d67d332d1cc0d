import { describe, expect, it } from 'vitest';
import { parseWindowsHardwareJson } from './hardware-json.ts';
import { DESKTOP, HYPERV_GUEST } from './testing/hardware-desktop.ts';
import { NON_ADMIN_LAPTOP } from './testing/hardware-non-admin.ts';

const parse = (output: object) => parseWindowsHardwareJson(JSON.stringify(output));

describe('parseWindowsHardwareJson: a desktop', () => {
  const report = parse(DESKTOP);

  it('takes the Lenovo product name as model and the machine type as model id', () => {
    expect(report.hardware.identity).toEqual({
      manufacturer: 'LENOVO',
      model: 'ThinkCentre M720s',
      modelId: '10T7002DGE',
      serial: 'PC1A2B3C',
      uuid: 'D1C2A3B4-5E6F-11E9-8C2D-8C1645AABBCC',
      chassis: 'desktop',
      firmware: { vendor: 'LENOVO', version: 'M1UKT4BA', releaseDate: '2022-01-05' },
      board: { manufacturer: 'LENOVO', model: '3136', serial: 'L1HF01234567' },
    });
  });

  it('reads a single module printed as a bare object, and one of two slots used', () => {
    expect(report.hardware.memory).toEqual({
      totalBytes: 8_589_934_592,
      slots: 2,
      modules: [
        {
          slot: 'ChannelA-DIMM0',
          sizeBytes: 8_589_934_592,
          type: 'DDR4',
          speedMTs: 2666,
          manufacturer: 'Samsung',
          partNumber: 'M378A1K43DB2-CTD',
          serial: '40A1B2C3',
        },
      ],
    });
  });

  it('has no battery and says nothing about the battery classes failing', () => {
    expect(report.hardware.batteries).toEqual([]);
    expect(report.notes).toEqual([]);
  });

  it('reads disks, BitLocker off, and the one monitor at its current resolution', () => {
    expect(report.disks).toEqual([
      {
        model: 'SAMSUNG MZ7LH256HAJD-000L7',
        sizeBytes: 256_060_514_304,
        kind: 'ssd',
        health: 'ok',
      },
      { model: 'ST1000DM010-2EP102', sizeBytes: 1_000_204_886_016, kind: 'hdd', health: 'warning' },
    ]);
    expect(report.encryption).toEqual([{ volume: 'C:', method: 'bitlocker', state: 'off' }]);
    expect(report.displays).toEqual([
      {
        manufacturer: 'Philips',
        model: 'PHL 243V7',
        serial: 'UK01234567890',
        widthPx: 1680,
        heightPx: 1050,
      },
    ]);
    expect(report.printers).toEqual([]);
  });

  it('has nobody at the console, no Wi-Fi, and the newest hotfix day as last update', () => {
    expect(report.state).toEqual({
      bootTime: '2024-05-06T06:58:40Z',
      timeZone: 'W. Europe Standard Time',
      loggedInUsers: [],
      lastLoggedInUser: 'student',
      interfaces: [
        { name: 'Ethernet', mac: '8c:16:45:aa:bb:cc', ipv4: ['10.20.40.101'], ipv6: [] },
      ],
      gateways: ['10.20.40.1'],
      dnsServers: ['10.20.0.10'],
      security: {
        antivirus: [{ name: 'Windows Defender', enabled: true, upToDate: true }],
        firewallEnabled: { Domain: true, Private: false, Public: true },
        pendingReboot: false,
        rebootRequired: false,
        lastUpdateInstalled: '2024-03-13',
      },
    });
  });
});

describe('parseWindowsHardwareJson: a Hyper-V guest where half the classes failed', () => {
  const report = parse(HYPERV_GUEST);

  it('files it as a virtual machine and drops the placeholders', () => {
    expect(report.hardware.identity).toEqual({
      manufacturer: 'Microsoft Corporation',
      model: 'Virtual Machine',
      serial: '7426-4178-0912-6113-2364-2813-31',
      chassis: 'virtual-machine',
      firmware: {
        vendor: 'Microsoft Corporation',
        version: 'Hyper-V UEFI Release v4.1',
        releaseDate: '2023-05-19',
      },
      board: { manufacturer: 'Microsoft Corporation', model: 'Virtual Machine' },
    });
  });

  it('keeps what the working classes gave', () => {
    expect(report.hardware.memory).toEqual({ totalBytes: 4_294_496_256, modules: [] });
    expect(report.hardware.batteries).toEqual([]);
    expect(report.disks).toEqual([
      { model: 'Msft Virtual Disk', sizeBytes: 136_365_211_648, kind: 'unknown', health: 'ok' },
    ]);
    expect(report.encryption).toEqual([]);
    expect(report.displays).toEqual([]);
    expect(report.state).toEqual({
      bootTime: '2024-04-30T22:15:03Z',
      timeZone: 'UTC',
      loggedInUsers: ['LAB\\admin'],
      interfaces: [
        {
          name: 'Microsoft Hyper-V Network Adapter',
          mac: '00:15:5d:01:02:03',
          ipv4: ['192.168.10.20'],
          ipv6: ['fd00:10::20'],
        },
      ],
      gateways: ['192.168.10.1', 'fd00:10::1'],
      dnsServers: ['192.168.10.1'],
      security: {
        firewallEnabled: { Domain: true, Private: true, Public: true },
        pendingReboot: true,
        rebootRequired: true,
      },
    });
  });

  it('notes each part that failed, except the battery classes of a computer without one', () => {
    expect(report.notes).toEqual([
      'Win32_PhysicalMemory could not be read',
      'Win32_PhysicalMemoryArray could not be read',
      'Win32_EncryptableVolume could not be read',
      'WmiMonitorID could not be read',
      'WmiMonitorListedSupportedSourceModes could not be read',
      'AntiVirusProduct could not be read (Security Center exists on workstations only)',
      'Microsoft.Update.Session could not be read',
      'Get-HotFix could not be read',
      'LogonUI could not be read',
    ]);
  });
});

describe('parseWindowsHardwareJson: a laptop read without elevation', () => {
  const report = parse(NON_ADMIN_LAPTOP);

  it('leaves BitLocker out and says why', () => {
    expect(report.encryption).toEqual([]);
    expect(report.notes).toEqual([
      'Win32_EncryptableVolume needs an elevated agent: BitLocker state unknown',
      'BatteryCycleCount could not be read',
    ]);
  });

  it('reads a docked laptop, soldered LPDDR4 at its configured speed, and a battery without cycles', () => {
    expect(report.hardware.identity.chassis).toBe('laptop');
    expect(report.hardware.identity.modelId).toBe('2X7R7EA#ABD');
    expect(
      report.hardware.memory?.modules.map((module) => [
        module.slot,
        module.type,
        module.speedMTs,
        module.serial,
      ]),
    ).toEqual([
      ['Controller0-ChannelA', 'LPDDR4', 4267, undefined],
      ['Controller1-ChannelA', 'LPDDR4', 4267, undefined],
    ]);
    expect(report.hardware.batteries).toEqual([
      {
        name: 'Primary',
        manufacturer: 'Hewlett-Packard',
        serial: '00362 2021/05/12',
        chemistry: 'Lithium Ion',
        designCapacityMWh: 41_000,
        fullChargeCapacityMWh: 41_000,
        healthPercent: 100,
      },
    ]);
  });

  it('reads the panel at the current resolution, a lone printer object and German netsh output', () => {
    expect(report.displays).toEqual([{ manufacturer: 'BOE', widthPx: 1366, heightPx: 768 }]);
    expect(report.printers).toEqual([
      {
        name: 'HP LaserJet M110w',
        driver: 'HP LaserJet M110w',
        port: 'USB001',
        isDefault: true,
        isNetwork: false,
      },
    ]);
    expect(report.state.wifiSsid).toBe('Schule Schüler');
    expect(report.state.lastLoggedInUser).toBe('pupil');
    expect(report.state.interfaces).toEqual([
      {
        name: 'WLAN',
        mac: '14:85:7f:aa:bb:cc',
        ipv4: ['192.168.178.23'],
        ipv6: ['fe80::a1b2:c3d4:e5f6:1234', '2a02:8070:1234:5600::17'],
      },
    ]);
    expect(report.state.security).toEqual({
      antivirus: [{ name: 'Windows Defender', enabled: true, upToDate: false }],
      firewallEnabled: { Domain: true, Private: true, Public: true },
      pendingReboot: true,
      rebootRequired: false,
      lastUpdateInstalled: '2024-05-01T09:12:44Z',
    });
  });
});
