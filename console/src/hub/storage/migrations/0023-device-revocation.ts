import type { Kysely, Migration } from 'kysely';

/**
 * When the coordinator revoked a computer's trust (a lost laptop, a leaked secret): its agent is
 * refused from then on with `device-revoked`, and it does not enroll itself again.
 */
export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('devices').addColumn('revoked_at', 'text').execute();
  },
};
