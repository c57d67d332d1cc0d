// Which installed title a pending update is for, by the package manager's own id first. An id
// names one package exactly where a name is localized, cut or worded differently by each tool;
// the name is the fallback, and the only road for updates from agents that send no id.
import type { PendingUpdate, SoftwareSource } from '@handraise/shared';

/** An installed item as the engine reads it. */
type InstalledItem = { name: string; source: SoftwareSource; id?: string };

/**
 * winget's ids for packages it found installed but knows from no source:
 * `ARP\Machine\X64\<uninstall key>` and `MSIX\<package full name>`.
 */
const WINGET_ARP_ID = /^ARP\\[^\\]+\\[^\\]+\\(.+)$/i;
const WINGET_MSIX_ID = /^MSIX\\(.+)$/i;
/** `homebrew/cask/firefox`: a tap-qualified token names the package last. */
const BREW_TAP = /^.*\//;
// PackageFullName is Name_Version_Arch_ResourceId_PublisherId; the family is Name_PublisherId.
const FULL_NAME_PARTS = 5;

const idKey = (kind: string, id: string): string => `${kind}\u0000${id.trim().toLowerCase()}`;

/** The last segment of a registry key path: the uninstall key's own name. */
function keyNameOf(keyPath: string): string {
  return keyPath.slice(keyPath.lastIndexOf('\\') + 1);
}

/**
 * The id under which an installed item can be found by a pending update, if its source has one
 * an update can carry: the uninstall key, the appx family, the brew or snap name, the flatpak or
 * winget id.
 */
export function installedIdKey(item: InstalledItem): string | undefined {
  switch (item.source) {
    case 'registry':
      return item.id ? idKey('registry', keyNameOf(item.id)) : undefined;
    case 'appx':
      return item.id ? idKey('appx', item.id) : undefined;
    case 'brew':
      return idKey('brew', item.name.replace(BREW_TAP, ''));
    case 'snap':
      return idKey('snap', item.name);
    case 'flatpak':
      return idKey('flatpak', item.id ?? item.name);
    case 'winget':
      return idKey('winget', item.id ?? item.name);
    default:
      return undefined;
  }
}

/** The key installedIdKey gives the item an update's id stands for, if the manager's ids relate. */
export function updateIdKey(update: Pick<PendingUpdate, 'id' | 'source'>): string | undefined {
  const id = update.id?.trim();
  if (!id) return undefined;
  switch (update.source) {
    case 'winget': {
      const arp = WINGET_ARP_ID.exec(id);
      if (arp) return idKey('registry', arp[1]!);
      const msix = WINGET_MSIX_ID.exec(id);
      if (msix) return idKey('appx', familyOf(msix[1]!));
      return idKey('winget', id);
    }
    case 'brew':
      return idKey('brew', id.replace(BREW_TAP, ''));
    case 'snap':
      return idKey('snap', id);
    case 'flatpak':
      return idKey('flatpak', id);
    default:
      return undefined;
  }
}

function familyOf(fullName: string): string {
  const parts = fullName.split('_');
  return parts.length === FULL_NAME_PARTS ? `${parts[0]}_${parts[4]}` : fullName;
}

/** What matching needs of one device and the engine's titles. */
export type UpdateMatchContext = {
  /** Installed titles of the device by installedIdKey. */
  byInstalledId: ReadonlyMap<string, number>;
  /** Title ids the device has installed. */
  held: ReadonlySet<number>;
  /** The registered title a key (from an update's name or id) resolves to, if any. */
  titleOfUpdate: (update: Pick<PendingUpdate, 'name' | 'source'>) => number | undefined;
};

/**
 * The installed title of the device a pending update is for, or undefined when it matches none:
 * the item its id names, then the title its id's key gives, then the title its name's key gives.
 */
export function matchUpdate(
  update: PendingUpdate,
  context: UpdateMatchContext,
): number | undefined {
  const installedKey = updateIdKey(update);
  const exact = installedKey === undefined ? undefined : context.byInstalledId.get(installedKey);
  if (exact !== undefined) return exact;
  const held = (t: number | undefined) => (t !== undefined && context.held.has(t) ? t : undefined);
  const id = update.id?.trim();
  const byId = id ? held(context.titleOfUpdate({ name: id, source: update.source })) : undefined;
  return byId ?? held(context.titleOfUpdate(update));
}
