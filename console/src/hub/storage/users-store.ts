import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Role, User } from '@handraise/shared';
import { hashPassword, verifyPassword } from '../auth/passwords.ts';
import { hashSecret, newSecret } from '../auth/tokens.ts';
import type { Clock } from '../clock.ts';
import type { Database, UsersTable } from './schema.ts';

/** Sessions last a school week; the console renews by logging in again. */
export const SESSION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** The columns a User is made of (never the password hash). */
type UserColumns = Pick<
  Selectable<UsersTable>,
  'id' | 'username' | 'display_name' | 'role' | 'created_at' | 'on_duty'
>;

/** A users row as the API shows it. */
export function toUser(row: UserColumns): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    createdAt: row.created_at,
    onDuty: row.on_duty === 1,
  };
}

export type UsersStore = ReturnType<typeof createUsersStore>;

/** People, their passwords and their sessions. */
export function createUsersStore(db: Kysely<Database>, clock: Clock) {
  return {
    async count(): Promise<number> {
      const row = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async create(input: {
      username: string;
      password: string;
      role: Role;
      displayName?: string | undefined;
    }): Promise<User> {
      const row = {
        id: randomUUID(),
        username: input.username.toLowerCase(),
        display_name: input.displayName ?? input.username,
        role: input.role,
        password_hash: await hashPassword(input.password),
        created_at: clock.now().toISOString(),
        on_duty: 0,
      };
      await db.insertInto('users').values(row).execute();
      return toUser(row);
    },

    /** The user for a username and password, or null; the same work is done either way. */
    async verify(username: string, password: string): Promise<User | null> {
      const row = await db
        .selectFrom('users')
        .selectAll()
        .where('username', '=', username.toLowerCase())
        .executeTakeFirst();
      // Hash anyway for unknown users so response time does not reveal which usernames exist.
      const stored = row?.password_hash ?? 'scrypt$32768$8$AAAAAAAAAAAAAAAAAAAAAA$AAAA';
      const matches = await verifyPassword(password, stored);
      return row && matches ? toUser(row) : null;
    },

    async createSession(userId: string): Promise<{ token: string; expiresAt: string }> {
      const token = newSecret();
      const now = clock.now();
      const expiresAt = new Date(now.getTime() + SESSION_TTL_MS).toISOString();
      await db
        .insertInto('sessions')
        .values({
          token_hash: hashSecret(token),
          user_id: userId,
          created_at: now.toISOString(),
          expires_at: expiresAt,
        })
        .execute();
      return { token, expiresAt };
    },

    /** The user a bearer token belongs to, or null if unknown or expired. */
    async userForToken(token: string): Promise<User | null> {
      const row = await db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .selectAll('users')
        .select('sessions.expires_at')
        .where('sessions.token_hash', '=', hashSecret(token))
        .executeTakeFirst();
      if (!row || row.expires_at <= clock.now().toISOString()) return null;
      return toUser(row);
    },

    async deleteSession(token: string): Promise<void> {
      await db.deleteFrom('sessions').where('token_hash', '=', hashSecret(token)).execute();
    },
  };
}
