import type { Logger } from 'pino';
import type { Device } from '@handraise/shared';
import type { NotifyConsoles } from '../notify.ts';
import { NOT_JUDGED, type VerdictCounts } from './device-verdict-counts.ts';

// The engine judges again after every stored inventory; the counts are compared at most this
// often, so an inventory storm costs one pass over the fleet per interval, not one per report.
const RECOUNT_INTERVAL_MS = 1_000;
// Past this many changed computers, one list query is cheaper than a lookup per computer.
const LOOKUPS_BEFORE_LIST = 50;

/** The latest counts of every judged computer, as the engine last gave them. */
export type VerdictCountFeed = ReturnType<typeof createVerdictCountFeed>;

export function createVerdictCountFeed() {
  // Computers with nothing behind are left out: most of a well-kept fleet costs no memory here.
  const known = new Map<string, VerdictCounts>();
  return {
    /** A computer's counts; one not judged (yet) has nothing behind. */
    get: (deviceId: string): VerdictCounts => known.get(deviceId) ?? NOT_JUDGED,

    /** Takes every computer's counts from the engine; returns the computers whose counts moved. */
    refresh(counts: Iterable<[string, VerdictCounts]>): string[] {
      const changed: string[] = [];
      const seen = new Set<string>();
      for (const [deviceId, next] of counts) {
        seen.add(deviceId);
        const before = known.get(deviceId) ?? NOT_JUDGED;
        if (
          before.outdatedCount !== next.outdatedCount ||
          before.securityCount !== next.securityCount
        )
          changed.push(deviceId);
        if (next.outdatedCount === 0) known.delete(deviceId);
        else known.set(deviceId, next);
      }
      // A computer the engine no longer holds (removed, replaced by its re-install) has no counts.
      for (const deviceId of known.keys())
        if (!seen.has(deviceId)) {
          known.delete(deviceId);
          changed.push(deviceId);
        }
      return changed;
    },
  };
}

/**
 * Tells consoles when a computer's counts change after the engine judged again (an inventory,
 * new rules, merges): the counts are compared, and only the computers whose counts moved are
 * pushed, looked up in one batch.
 */
export function createVerdictCountPushes(deps: {
  feed: VerdictCountFeed;
  /** Every judged computer's counts, now. */
  counts: () => Iterable<[string, VerdictCounts]>;
  devices: {
    find(deviceId: string): Promise<Device | null>;
    list(): Promise<Device[]>;
  };
  notifyConsoles: NotifyConsoles;
  logger: Logger;
}) {
  let timer: NodeJS.Timeout | null = null;
  let closed = false;

  async function lookUp(deviceIds: string[]): Promise<Device[]> {
    if (deviceIds.length > LOOKUPS_BEFORE_LIST) {
      const wanted = new Set(deviceIds);
      return (await deps.devices.list()).filter((d) => wanted.has(d.id));
    }
    const found = await Promise.all(deviceIds.map((id) => deps.devices.find(id)));
    return found.filter((d): d is Device => d !== null);
  }

  async function recount(): Promise<void> {
    const changed = deps.feed.refresh(deps.counts());
    if (changed.length === 0) return;
    for (const device of await lookUp(changed)) {
      if (closed) return;
      deps.notifyConsoles('device:updated', device);
    }
  }

  return {
    /** The engine judged again: recount soon (once for everything judged meanwhile). */
    schedule(): void {
      if (closed || timer) return;
      timer = setTimeout(() => {
        timer = null;
        recount().catch((error: unknown) =>
          deps.logger.error({ err: error }, 'pushing new update counts failed'),
        );
      }, RECOUNT_INTERVAL_MS);
      timer.unref();
    },

    close(): void {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
