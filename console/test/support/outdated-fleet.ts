// Test support: a small school for outdated-software tests: three Windows PCs in Room 204, two
// Macs in the Library, two Debian machines in the Lab, each with a known Chrome and more.
import type {
  InventorySections,
  OsInfo,
  SoftwareTitleDetail,
  TitleDeviceVerdict,
} from '@handraise/shared';
import type { DeviceProfile } from '../../bench/simulation/device-profile.ts';
import type { SimulatedAgent } from '../../bench/simulation/simulated-agent.ts';
import { startTestHub, type ConsoleClient, type TestHub } from '../../src/hub/testing/test-hub.ts';
import { connectProfiles } from '../ui/support/live-fleet.ts';

// Verdicts depend on the date (OS end of life): the hub's clock is fixed for this file.
export const TODAY = new Date('2026-11-29T10:00:00Z');
export const clock = { now: () => new Date(TODAY) };

const WIN11: Omit<OsInfo, 'hostname'> = {
  platform: 'windows',
  name: 'Microsoft Windows 11 Pro',
  version: '10.0.26200',
  build: '26200',
  arch: 'x64',
};
const WIN10: Omit<OsInfo, 'hostname'> = {
  platform: 'windows',
  name: 'Microsoft Windows 10 Pro',
  version: '10.0.19045',
  build: '19045',
  arch: 'x64',
};
const MACOS: Omit<OsInfo, 'hostname'> = {
  platform: 'macos',
  name: 'macOS',
  version: '15.1',
  arch: 'arm64',
};
const DEBIAN: Omit<OsInfo, 'hostname'> = {
  platform: 'linux',
  name: 'Debian GNU/Linux',
  version: '12',
  codename: 'bookworm',
  arch: 'x64',
};

export type Item = InventorySections['software'][number];
type Update = InventorySections['updates'][number];

function profile(
  hostname: string,
  room: string,
  os: Omit<OsInfo, 'hostname'>,
  software: Item[],
  updates: Update[] = [],
  serial = hostname,
): DeviceProfile {
  return {
    hostname,
    room,
    sections: {
      os: { ...os, hostname },
      hardware: {
        serial: `SN-${serial}`,
        cpu: { brand: 'Test CPU', cores: 4, physicalCores: 4, speedGHz: 2 },
        memoryBytes: 8 * 1024 ** 3,
        disks: [],
        gpus: [],
        network: [],
      },
      software,
      updates,
      hotfixes: [],
    },
  };
}

export const chrome = (version: string): Item => ({
  name: 'Google Chrome',
  version,
  publisher: 'Google LLC',
  source: 'registry',
});
export const NEWEST_CHROME = '131.0.6778.86';

export const FLEET: DeviceProfile[] = [
  // Room 204: one current, one with winget offering the update, one behind the rest of the fleet.
  profile('r204-pc-01', 'Room 204', WIN11, [
    chrome(NEWEST_CHROME),
    { name: '7-Zip 24.08 (x64)', version: '24.08', source: 'registry' },
    { name: 'uTorrent', version: '3.6', source: 'registry' },
  ]),
  profile(
    'r204-pc-02',
    'Room 204',
    WIN11,
    [chrome('130.0.6723.117'), { name: '7-Zip 24.08 (x64)', version: '24.08', source: 'registry' }],
    [
      {
        name: 'Google.Chrome',
        installedVersion: '130.0.6723.117',
        availableVersion: NEWEST_CHROME,
        source: 'winget',
      },
    ],
  ),
  profile('r204-pc-03', 'Room 204', WIN10, [
    chrome('129.0.6668.90'),
    { name: '7-Zip 23.01 (x64)', version: '23.01', source: 'registry' },
  ]),
  // Library: Macs compare with Macs.
  profile('lib-mac-01', 'Library', MACOS, [
    { name: 'Google Chrome', version: NEWEST_CHROME, source: 'macapp' },
  ]),
  profile('lib-mac-02', 'Library', MACOS, [
    { name: 'Google Chrome', version: NEWEST_CHROME, source: 'macapp' },
  ]),
  // Lab: Debian, where apt decides.
  profile(
    'lab-deb-01',
    'Lab',
    DEBIAN,
    [
      { name: 'google-chrome-stable', version: '131.0.6778.85-1', source: 'dpkg' },
      { name: 'openssl', version: '3.0.15-1~deb12u1', source: 'dpkg' },
    ],
    [
      {
        name: 'google-chrome-stable',
        installedVersion: '131.0.6778.85-1',
        availableVersion: '131.0.6778.108-1',
        source: 'apt',
        security: true,
      },
    ],
  ),
  profile('lab-deb-02', 'Lab', DEBIAN, [
    { name: 'google-chrome-stable', version: '131.0.6778.108-1', source: 'dpkg' },
    { name: 'openssl', version: '3.0.14-1~deb12u2', source: 'dpkg' },
  ]),
];

export type OutdatedFleet = {
  t: TestHub;
  /** The coordinator's session. */
  token: string;
  consoleSocket: ConsoleClient;
  /** The simulated agents by hostname. */
  agents: Map<string, SimulatedAgent>;
  /** GETs a path as the coordinator (or `as`) and returns its data, or throws. */
  get: <T>(path: string, as?: string) => Promise<T>;
  close: () => Promise<void>;
};

/** A hub on the fixed clock with FLEET enrolled and reported, and a coordinator's console open. */
export async function startOutdatedFleet(): Promise<OutdatedFleet> {
  const t = await startTestHub({}, { clock });
  const token = await t.signIn();
  const consoleSocket = await t.connectConsole(token);
  const agents = new Map(
    (await connectProfiles(t, token, FLEET)).map((a) => [a.profile.hostname, a] as const),
  );
  return {
    t,
    token,
    consoleSocket,
    agents,
    get: async <T>(path: string, as = token): Promise<T> => {
      const { body } = await t.http<T>(path, { token: as });
      if (!body.ok) throw new Error(`${path}: ${body.error}`);
      return body.data;
    },
    close: async () => {
      for (const agent of agents.values()) agent.close();
      await t.close();
    },
  };
}

/** A device's line on a title page, by hostname. */
export function line(detail: SoftwareTitleDetail, host: string): TitleDeviceVerdict {
  const found = detail.devices.find((d) => d.deviceName === host);
  if (!found) throw new Error(`${host} is not listed`);
  return found;
}
