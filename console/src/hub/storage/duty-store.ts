import type { Kysely } from 'kysely';
import type { User } from '@handraise/shared';
import type { Database } from './schema.ts';
import { toUser, USER_COLUMNS } from './users-store.ts';

export type DutyStore = ReturnType<typeof createDutyStore>;

/** Who said "I'm on duty" (one flag per account, kept across restarts), and who might be. */
export function createDutyStore(db: Kysely<Database>) {
  return {
    /** Sets one person's flag; their account as it now is, or null when there is no such account. */
    async set(userId: string, onDuty: boolean): Promise<User | null> {
      await db
        .updateTable('users')
        .set({ on_duty: onDuty ? 1 : 0 })
        .where('id', '=', userId)
        .execute();
      const row = await db
        .selectFrom('users')
        .select(USER_COLUMNS)
        .where('id', '=', userId)
        .executeTakeFirst();
      return row ? toUser(row) : null;
    },

    /**
     * Everyone who may be on duty now: active accounts whose flag is set or who keep a timetable.
     * Whether they are (a console open, the time in their timetable) is the roster's call.
     */
    async candidates(): Promise<User[]> {
      const rows = await db
        .selectFrom('users')
        .select(USER_COLUMNS)
        .where('disabled_at', 'is', null)
        .where('deleted_at', 'is', null)
        .where((eb) =>
          eb.or([
            eb('on_duty', '=', 1),
            eb.and([
              eb('advisor_timetable_json', 'is not', null),
              eb('advisor_timetable_json', '!=', '[]'),
            ]),
          ]),
        )
        .orderBy('display_name')
        .execute();
      return rows.map(toUser);
    },

    /** Active advisors, on duty or not: who could be asked at all. */
    async advisors(): Promise<User[]> {
      const rows = await db
        .selectFrom('users')
        .select(USER_COLUMNS)
        .where('role', '=', 'advisor')
        .where('disabled_at', 'is', null)
        .where('deleted_at', 'is', null)
        .execute();
      return rows.map(toUser);
    },
  };
}
