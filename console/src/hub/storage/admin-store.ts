import type { Kysely } from 'kysely';
import type { EnrollmentTokenSummary, Person, User } from '@handraise/shared';
import type { Database } from './schema.ts';
import { toUser } from './users-store.ts';

export type AdminStore = ReturnType<typeof createAdminStore>;

/** What the coordinator manages in the console: accounts and enrollment tokens (read and revoke). */
export function createAdminStore(db: Kysely<Database>) {
  return {
    /** Every account, coordinators first, then by name. */
    async listUsers(): Promise<User[]> {
      const rows = await db
        .selectFrom('users')
        .select(['id', 'username', 'display_name', 'role', 'created_at', 'on_duty'])
        .orderBy('role', 'desc')
        .orderBy('display_name')
        .execute();
      return rows.map(toUser);
    },

    /** Everyone who can help, as any console may see them. */
    async listPeople(): Promise<Person[]> {
      const rows = await db
        .selectFrom('users')
        .select(['id', 'display_name', 'role'])
        .orderBy('display_name')
        .execute();
      return rows.map((r) => ({ id: r.id, displayName: r.display_name, role: r.role }));
    },

    /** One person by id, or null. */
    async findPerson(userId: string): Promise<Person | null> {
      const row = await db
        .selectFrom('users')
        .select(['id', 'display_name', 'role'])
        .where('id', '=', userId)
        .executeTakeFirst();
      return row ? { id: row.id, displayName: row.display_name, role: row.role } : null;
    },

    /** True when an account already uses this username (usernames are stored lower-case). */
    async usernameTaken(username: string): Promise<boolean> {
      const row = await db
        .selectFrom('users')
        .select('id')
        .where('username', '=', username.toLowerCase())
        .executeTakeFirst();
      return row !== undefined;
    },

    /** Enrollment tokens, newest first; only their hashes are stored, so the tokens are not. */
    async listEnrollmentTokens(): Promise<EnrollmentTokenSummary[]> {
      const rows = await db
        .selectFrom('enrollment_tokens')
        .select(['id', 'label', 'site', 'room', 'created_at', 'expires_at', 'max_uses', 'uses'])
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        label: r.label,
        site: r.site,
        room: r.room,
        createdAt: r.created_at,
        expiresAt: r.expires_at,
        maxUses: r.max_uses,
        uses: r.uses,
      }));
    },

    /**
     * Revokes a token by deleting it: agents that enrolled with it keep their own secrets, and no
     * new computer can use it. False when there was no such token.
     */
    async revokeEnrollmentToken(tokenId: string): Promise<boolean> {
      const result = await db
        .deleteFrom('enrollment_tokens')
        .where('id', '=', tokenId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}
