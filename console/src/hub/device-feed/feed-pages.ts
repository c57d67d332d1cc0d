// One page of a person's device list from the hub's feed: only computers in their scope, as
// they may read them (deviceRowFor), in id order, so that pages asked one after the other neither skip nor repeat a computer.
import { DEVICE_SYNC_PAGE_SIZE, type DeviceSyncPage, type User } from '@handraise/shared';
import { inScope } from '../access/advisor-reach.ts';
import { deviceRowFor } from '../access/device-row.ts';
import { versionOf } from './cursor.ts';
import type { DeviceFeed } from './device-feed.ts';

/** Every version is above this: a snapshot is "changes since before the beginning". */
const BEFORE_EVERYTHING = -1;

/** The first index in ascending `ids` whose id is above `after`. */
function indexAfter(ids: readonly string[], after: string | null): number {
  if (after === null) return 0;
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((ids[middle] as string) <= after) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Where the answer starts from: changes since a cursor still covered, or everything. */
function startOf(feed: DeviceFeed, since: string | null): number | null {
  if (since === null) return null;
  const version = versionOf(since, feed.run);
  if (version === null || version < feed.horizon() || version > feed.version()) return null;
  return version;
}

/**
 * The page of `user`'s device list after computer `after`: a snapshot when `since` is null, too
 * old or not this hub run's, else the computers changed since it and those that left the scope.
 */
export function devicePage(
  feed: DeviceFeed,
  user: User,
  request: { since: string | null; after: string | null },
  pageSize = DEVICE_SYNC_PAGE_SIZE,
): DeviceSyncPage {
  const start = startOf(feed, request.since);
  const since = start ?? BEFORE_EVERYTHING;
  const ids = feed.sortedIds();
  const devices: DeviceSyncPage['devices'] = [];
  let index = indexAfter(ids, request.after);
  for (; index < ids.length && devices.length < pageSize; index++) {
    const entry = feed.get(ids[index] as string);
    if (entry && entry.version > since && inScope(user, entry.device))
      devices.push(deviceRowFor(user, entry.device));
  }
  const more = index < ids.length;
  return {
    kind: start === null ? 'snapshot' : 'changes',
    cursor: feed.cursor(),
    devices,
    // Told once, on the first page: those that left this person's scope and are not back in it.
    removed: start !== null && request.after === null ? departedFrom(feed, user, since) : [],
    after: more ? (devices.at(-1)?.id ?? null) : null,
  };
}

function departedFrom(feed: DeviceFeed, user: User, since: number): string[] {
  const gone = new Set<string>();
  for (const departure of feed.departuresSince(since)) {
    if (!inScope(user, departure.from)) continue;
    const now = feed.get(departure.deviceId);
    if (!now || !inScope(user, now.device)) gone.add(departure.deviceId);
  }
  return [...gone];
}
