import type { AgentCost, HelpCategory, InventorySections, OsInfo } from '@handraise/shared';
import { simulatedAgentCost } from './agent-cost-profile.ts';
import { LINUX_CATALOG, MACOS_CATALOG, WINDOWS_CATALOG, type PlatformCatalog } from './catalog.ts';
import { pick, seededRandom } from './random.ts';

const ROOMS = ['Room 101', 'Room 102', 'Room 204', 'Library', 'Science Lab', 'Art Room', 'Office'];
const MAKERS = [
  { manufacturer: 'Dell Inc.', model: 'OptiPlex 7010' },
  { manufacturer: 'LENOVO', model: 'ThinkPad L14 Gen 4' },
  { manufacturer: 'HP', model: 'EliteDesk 800 G6' },
  { manufacturer: 'Apple Inc.', model: 'MacBook Air (M2, 2022)' },
];
const OS_CHOICES: { os: Omit<OsInfo, 'hostname'>; catalog: PlatformCatalog }[] = [
  {
    os: {
      platform: 'windows',
      name: 'Microsoft Windows 11 Education',
      version: '10.0.22631',
      build: '22631',
      arch: 'x64',
    },
    catalog: WINDOWS_CATALOG,
  },
  {
    os: {
      platform: 'windows',
      name: 'Microsoft Windows 10 Education',
      version: '10.0.19045',
      build: '19045',
      arch: 'x64',
    },
    catalog: WINDOWS_CATALOG,
  },
  {
    os: { platform: 'macos', name: 'macOS', version: '14.7.1', codename: 'Sonoma', arch: 'arm64' },
    catalog: MACOS_CATALOG,
  },
  {
    os: {
      platform: 'linux',
      name: 'Debian GNU/Linux',
      version: '12',
      codename: 'bookworm',
      arch: 'x64',
    },
    catalog: LINUX_CATALOG,
  },
];

export const HELP_EXAMPLES: { category: HelpCategory; text: string }[] = [
  { category: 'printer', text: 'The printer says paper jam but there is no paper stuck' },
  { category: 'internet', text: 'Wifi is connected but no pages load' },
  { category: 'sign-in', text: 'It says my password is wrong but I just changed it' },
  { category: 'sound-screen', text: 'The projector shows "no signal"' },
  { category: 'app', text: 'Scratch closes when I press the green flag' },
];

export type DeviceProfile = {
  hostname: string;
  room: string;
  sections: InventorySections;
  /** What its agent says it cost, sent with each report; none from an earlier agent. */
  cost?: AgentCost;
};

/**
 * A believable school computer, the same for the same index: OS, hardware, a software list where
 * some titles are behind (older version, with the pending update the device would report).
 */
export function deviceProfile(index: number): DeviceProfile {
  const random = seededRandom(index + 1);
  const { os, catalog } = pick(random, OS_CHOICES);
  const room = pick(random, ROOMS);
  const prefix = os.platform === 'macos' ? 'mac' : os.platform === 'linux' ? 'deb' : 'pc';
  const hostname = `${room.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${prefix}-${String(index + 1).padStart(4, '0')}`;
  const maker = os.platform === 'macos' ? MAKERS[3]! : pick(random, MAKERS.slice(0, 3));
  const software: InventorySections['software'] = [];
  const updates: InventorySections['updates'] = [];
  for (const title of catalog.titles) {
    if (random() < 0.15) continue; // not every machine has every title
    // About one machine in four is behind on any given title.
    const behind = title.versions.length > 1 && random() < 0.25;
    const version = behind ? pick(random, title.versions.slice(1)) : title.versions[0]!;
    software.push({
      name: title.name,
      version,
      source: catalog.source,
      ...(title.publisher ? { publisher: title.publisher } : {}),
    });
    if (behind && random() < 0.7) {
      updates.push({
        name: title.name,
        installedVersion: version,
        availableVersion: title.versions[0]!,
        source: catalog.updateSource,
        ...(title.name === 'openssl' ? { security: true } : {}),
      });
    }
  }
  const memoryGiB = pick(random, [4, 8, 8, 16]);
  return {
    hostname,
    room,
    cost: simulatedAgentCost(index, os.platform),
    sections: {
      os: { ...os, hostname },
      hardware: {
        ...maker,
        serial: `SIM${String(index).padStart(7, '0')}`,
        cpu: {
          brand: os.platform === 'macos' ? 'Apple M2' : 'Intel Core i5-1335U',
          cores: 8,
          physicalCores: os.platform === 'macos' ? 8 : 4,
          speedGHz: 1.3,
        },
        memoryBytes: memoryGiB * 1024 ** 3,
        disks: [
          {
            mount: os.platform === 'windows' ? 'C:' : '/',
            fsType: os.platform === 'windows' ? 'NTFS' : os.platform === 'macos' ? 'APFS' : 'ext4',
            sizeBytes: 256 * 1024 ** 3,
            usedBytes: Math.round(random() * 200) * 1024 ** 3,
          },
        ],
        gpus: [],
        network: [
          {
            name: os.platform === 'windows' ? 'Wi-Fi' : 'en0',
            mac: `02:00:${[index >> 16, (index >> 8) & 255, index & 255].map((b) => b.toString(16).padStart(2, '0')).join(':')}:01`,
          },
        ],
      },
      software,
      updates,
      hotfixes:
        os.platform === 'windows'
          ? [{ id: 'KB5046617', description: 'Security Update', source: 'qfe' }]
          : [],
    },
  };
}
