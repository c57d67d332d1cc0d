// The hub's copy of the device list, kept current by the same pushes that keep consoles current,
// so that consoles connecting together (after a hub restart: all of them) cost one read of the
// fleet, and a console coming back asks only for what changed while it was away.
import { randomUUID } from 'node:crypto';
import type { Device, HubToConsoleEvents } from '@handraise/shared';
import type { NotifyConsoles } from '../notify.ts';
import type { Where } from '../rooms.ts';
import { encodeCursor } from './cursor.ts';

/** Computers read per database page while building: a page takes a few milliseconds. */
export const BUILD_PAGE_ROWS = 500;
/**
 * Departures remembered (computers removed, or moved to another room or site). A console whose
 * cursor is older than the oldest one forgotten gets a snapshot instead of changes.
 */
export const MAX_DEPARTURES = 2_000;

/** A computer as the feed holds it: the version of its latest change. */
export type FeedEntry = { device: Device; version: number };
/** A computer left `from` (removed, or moved elsewhere) at `version`. */
export type Departure = { deviceId: string; from: Where; version: number };

export type DeviceFeedDeps = {
  /** Up to `limit` computers after `afterId`, in id order. */
  listPage: (afterId: string | null, limit: number) => Promise<Device[]>;
  /** Lets other work run between pages (setImmediate by default). */
  yieldToOthers?: () => Promise<void>;
};

export type DeviceFeed = {
  /** This hub run's name: cursors of other runs are not ours. */
  run: string;
  /** The list, read from storage once; callers arriving together share the one read. */
  ready(): Promise<void>;
  /** How many times the list was read from storage. */
  builds(): number;
  /** The version of the latest change. */
  version(): number;
  /** The oldest version changes can be told since; older cursors get a snapshot. */
  horizon(): number;
  cursor(): string;
  get(deviceId: string): FeedEntry | undefined;
  /** Computer ids in ascending order, for pages that stay in place while the list changes. */
  sortedIds(): readonly string[];
  departuresSince(version: number): Departure[];
  /** The hub's push to consoles, with every device change recorded here first. */
  tap(notify: NotifyConsoles): NotifyConsoles;
};

const sameWhere = (a: Where, b: Where) => a.site === b.site && a.room === b.room;
const whereOf = (device: Device): Where => ({ site: device.site, room: device.room });
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export function createDeviceFeed(deps: DeviceFeedDeps): DeviceFeed {
  const run = randomUUID();
  const yieldToOthers = deps.yieldToOthers ?? nextTurn;
  const entries = new Map<string, FeedEntry>();
  const departures: Departure[] = [];
  let version = 0;
  let horizon = 0;
  let builds = 0;
  let built = false;
  let building: Promise<void> | null = null;
  let sorted: string[] | null = null;
  // Changes pushed while the list is being read; applied over it once read.
  let pendingChanges: Array<() => void> | null = null;

  const depart = (deviceId: string, from: Where) => {
    departures.push({ deviceId, from, version });
    if (departures.length > MAX_DEPARTURES) horizon = departures.shift()?.version ?? horizon;
  };

  const upsert = (device: Device) => {
    const before = entries.get(device.id);
    version += 1;
    if (!before) sorted = null;
    else if (!sameWhere(whereOf(before.device), whereOf(device)))
      depart(device.id, whereOf(before.device));
    entries.set(device.id, { device, version });
  };

  const remove = (deviceId: string) => {
    const before = entries.get(deviceId);
    if (!before) return;
    version += 1;
    entries.delete(deviceId);
    sorted = null;
    depart(deviceId, whereOf(before.device));
  };

  /** Records a change; the cursor to send with its push (none before the list was read). */
  const record = (change: () => void): string | undefined => {
    if (pendingChanges) {
      pendingChanges.push(change);
      return undefined;
    }
    if (!built) return undefined;
    change();
    return encodeCursor(run, version);
  };

  const build = async () => {
    builds += 1;
    pendingChanges = [];
    try {
      let after: string | null = null;
      for (;;) {
        const page = await deps.listPage(after, BUILD_PAGE_ROWS);
        for (const device of page) entries.set(device.id, { device, version: 0 });
        const last = page.at(-1);
        if (!last || page.length < BUILD_PAGE_ROWS) break;
        after = last.id;
        await yieldToOthers();
      }
      built = true;
      sorted = null;
      for (const change of pendingChanges) change();
    } catch (error) {
      entries.clear();
      building = null;
      throw error;
    } finally {
      pendingChanges = null;
    }
  };

  return {
    run,
    ready() {
      if (built) return Promise.resolve();
      building ??= build();
      return building;
    },
    builds: () => builds,
    version: () => version,
    horizon: () => horizon,
    cursor: () => encodeCursor(run, version),
    get: (deviceId) => entries.get(deviceId),
    sortedIds() {
      // Plain code-unit order, the order `id > after` pages the same way.
      sorted ??= [...entries.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      return sorted;
    },
    departuresSince: (since) => departures.filter((d) => d.version > since),
    tap(notify) {
      const tapped = <E extends keyof HubToConsoleEvents>(
        event: E,
        ...args: Parameters<HubToConsoleEvents[E]>
      ) => {
        if (event === 'device:updated') {
          const [device] = args as Parameters<HubToConsoleEvents['device:updated']>;
          const cursor = record(() => upsert(device));
          // No second argument rather than an undefined one (it would cross the wire as null).
          if (cursor === undefined) return notify('device:updated', device);
          return notify('device:updated', device, cursor);
        }
        if (event === 'device:removed') {
          const [removal] = args as Parameters<HubToConsoleEvents['device:removed']>;
          const cursor = record(() => remove(removal.deviceId));
          if (cursor === undefined) return notify('device:removed', removal);
          return notify('device:removed', removal, cursor);
        }
        notify(event, ...args);
      };
      return tapped;
    },
  };
}
