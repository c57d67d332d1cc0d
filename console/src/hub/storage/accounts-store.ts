import type { Kysely, Transaction } from 'kysely';
import {
  coversWholeSchool,
  WHOLE_SCHOOL,
  type Account,
  type AdvisorProfile,
  type User,
  type UserUpdate,
} from '@handraise/shared';
import { hashPassword } from '../auth/passwords.ts';
import type { Clock } from '../clock.ts';
import type { Actor } from './request-timeline.ts';
import type { Database } from './schema.ts';
import { advisorColumns, toUser, USER_COLUMNS } from './users-store.ts';
import { NOTHING_RELEASED, releaseWorkIn, type ReleasedWork } from './work-release.ts';

/**
 * Which of an update's effects end the person's sessions, and what disabling handed back
 * (requests and tasks it held), for the caller to publish.
 */
export type AccountChange = {
  account: Account;
  roleChanged: boolean;
  disabledNow: boolean;
  released: ReleasedWork;
};

/** Who makes a change: named on the timelines of requests it sends back to the queue. */
export type ChangedBy = { id: string; displayName: string };

/** Refused because it would leave the hub without an active coordinator. */
export type LastCoordinator = 'last-coordinator';

/** Thrown inside a transaction to undo it; never leaves this module. */
class NoCoordinatorLeft extends Error {}

export const ACCOUNT_COLUMNS = [...USER_COLUMNS, 'users.disabled_at'] as const;

/** A users row as the coordinator's account list shows it. */
export function toAccount(
  row: Parameters<typeof toUser>[0] & { disabled_at: string | null },
): Account {
  return { ...toUser(row), disabled: row.disabled_at !== null };
}

/**
 * The advisor's profile an account has after a change: none for a coordinator; for an advisor,
 * the kind, scope and skills the change names, else those it had. 'invalid' when the account
 * would be an advisor without a kind, or a student covering the whole school.
 */
export function advisorAfter(before: User, change: UserUpdate): AdvisorProfile | null | 'invalid' {
  if ((change.role ?? before.role) === 'coordinator') return null;
  const kind = change.advisorKind ?? before.advisor?.kind;
  if (kind === undefined) return 'invalid';
  const scope = change.scope ?? before.advisor?.scope ?? WHOLE_SCHOOL;
  if (kind === 'student' && coversWholeSchool(scope)) return 'invalid';
  return {
    kind,
    scope,
    skills: change.skills ?? before.advisor?.skills ?? [],
    timetable: change.timetable ?? before.advisor?.timetable ?? [],
  };
}

/** A deleted account's username: outside what usernames may be, so it frees the name for reuse. */
const deletedUsername = (userId: string) => `#deleted:${userId}`;

export type AccountsStore = ReturnType<typeof createAccountsStore>;

/**
 * Changes to existing accounts: rename, role, disable, password, delete. Each change that takes
 * access away deletes the person's sessions in the same transaction; the caller tells open
 * sockets (see session-revocation). Disabling or deleting also sends the person's open requests
 * back to the queue and clears them from open tasks, in that same transaction, so no request
 * waits on someone who cannot come. `eventClock` stamps those requests' timeline lines.
 */
