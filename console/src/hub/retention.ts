import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { HubSettings } from '@handraise/shared';
import type { Clock } from './clock.ts';
import type { Database } from './storage/schema.ts';

/** How often old requests are looked for: a few times a day is plenty for a setting in days. */
export const RETENTION_SWEEP_INTERVAL_MS = 6 * 60 * 60 * 1000;

const DAY_MS = 24 * 60 * 60 * 1000;
const FINISHED_STATES = ['resolved', 'closed'];
// SQLite caps bound parameters per statement; ids go in well below that.
const ID_BATCH = 500;

/** The two retention settings a sweep reads. */
export type RetentionSettings = Pick<HubSettings, 'retentionDays' | 'screenshotRetentionDays'>;

/** What one sweep deleted. */
export type RetentionSweep = { requestsDeleted: number; mediaRemoved: number };

const cutoffFor = (clock: Clock, days: number) =>
  new Date(clock.now().getTime() - days * DAY_MS).toISOString();

/**
 * Deletes finished requests (resolved or closed) last touched more than `retentionDays` ago, with
 * their screenshots and timelines (by foreign-key cascade). Open requests are never deleted,
 * however old: someone is still waiting. Returns how many went.
 */
export async function sweepExpiredRequests(
  db: Kysely<Database>,
  clock: Clock,
  retentionDays: number,
): Promise<number> {
  const result = await db
    .deleteFrom('requests')
    .where('state', 'in', FINISHED_STATES)
    .where('updated_at', '<', cutoffFor(clock, retentionDays))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Deletes the screenshot and the device snapshot of finished requests last touched more than
 * `days` ago, and marks each request with when, so it keeps saying a picture came and was
 * deleted. The text, the timeline and the request itself stay (until `retentionDays`). Open
 * requests keep theirs: a helper may still need them. Returns how many requests lost theirs.
 */
export async function sweepExpiredMedia(
  db: Kysely<Database>,
  clock: Clock,
  days: number,
): Promise<number> {
  const cutoff = cutoffFor(clock, days);
  const now = clock.now().toISOString();
  return db.transaction().execute(async (trx) => {
    const due = await trx
      .selectFrom('requests')
      .select('id')
      .where('state', 'in', FINISHED_STATES)
      .where('updated_at', '<', cutoff)
      .where('media_removed_at', 'is', null)
      .where((eb) =>
        eb.or([eb('snapshot_json', 'is not', null), eb('screenshot_type', 'is not', null)]),
      )
      .execute();
    const ids = due.map((row) => row.id);
    for (let i = 0; i < ids.length; i += ID_BATCH) {
      const batch = ids.slice(i, i + ID_BATCH);
      await trx.deleteFrom('screenshots').where('request_id', 'in', batch).execute();
      // `updated_at` stays: the request's own retention still counts from when it was finished.
      await trx
        .updateTable('requests')
        .set({ snapshot_json: null, media_removed_at: now })
        .where('id', 'in', batch)
        .execute();
    }
    return ids.length;
  });
}

/** One sweep: pictures and snapshots past their days first, then whole requests past theirs. */
export async function sweepRetention(
  db: Kysely<Database>,
  clock: Clock,
  settings: RetentionSettings,
): Promise<RetentionSweep> {
  const mediaRemoved = await sweepExpiredMedia(db, clock, settings.screenshotRetentionDays);
  const requestsDeleted = await sweepExpiredRequests(db, clock, settings.retentionDays);
  return { requestsDeleted, mediaRemoved };
}

/** Sweeps now and every RETENTION_SWEEP_INTERVAL_MS, reading the retention settings each time. */
export function scheduleRetention(deps: {
  db: Kysely<Database>;
  clock: Clock;
  settings: () => Promise<RetentionSettings>;
  logger: Logger;
}): { stop(): void } {
  let timer: NodeJS.Timeout | undefined;
  const sweep = async () => {
    try {
      const swept = await sweepRetention(deps.db, deps.clock, await deps.settings());
      if (swept.requestsDeleted > 0 || swept.mediaRemoved > 0)
        deps.logger.info(swept, 'deleted what finished requests kept past their retention');
    } catch (error) {
      deps.logger.error({ err: error }, 'retention sweep failed');
    }
    timer = setTimeout(() => void sweep(), RETENTION_SWEEP_INTERVAL_MS);
    // A pending sweep must not keep a hub that is shutting down alive.
    timer.unref();
  };
  void sweep();
  return { stop: () => clearTimeout(timer) };
}
