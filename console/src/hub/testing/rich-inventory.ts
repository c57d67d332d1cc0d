// Test support: an inventory from an agent that reads everything (the planning hardware and the
// computer's state), with an identifier or a person's name in every place one can be, so a test can
// search a reader's answer for each of them.
import type { DeviceState, Hardware, InventorySections } from '@handraise/shared';
import { sampleSections } from './sample-inventory.ts';
import { SERIAL } from './school.ts';

/** Every identifier the rich inventory carries: none may reach a student advisor. */
export const IDENTIFIERS = {
  serial: SERIAL,
  uuid: '4c4c4544-0042-3510-8057-b4c04f4e3332',
  assetTag: 'ASSET-0042',
  memorySerial: 'MEMSER-7781',
  diskSerial: 'DISKSER-5521',
  batterySerial: 'BATSER-0917',
  displaySerial: 'DISPSER-3344',
  stateMac: 'aa:bb:cc:dd:ee:01',
  cardMac: '00:11:22:33:44:55',
} as const;

/** The people the state names: none may reach a student advisor either. */
export const PEOPLE = { signedIn: 'amelia.watson', lastSignedIn: 'bruno.okafor' } as const;

/** The model id stays visible to everyone: it names a product, not a machine. */
export const MODEL_ID = '20Q0S0AT00';

/** An address only the state lists (the hardware lists one address per card). */
export const STATE_ONLY_IP = '10.0.7.21';

export function richHardware(overrides: Partial<Hardware> = {}): Hardware {
  return {
    ...sampleSections().hardware,
    serial: IDENTIFIERS.serial,
    uuid: IDENTIFIERS.uuid,
    modelId: MODEL_ID,
    assetTag: IDENTIFIERS.assetTag,
    chassis: 'laptop',
    firmware: { vendor: 'LENOVO', version: 'R0YET52W', releaseDate: '2024-03-11' },
    memorySlots: 2,
    memoryModules: [
      { slot: 'DIMM 0', sizeBytes: 8 * 1024 ** 3, type: 'DDR4', serial: IDENTIFIERS.memorySerial },
    ],
    batteries: [{ model: '5B10W13930', serial: IDENTIFIERS.batterySerial, healthPercent: 71 }],
    physicalDisks: [
      { model: 'SAMSUNG MZVLB256', serial: IDENTIFIERS.diskSerial, kind: 'nvme', health: 'ok' },
    ],
    encryption: [{ volume: '/', method: 'luks', state: 'on' }],
    displays: [{ manufacturer: 'LEN', model: 'T24i-20', serial: IDENTIFIERS.displaySerial }],
    printers: [{ name: 'Library LaserJet', isNetwork: true }],
    ...overrides,
  };
}

export function richState(overrides: Partial<DeviceState> = {}): DeviceState {
  return {
    bootTime: '2026-12-01T07:55:00.000Z',
    timeZone: 'Europe/Madrid',
    loggedInUsers: [PEOPLE.signedIn],
    lastLoggedInUser: PEOPLE.lastSignedIn,
    interfaces: [
      {
        name: 'wlan0',
        mac: IDENTIFIERS.stateMac,
        ipv4: [STATE_ONLY_IP, '127.0.0.1'],
        ipv6: ['fe80::1%wlan0', '2001:db8::21'],
      },
    ],
    gateways: ['10.0.7.1'],
    dnsServers: ['10.0.0.2'],
    wifiSsid: 'school-staff',
    security: { firewallEnabled: { public: true }, pendingReboot: false },
    ...overrides,
  };
}

/** The sample inventory with the rich hardware and a state. */
export function richSections(hostname = 'lab-pc-01'): InventorySections {
  const base = sampleSections();
  return sampleSections({
    os: { ...base.os, hostname },
    hardware: richHardware(),
    state: richState(),
  });
}
