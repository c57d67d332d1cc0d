import type { Kysely } from 'kysely';
import type { Account, EnrollmentTokenSummary, Person } from '@handraise/shared';
import { ACCOUNT_COLUMNS, toAccount } from './accounts-store.ts';
import type { Database } from './schema.ts';

export type AdminStore = ReturnType<typeof createAdminStore>;

/** What the coordinator manages in the console: accounts and enrollment tokens (read and revoke). */
export function createAdminStore(db: Kysely<Database>) {
  return {
    /** Every account but deleted ones, coordinators first, then by name. */
    async listUsers(): Promise<Account[]> {
      const rows = await db
        .selectFrom('users')
        .select(ACCOUNT_COLUMNS)
        .where('deleted_at', 'is', null)
        .orderBy('role', 'desc')
        .orderBy('display_name')
        .execute();
      return rows.map(toAccount);
    },

    /**
     * Everyone who can help, as any console may see them; disabled and deleted accounts too,
     * marked, so that requests and timelines keep showing who did what.
     */
    async listPeople(): Promise<Person[]> {
      const rows = await db
        .selectFrom('users')
        .select(['id', 'display_name', 'role', 'disabled_at', 'deleted_at'])
        .orderBy('display_name')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        displayName: r.display_name,
        role: r.role,
        ...(r.disabled_at !== null || r.deleted_at !== null ? { inactive: true as const } : {}),
      }));
    },

    /** One person who can be given work (not disabled, not deleted) by id, or null. */
    async findPerson(userId: string): Promise<Person | null> {
      const row = await db
        .selectFrom('users')
        .select(['id', 'display_name', 'role'])
        .where('id', '=', userId)
        .where('disabled_at', 'is', null)
        .where('deleted_at', 'is', null)
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
