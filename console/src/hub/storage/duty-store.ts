import type { Kysely } from 'kysely';
import type { Person, User } from '@handraise/shared';
import type { Database } from './schema.ts';
import { toUser, USER_COLUMNS } from './users-store.ts';

export type DutyStore = ReturnType<typeof createDutyStore>;

/** Who said "I'm on duty": one flag per account, kept across restarts. */
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
     * People on duty, by name: the flag is set and `isConnected` says a console of theirs is open
     * (a flag left on by someone who closed the console at home does not count).
     */
    async onDuty(isConnected: (userId: string) => boolean): Promise<Person[]> {
      const rows = await db
        .selectFrom('users')
        .select(['id', 'display_name', 'role'])
        .where('on_duty', '=', 1)
        .orderBy('display_name')
        .execute();
      return rows
        .filter((r) => isConnected(r.id))
        .map((r) => ({ id: r.id, displayName: r.display_name, role: r.role }));
    },
  };
}