export function createAccountsStore(db: Kysely<Database>, clock: Clock, eventClock: Clock) {
  const actorOf = (by: ChangedBy): Actor => ({ type: 'user', id: by.id, name: by.displayName });

  const findIn = async (trx: Kysely<Database>, userId: string) =>
    trx
      .selectFrom('users')
      .select(ACCOUNT_COLUMNS)
      .where('id', '=', userId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();

  const endSessionsIn = (trx: Transaction<Database>, userId: string, keepTokenHash?: string) => {
    let query = trx.deleteFrom('sessions').where('user_id', '=', userId);
    if (keepTokenHash) query = query.where('token_hash', '!=', keepTokenHash);
    return query.execute();
  };

  /**
   * Runs a change in one transaction, undone if no active coordinator would be left. SQLite runs
   * one transaction at a time, so two coordinators demoting each other cannot both pass the check.
   */
  async function keepingACoordinator<T>(
    change: (trx: Transaction<Database>) => Promise<T>,
  ): Promise<T | LastCoordinator> {
    try {
      return await db.transaction().execute(async (trx) => {
        const result = await change(trx);
        const left = await trx
          .selectFrom('users')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('role', '=', 'coordinator')
          .where('disabled_at', 'is', null)
          .where('deleted_at', 'is', null)
          .executeTakeFirstOrThrow();
        if (Number(left.n) === 0) throw new NoCoordinatorLeft();
        return result;
      });
    } catch (error) {
      if (error instanceof NoCoordinatorLeft) return 'last-coordinator';
      throw error;
    }
  }

  return {
    /** An account that has not been deleted, or null. */
    async find(userId: string): Promise<Account | null> {
      const row = await findIn(db, userId);
      return row ? toAccount(row) : null;
    },

    /** Renames, changes the role, disables or re-enables; null when there is no such account. */
    async update(
      userId: string,
      change: UserUpdate,
      by: ChangedBy,
    ): Promise<AccountChange | null | LastCoordinator | 'invalid-advisor'> {
      return keepingACoordinator(async (trx) => {
        const before = await findIn(trx, userId);
        if (!before) return null;
        const advisor = advisorAfter(toUser(before), change);
        if (advisor === 'invalid') return 'invalid-advisor' as const;
        const profile = advisorColumns(advisor);
        // A new kind or scope changes what the person may see: like a new role, it ends their
        // sessions, so that no open console keeps the old reach.
        const roleChanged =
          (change.role !== undefined && change.role !== before.role) ||
          profile.advisor_kind !== before.advisor_kind ||
          profile.advisor_scope_json !== before.advisor_scope_json;
        const disabledNow = change.disabled === true && before.disabled_at === null;
        const set = {
          ...(change.displayName !== undefined ? { display_name: change.displayName } : {}),
          ...(change.role !== undefined ? { role: change.role } : {}),
          ...(JSON.stringify(advisor) !== JSON.stringify(toUser(before).advisor) ? profile : {}),
          ...(change.disabled === false ? { disabled_at: null } : {}),
          // A disabled helper is off duty: nobody should wait for them.
          ...(disabledNow ? { disabled_at: clock.now().toISOString(), on_duty: 0 } : {}),
        };
        // Disabling an account that already is changes nothing (and an empty SET is no SQL).
        if (Object.keys(set).length > 0)
          await trx.updateTable('users').set(set).where('id', '=', userId).execute();
        if (roleChanged || disabledNow) await endSessionsIn(trx, userId);
        const released = disabledNow
          ? await releaseWorkIn(trx, {
              userId,
              helperName: before.display_name,
              reason: 'disabled',
              actor: actorOf(by),
              eventClock,
            })
          : NOTHING_RELEASED;
        const after = await findIn(trx, userId);
        return { account: toAccount(after!), roleChanged, disabledNow, released };
      });
    },

    /**
     * Sets a new password and ends every session of the person but `keepTokenHash` (the one that
     * changed its own password). False when there is no such account.
     */
    async setPassword(userId: string, password: string, keepTokenHash?: string): Promise<boolean> {
      // Hashed before the transaction: scrypt takes ~100 ms that the database need not wait for.
      const passwordHash = await hashPassword(password);
      return db.transaction().execute(async (trx) => {
        const updated = await trx
          .updateTable('users')
          .set({ password_hash: passwordHash })
          .where('id', '=', userId)
          .where('deleted_at', 'is', null)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) === 0) return false;
        await endSessionsIn(trx, userId, keepTokenHash);
        return true;
      });
    },

    /**
     * Deletes an account: no username, password or sessions remain, but the row keeps the name
     * for the requests, timelines and tasks that refer to it. Null when there is none.
     */
    async remove(userId: string, by: ChangedBy): Promise<ReleasedWork | null | LastCoordinator> {
      return keepingACoordinator(async (trx) => {
        const before = await findIn(trx, userId);
        if (!before) return null;
        const updated = await trx
          .updateTable('users')
          .set({
            username: deletedUsername(userId),
            password_hash: '',
            on_duty: 0,
            deleted_at: clock.now().toISOString(),
          })
          .where('id', '=', userId)
          .where('deleted_at', 'is', null)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) === 0) return null;
        await endSessionsIn(trx, userId);
        return releaseWorkIn(trx, {
          userId,
          helperName: before.display_name,
          reason: 'deleted',
          actor: actorOf(by),
          eventClock,
        });
      });
    },
  };
}
