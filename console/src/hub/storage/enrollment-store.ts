import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { EnrollmentTokenCreate } from '@handraise/shared';
import { hashSecret, newSecret } from '../auth/tokens.ts';
import type { Clock } from '../clock.ts';
import type { Database } from './schema.ts';

export type EnrollmentGrant = { site: string | null; room: string | null };
export type EnrollmentStore = ReturnType<typeof createEnrollmentStore>;

/** Enrollment tokens: created by the coordinator, presented once by each new agent. */
export function createEnrollmentStore(db: Kysely<Database>, clock: Clock) {
  return {
    /** Stores a token; `token` may be given (scripted deployments) or is minted here. */
    async create(
      input: EnrollmentTokenCreate & { token?: string | undefined },
    ): Promise<{ id: string; token: string }> {
      const token = input.token ?? newSecret();
      const id = randomUUID();
      await db
        .insertInto('enrollment_tokens')
        .values({
          id,
          token_hash: hashSecret(token),
          label: input.label ?? null,
          site: input.site ?? null,
          room: input.room ?? null,
          created_at: clock.now().toISOString(),
          expires_at: input.expiresAt ?? null,
          max_uses: input.maxUses ?? null,
          uses: 0,
        })
        .onConflict((oc) => oc.column('token_hash').doNothing())
        .execute();
      return { id, token };
    },

    /** True while a token with this value exists (not revoked; it may have expired). */
    async exists(token: string): Promise<boolean> {
      const row = await db
        .selectFrom('enrollment_tokens')
        .select('id')
        .where('token_hash', '=', hashSecret(token))
        .executeTakeFirst();
      return row !== undefined;
    },

    /** Counts one use of a valid token and returns where its devices belong; null if invalid. */
    async consume(token: string): Promise<EnrollmentGrant | null> {
      return db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom('enrollment_tokens')
          .selectAll()
          .where('token_hash', '=', hashSecret(token))
          .executeTakeFirst();
        if (!row) return null;
        if (row.expires_at !== null && row.expires_at <= clock.now().toISOString()) return null;
        if (row.max_uses !== null && row.uses >= row.max_uses) return null;
        await trx
          .updateTable('enrollment_tokens')
          .set({ uses: row.uses + 1 })
          .where('id', '=', row.id)
          .execute();
        return { site: row.site, room: row.room };
      });
    },
  };
}
