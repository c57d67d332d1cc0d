// Test support: a few school computers that report the planning hardware (identity, memory
// modules, drives, batteries, screens, printers) and their state (boot time, users, network,
// security), each enrolled with its room's token and reporting over a real agent socket, beside
// one computer whose older agent sends none of it.
import type { Page } from 'playwright-core';
import type { DeviceState, Hardware, InventorySections, OsInfo } from '@handraise/shared';
import { fullReport, sampleSections } from '../../../src/hub/testing/sample-inventory.ts';
import type { AgentClient, TestHub } from '../../../src/hub/testing/test-hub.ts';
import { roomTokens } from '../../support/room-tokens.ts';

const GIB = 1024 ** 3;
const MINUTE_MS = 60_000;
/** How long the art laptop has been running when it reports: "up 3 h 20 min". */
export const ART_LAPTOP_UPTIME_MS = (3 * 60 + 20) * MINUTE_MS;

const windows = (hostname: string): OsInfo => ({
  platform: 'windows',
  name: 'Microsoft Windows 11 Pro',
  version: '23H2',
  build: '22631.4460',
  arch: 'x64',
  hostname,
});

/** A Linux laptop with everything: a worn battery (52 %) and a nearly full disk (about 2 % free). */
function artLaptop(now: number): { hardware: Hardware; state: DeviceState; os: OsInfo } {
  const base = sampleSections();
  return {
    os: { ...base.os, hostname: 'art-laptop-1' },
    hardware: {
      ...base.hardware,
      manufacturer: 'Dell Inc.',
      model: 'Latitude 5420',
      serial: '7XK2LM3',
      modelId: '0A1B',
      assetTag: 'SCH-0412',
      chassis: 'laptop',
      firmware: { vendor: 'Dell Inc.', version: '1.31.0', releaseDate: '2024-03-12' },
      memoryBytes: 16 * GIB,
      memorySlots: 2,
      memoryModules: [
        {
          slot: 'DIMM A',
          sizeBytes: 8 * GIB,
          type: 'DDR4',
          speedMTs: 3200,
          manufacturer: 'Samsung',
          partNumber: 'M471A1K43DB1-CWE',
        },
        {
          slot: 'DIMM B',
          sizeBytes: 8 * GIB,
          type: 'DDR4',
          speedMTs: 3200,
          manufacturer: 'SK Hynix',
        },
      ],
      batteries: [
        {
          manufacturer: 'SMP',
          model: 'DELL 1VX1H',
          chemistry: 'Li-ion',
          designCapacityMWh: 63_000,
          fullChargeCapacityMWh: 32_760,
          cycleCount: 640,
          healthPercent: 52,
          condition: 'Replace soon',
        },
      ],
      physicalDisks: [
        { name: 'nvme0n1', model: 'SK hynix PC711', sizeBytes: 256e9, kind: 'nvme', health: 'ok' },
      ],
      disks: [
        { mount: '/', fsType: 'ext4', sizeBytes: 250e9, usedBytes: 244e9 },
        { mount: '/boot/efi', fsType: 'vfat', sizeBytes: 500e6, usedBytes: 6e6 },
      ],
      encryption: [{ volume: '/', method: 'luks', state: 'on' }],
      displays: [{ manufacturer: 'Dell', model: 'P2422H', widthPx: 1920, heightPx: 1080 }],
      printers: [
        { name: 'Art room colour', driver: 'HP Color LaserJet', isDefault: true, isNetwork: true },
      ],
      network: [{ name: 'wlan0', mac: '3c:22:fb:10:20:31', ipv4: '10.20.4.31' }],
    },
    state: {
      bootTime: new Date(now - ART_LAPTOP_UPTIME_MS).toISOString(),
      timeZone: 'Europe/Paris',
      loggedInUsers: ['j.martin'],
      lastLoggedInUser: 'j.martin',
      interfaces: [
        {
          name: 'wlan0',
          mac: '3c:22:fb:10:20:31',
          ipv4: ['10.20.4.31'],
          ipv6: ['fe80::3e22:fbff:fe10:2031', '2001:db8:20:4::31'],
        },
      ],
      gateways: ['10.20.4.1'],
      dnsServers: ['10.20.0.53', '10.20.0.54'],
      wifiSsid: 'School-Staff',
      security: {
        firewallEnabled: { ufw: true },
        pendingReboot: true,
        rebootRequired: true,
        rebootRequiredBy: ['linux-image-6.1.0-28-amd64'],
        lastUpdateInstalled: new Date(now - 2 * 24 * 60 * MINUTE_MS).toISOString(),
      },
    },
  };
}

