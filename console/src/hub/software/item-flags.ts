import type { CollectorNote, Platform, SoftwareSource, UpdateSource } from '@handraise/shared';

/** Facts of one install on one device, as bits beside its version. */
export const ITEM_FLAGS = {
  /** The device's package manager offers an update for it. */
  PENDING: 1,
  SECURITY: 2,
  /** Its package manager was asked this time and would say so if there were an update. */
  MANAGER_CHECKED: 4,
  /** Its package manager could not be asked this time. */
  MANAGER_FAILED: 8,
  NO_VERSION: 16,
  /** The operating system itself. */
  OS: 32,
} as const;

/** A package manager that covers every item of a source, and the agent notes naming its failure. */
type Manager = { name: UpdateSource; notes: readonly string[] };

// Only managers that list every installed item they could update: apt for dpkg packages, and so
// on. winget knows only some registry entries and Homebrew is silently skipped when the agent runs
// as root, so neither can vouch that an item is current; their pending updates still count.
const MANAGER_OF_SOURCE: Partial<Record<SoftwareSource, Manager>> = {
  dpkg: { name: 'apt', notes: ['updates/apt-updates'] },
  rpm: { name: 'dnf', notes: ['updates/dnf-updates'] },
  flatpak: { name: 'flatpak', notes: ['updates/flatpak-updates'] },
  snap: { name: 'snap', notes: ['updates/snap-updates'] },
};

const MANAGER_OF_OS: Partial<Record<Platform, Manager>> = {
  windows: { name: 'windows-update', notes: ['updates/windows-updates'] },
  macos: { name: 'softwareupdate', notes: ['updates/softwareupdate'] },
};

/** The manager that answers for an item, if any. */
export function managerFor(source: SoftwareSource | 'os', platform: Platform): Manager | null {
  return (source === 'os' ? MANAGER_OF_OS[platform] : MANAGER_OF_SOURCE[source]) ?? null;
}

/**
 * The manager bits for an item: checked when the device has reported its updates and no note says
 * this manager (or the whole updates section) failed this time.
 */
export function managerFlags(
  manager: Manager | null,
  updatesReported: boolean,
  notes: readonly CollectorNote[],
): number {
  if (!manager) return 0;
  const failed = notes.some(
    (n) => n.collector === 'updates' || manager.notes.includes(n.collector),
  );
  if (failed) return ITEM_FLAGS.MANAGER_FAILED;
  return updatesReported ? ITEM_FLAGS.MANAGER_CHECKED : 0;
}
