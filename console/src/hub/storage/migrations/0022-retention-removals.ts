import type { Kysely, Migration } from 'kysely';

/**
 * When retention took a finished request's screenshot and device snapshot away. The request's
 * `screenshot_type` and size stay, so it can say a picture came and was deleted on that date
 * instead of looking as if none was ever sent.
 */
export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('requests').addColumn('media_removed_at', 'text').execute();
  },
};