/** A Windows laptop whose battery is worn (74 %) but not yet due, with room on its disk. */
function officeLaptop(now: number): { hardware: Hardware; state: DeviceState; os: OsInfo } {
  const base = sampleSections();
  return {
    os: windows('office-laptop-2'),
    hardware: {
      ...base.hardware,
      manufacturer: 'HP',
      model: 'ProBook 450 G8',
      chassis: 'laptop',
      batteries: [{ healthPercent: 74, cycleCount: 210, condition: 'Normal' }],
      physicalDisks: [{ model: 'KXG60ZNV512G', sizeBytes: 512e9, kind: 'ssd', health: 'ok' }],
      disks: [{ mount: 'C:', fsType: 'NTFS', sizeBytes: 510e9, usedBytes: 300e9 }],
      encryption: [{ volume: 'C:', method: 'bitlocker', state: 'off' }],
    },
    state: {
      bootTime: new Date(now - 26 * 60 * MINUTE_MS).toISOString(),
      timeZone: 'Romance Standard Time',
      security: {
        antivirus: [{ name: 'Microsoft Defender Antivirus', enabled: true, upToDate: true }],
        firewallEnabled: { Domain: true, Private: true, Public: false },
        rebootRequired: false,
      },
    },
  };
}

/** A library desktop: no battery, its system disk 92 % full. */
function libraryDesktop(): { hardware: Hardware; os: OsInfo } {
  const base = sampleSections();
  return {
    os: windows('library-pc-1'),
    hardware: {
      ...base.hardware,
      manufacturer: 'Lenovo',
      model: 'ThinkCentre M70q',
      chassis: 'mini-pc',
      physicalDisks: [
        { model: 'WDC WD5000LPLX', sizeBytes: 500e9, kind: 'hdd', health: 'warning' },
      ],
      disks: [{ mount: 'C:', fsType: 'NTFS', sizeBytes: 500e9, usedBytes: 460e9 }],
    },
  };
}

export type FleetComputer = { hostname: string; room: string; sections: InventorySections };

/** The fleet as reported: three computers with the new facts and one from an earlier agent. */
export function hardwareFleet(now: number): FleetComputer[] {
  const art = artLaptop(now);
  const office = officeLaptop(now);
  const library = libraryDesktop();
  return [
    { hostname: 'art-laptop-1', room: 'Art room', sections: sampleSections(art) },
    { hostname: 'office-laptop-2', room: 'Staff room', sections: sampleSections(office) },
    { hostname: 'library-pc-1', room: 'Library', sections: sampleSections(library) },
    {
      hostname: 'lab-pc-old',
      room: 'Lab',
      // An agent from before: neither the new hardware fields nor a state section.
      sections: sampleSections({ os: { ...sampleSections().os, hostname: 'lab-pc-old' } }),
    },
  ];
}

/**
 * Enrolls each computer with its room's token (made with the coordinator's session), connects
 * its agent and sends its full inventory through the agent protocol, as a real agent would.
 */
export async function reportFleet(
  t: TestHub,
  coordinatorToken: string,
  fleet: readonly FleetComputer[],
): Promise<Map<string, { deviceId: string; agent: AgentClient }>> {
  const tokenFor = roomTokens(t, coordinatorToken);
  const enrolled = new Map<string, { deviceId: string; agent: AgentClient }>();
  for (const computer of fleet) {
    const credentials = await t.enroll(computer.hostname, await tokenFor(computer.room));
    const agent = await t.connectAgent(credentials);
    const reported = await agent.emitWithAck('inventory:report', fullReport(computer.sections));
    if (!reported.ok) throw new Error(`inventory of ${computer.hostname}: ${reported.error}`);
    enrolled.set(computer.hostname, { deviceId: credentials.deviceId, agent });
  }
  return enrolled;
}

/**
 * How far the page reaches past the window's side (0 when nothing scrolls sideways) and the
 * element that reaches furthest, to say what to fix; what scrolls inside itself on purpose (the
 * tab list, a wide data table's frame) is left out.
 */
export async function sidewaysOverflow(page: Page): Promise<{ overflow: number; widest: string }> {
  return page.evaluate<{ overflow: number; widest: string }>(`(() => {
    const root = document.documentElement;
    let right = root.clientWidth;
    let widest = '';
    for (const element of document.querySelectorAll('#main *')) {
      const box = element.getBoundingClientRect();
      if (box.right > right + 0.5 && !element.closest('.table-scroll, .tab-list, [data-scrolls]')) {
        right = box.right;
        widest = element.tagName + '.' + element.className + ' ' + Math.round(box.width);
      }
    }
    return { overflow: Math.max(root.scrollWidth - root.clientWidth, right - root.clientWidth), widest };
  })()`);
}
