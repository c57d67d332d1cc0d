import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Clock } from './clock.ts';
import type { Database } from './storage/schema.ts';

/** How often old requests are looked for: a few times a day is plenty for a setting in days. */
export const RETENTION_SWEEP_INTERVAL_MS = 6 * 60 * 60 * 1000;

const DAY_MS = 24 * 60 * 60 * 1000;

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
  const cutoff = new Date(clock.now().getTime() - retentionDays * DAY_MS).toISOString();
  const result = await db
    .deleteFrom('requests')
    .where('state', 'in', ['resolved', 'closed'])
    .where('updated_at', '<', cutoff)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Sweeps now and every RETENTION_SWEEP_INTERVAL_MS, reading the retention setting each time. */
export function scheduleRetention(deps: {
  db: Kysely<Database>;
  clock: Clock;
  retentionDays: () => Promise<number>;
  logger: Logger;
}): { stop(): void } {
  let timer: NodeJS.Timeout | undefined;
  const sweep = async () => {
    try {
      const deleted = await sweepExpiredRequests(deps.db, deps.clock, await deps.retentionDays());
      if (deleted > 0)
        deps.logger.info({ deleted }, 'deleted finished requests past their retention');
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
