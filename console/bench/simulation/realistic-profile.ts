// Inventories the size real school computers report: Windows 150–300 programs, macOS about 100
// apps, Debian about 900 packages, about one title in five behind. The well-known titles come from
// deviceProfile (catalog.ts); the rest of each list is a long tail of titles made up per platform,
// the same for the same index on every run.
import type { InventorySections, OsInfo } from '@handraise/shared';
import { LINUX_CATALOG, MACOS_CATALOG, WINDOWS_CATALOG, type PlatformCatalog } from './catalog.ts';
import { deviceProfile, type DeviceProfile } from './device-profile.ts';
import { seededRandom } from './random.ts';

/** The platforms the simulated fleet runs (deviceProfile's). */
type Platform = Exclude<OsInfo['platform'], 'other'>;

/** How many programs a computer of each platform lists: lowest and highest. */
export const INVENTORY_SIZE: Record<Platform, readonly [number, number]> = {
  windows: [150, 300],
  macos: [90, 110],
  linux: [850, 950],
};
const CATALOGS: Record<Platform, PlatformCatalog> = {
  windows: WINDOWS_CATALOG,
  macos: MACOS_CATALOG,
  linux: LINUX_CATALOG,
};
/** Where a computer of `platform` is offered its updates (winget, brew, apt). */
export const updateSourceFor = (platform: OsInfo['platform']) =>
  CATALOGS[platform === 'other' ? 'linux' : platform].updateSource;

/** The share of long-tail titles an older version runs on. */
const BEHIND_SHARE = 0.2;
/** Of the titles behind, the share whose newer version the OS already offers as an update. */
const OFFERED_SHARE = 0.7;

const WINDOWS_MAKERS = ['Contoso', 'Fabrikam', 'Northwind', 'Tailspin', 'Wingtip', 'Litware'];
const WINDOWS_KINDS = ['Driver', 'Runtime', 'Reader', 'Classroom', 'Toolkit', 'Helper', 'Maths'];
const MAC_KINDS = ['Studio', 'Notes', 'Draw', 'Lab', 'Reader', 'Timer', 'Maps'];
const LINUX_STEMS = ['lib', 'python3-', 'fonts-', 'gir1.2-', 'node-', 'perl-', 'x11-', 'gstreamer'];

/** The platform's name for long-tail title `n`, and its versions newest first. */
function tailTitle(platform: Platform, n: number): { name: string; versions: string[] } {
  const major = 1 + (n % 17);
  const minor = n % 10;
  if (platform === 'linux') {
    const stem = LINUX_STEMS[n % LINUX_STEMS.length]!;
    const deb = (patch: number) => `${major}.${minor}.${patch}-${1 + (n % 3)}`;
    return { name: `${stem}tail${n}`, versions: [deb(2), deb(1), deb(0)] };
  }
  if (platform === 'macos') {
    const dotted = (patch: number) => `${major}.${minor}.${patch}`;
    return {
      name: `${MAC_KINDS[n % MAC_KINDS.length]} ${n}`,
      versions: [dotted(2), dotted(1), dotted(0)],
    };
  }
  const maker = WINDOWS_MAKERS[n % WINDOWS_MAKERS.length]!;
  const build = (patch: number) => `${major}.${minor}.${patch}.${1000 + n}`;
  return {
    name: `${maker} ${WINDOWS_KINDS[n % WINDOWS_KINDS.length]} ${n}`,
    versions: [build(2), build(1), build(0)],
  };
}

/** A computer from deviceProfile with its software list grown to its platform's real size. */
export function realisticProfile(index: number): DeviceProfile {
  const profile = deviceProfile(index);
  const { os, software, updates } = profile.sections;
  const platform = os.platform as Platform;
  const random = seededRandom(1_000_003 + index);
  const [low, high] = INVENTORY_SIZE[platform];
  const size = low + Math.floor(random() * (high - low + 1));
  const catalog = CATALOGS[platform];
  const grownSoftware: InventorySections['software'] = [...software];
  const grownUpdates: InventorySections['updates'] = [...updates];
  // Each computer starts at its own place in a pool a little larger than its list, so titles are
  // shared by most of the fleet, as on real computers, without all being the same.
  const start = Math.floor(random() * 200);
  for (let n = start; grownSoftware.length < size; n++) {
    const title = tailTitle(platform, n);
    const behind = random() < BEHIND_SHARE;
    const version = behind ? title.versions[1 + Math.floor(random() * 2)]! : title.versions[0]!;
    grownSoftware.push({
      name: title.name,
      version,
      source: catalog.source,
      ...(os.platform === 'windows' ? { publisher: title.name.split(' ')[0]! } : {}),
    });
    if (behind && random() < OFFERED_SHARE)
      grownUpdates.push({
        name: title.name,
        installedVersion: version,
        availableVersion: title.versions[0]!,
        source: catalog.updateSource,
      });
  }
  return {
    ...profile,
    sections: { ...profile.sections, software: grownSoftware, updates: grownUpdates },
  };
}
