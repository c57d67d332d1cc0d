import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DeviceAccess, HelpCategory, User } from '@handraise/shared';
import type { Clock } from '../clock.ts';
import type { Database } from './schema.ts';

/**
 * A page reloaded or pushed again is one look: the same person, computer, thing and request
 * within this window make one line of the log.
 */
export const SAME_LOOK_MS = 15 * 60 * 1000;

/** Most lines one read returns; a computer looked at every day of a year stays readable. */
const MAX_LINES = 500;

export type AccessLogStore = ReturnType<typeof createAccessLogStore>;

export type Look = {
  deviceId: string;
  what: DeviceAccess['what'];
  requestId: string | null;
};

/** Who looked at which computer's details and pictures, for which request. */
export function createAccessLogStore(db: Kysely<Database>, clock: Clock) {
  return {
    /** Writes the look, unless the same one was written within SAME_LOOK_MS. */
    async record(user: User, look: Look): Promise<void> {
      const now = clock.now();
      const since = new Date(now.getTime() - SAME_LOOK_MS).toISOString();
      let same = db
        .selectFrom('device_access_log')
        .select('id')
        .where('device_id', '=', look.deviceId)
        .where('user_id', '=', user.id)
        .where('what', '=', look.what)
        .where('at', '>', since);
      same =
        look.requestId === null
          ? same.where('request_id', 'is', null)
          : same.where('request_id', '=', look.requestId);
      if (await same.executeTakeFirst()) return;
      await db
        .insertInto('device_access_log')
        .values({
          id: randomUUID(),
          device_id: look.deviceId,
          user_id: user.id,
          user_name: user.displayName,
          user_kind:
            user.role === 'coordinator' ? 'coordinator' : (user.advisor?.kind ?? 'teacher'),
          what: look.what,
          request_id: look.requestId,
          at: now.toISOString(),
        })
        .execute();
    },

    /** A computer's log, newest first. */
    async forDevice(deviceId: string): Promise<DeviceAccess[]> {
      const rows = await db
        .selectFrom('device_access_log')
        .leftJoin('requests', 'requests.id', 'device_access_log.request_id')
        .select([
          'device_access_log.at',
          'device_access_log.user_name',
          'device_access_log.user_kind',
          'device_access_log.what',
          'device_access_log.request_id',
          'requests.category',
        ])
        .where('device_access_log.device_id', '=', deviceId)
        .orderBy('device_access_log.at', 'desc')
        .limit(MAX_LINES)
        .execute();
      return rows.map((row) => ({
        at: row.at,
        who: row.user_name,
        as: row.user_kind,
        what: row.what,
        request:
          row.request_id !== null && row.category !== null
            ? { id: row.request_id, category: row.category as HelpCategory }
            : null,
      }));
    },
  };
}
