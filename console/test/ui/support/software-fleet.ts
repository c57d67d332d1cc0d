// Test support: a small school fleet built by hand for the outdated-software pages. Three
// Windows computers (on a supported Windows 11 release) wait for a Chrome update their own winget offers, two run the newest Chrome,
// and a Debian computer waits for a Firefox security fix. Each is enrolled with its room's token
// and reports on a real agent socket, so a test can send it a newer inventory later.
import type { Enrolled, InventorySections, PendingUpdate, SoftwareItem } from '@handraise/shared';
import { PROTOCOL_VERSION } from '@handraise/shared';
import { fullReport } from '../../../src/hub/testing/sample-inventory.ts';
import type { AgentClient, TestHub } from '../../../src/hub/testing/test-hub.ts';
import { roomTokens } from '../../support/room-tokens.ts';

export const CHROME = 'Google Chrome';
export const CHROME_NEWEST = '131.0.6778.86';
const CHROME_OLDER = '130.0.6723.117';
const CHROME_OLDEST = '129.0.6668.90';
const FIREFOX = 'firefox-esr';
/** The name the hub gives the Debian package `firefox-esr`. */
export const FIREFOX_TITLE = 'Mozilla Firefox ESR';
export const FIREFOX_AVAILABLE = '128.3.0esr-1~deb12u1';

export type FleetComputer = {
  hostname: string;
  room: string;
  deviceId: string;
  agent: AgentClient;
  sections: InventorySections;
};

type Plan = { hostname: string; room: string; sections: InventorySections };

const chrome = (version: string): SoftwareItem => ({
  name: CHROME,
  version,
  publisher: 'Google LLC',
  source: 'registry',
});
const chromeUpdate = (installed: string): PendingUpdate => ({
  name: CHROME,
  installedVersion: installed,
  availableVersion: CHROME_NEWEST,
  source: 'winget',
});
const firefoxWindows: SoftwareItem = {
  name: 'Mozilla Firefox (x64 en-US)',
  version: '133.0',
  publisher: 'Mozilla',
  source: 'registry',
};
const vlc: SoftwareItem = {
  name: 'VLC media player',
  version: '3.0.21',
  publisher: 'VideoLAN',
  source: 'registry',
};

/** A computer's inventory with its own serial and network card, so each enrolls as itself. */
function sections(
  index: number,
  hostname: string,
  platform: 'windows' | 'linux',
  software: SoftwareItem[],
  updates: PendingUpdate[],
): InventorySections {
  return {
    os:
      platform === 'windows'
        ? {
            platform,
            name: 'Microsoft Windows 11 Education',
            version: '10.0.26200',
            build: '26200',
            arch: 'x64',
            hostname,
          }
        : { platform, name: 'Debian GNU/Linux', version: '12', arch: 'x64', hostname },
    hardware: {
      manufacturer: 'Dell Inc.',
      model: 'OptiPlex 7010',
      serial: `SWFLEET${index}`,
      cpu: { brand: 'Intel Core i5-13500', cores: 14, physicalCores: 14, speedGHz: 2.5 },
      memoryBytes: 16 * 1024 ** 3,
      disks: [
        platform === 'windows'
          ? { mount: 'C:', fsType: 'NTFS', sizeBytes: 256e9, usedBytes: 120e9 }
          : { mount: '/', fsType: 'ext4', sizeBytes: 256e9, usedBytes: 80e9 },
      ],
      gpus: [],
      network: [{ name: 'Ethernet', mac: `02:00:5e:00:00:${String(10 + index)}` }],
    },
    software,
    updates,
    hotfixes: [],
  };
}

/** The fleet as planned: who is behind on what. */
export function fleetPlan(): Plan[] {
  const windows = (index: number, hostname: string, room: string, chromeVersion: string): Plan => ({
    hostname,
    room,
    sections: sections(
      index,
      hostname,
      'windows',
      [chrome(chromeVersion), vlc],
      chromeVersion === CHROME_NEWEST ? [] : [chromeUpdate(chromeVersion)],
    ),
  });
  return [
    windows(1, 'room-204-pc-01', 'Room 204', CHROME_OLDER),
    windows(2, 'room-204-pc-02', 'Room 204', CHROME_OLDER),
    windows(3, 'library-pc-03', 'Library', CHROME_OLDEST),
    {
      // The one computer with Firefox for Windows: the title the Debian ESR is merged into.
      ...windows(4, 'room-204-pc-04', 'Room 204', CHROME_NEWEST),
      sections: sections(
        4,
        'room-204-pc-04',
        'windows',
        [chrome(CHROME_NEWEST), vlc, firefoxWindows],
        [],
      ),
    },
    windows(5, 'library-pc-05', 'Library', CHROME_NEWEST),
    {
      hostname: 'library-deb-06',
      room: 'Library',
      sections: sections(
        6,
        'library-deb-06',
        'linux',
        [
          { name: FIREFOX, version: '115.9.1esr-1~deb12u1', source: 'dpkg', arch: 'amd64' },
          { name: 'libreoffice', version: '4:7.4.7-1+deb12u1', source: 'dpkg', arch: 'amd64' },
        ],
        [
          {
            name: FIREFOX,
            installedVersion: '115.9.1esr-1~deb12u1',
            availableVersion: FIREFOX_AVAILABLE,
            source: 'apt',
            security: true,
          },
        ],
      ),
    },
  ];
}

/** The computers named in `fleetPlan`, whose Chrome needs an update. */
export const CHROME_BEHIND = ['room-204-pc-01', 'room-204-pc-02', 'library-pc-03'];

/** Enrolls the planned fleet (a token per room, as a coordinator would) and sends each inventory. */
export async function connectSoftwareFleet(t: TestHub, token: string): Promise<FleetComputer[]> {
  const tokenFor = roomTokens(t, token);
  const fleet: FleetComputer[] = [];
  for (const plan of fleetPlan()) {
    const enrollToken = await tokenFor(plan.room);
    const { body } = await t.http<Enrolled>('/api/enroll', {
      body: {
        token: enrollToken,
        identity: {
          hostname: plan.hostname,
          serial: plan.sections.hardware.serial,
          macs: plan.sections.hardware.network.map((n) => n.mac),
        },
        protocolVersion: PROTOCOL_VERSION,
      },
    });
    if (!body.ok) throw new Error(`enrollment of ${plan.hostname}: ${body.error}`);
    const agent = await t.connectAgent(body.data);
    const reported = await agent.emitWithAck('inventory:report', fullReport(plan.sections));
    if (!reported.ok) throw new Error(`inventory of ${plan.hostname}: ${reported.error}`);
    fleet.push({ ...plan, deviceId: body.data.deviceId, agent });
  }
  return fleet;
}

/** The computer's next inventory: Chrome updated to the newest, nothing pending any more. */
export function withChromeUpdated(computer: FleetComputer): InventorySections {
  return {
    ...computer.sections,
    software: computer.sections.software.map((s) =>
      s.name === CHROME ? { ...s, version: CHROME_NEWEST } : s,
    ),
    updates: computer.sections.updates.filter((u) => u.name !== CHROME),
  };
}
