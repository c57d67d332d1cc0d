import type { Kysely, Migration } from 'kysely';

/**
 * A pending update's id as its package manager knows it (winget Id, softwareupdate label, brew
 * token, snap or flatpak id): the outdated engine matches the update to its installed title by it
 * before the name, and the console shows it. Null for earlier agents, which send none.
 */
export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    // `id` is already the table's row key, hence `package_id`.
    await db.schema.alterTable('pending_updates').addColumn('package_id', 'text').execute();
  },
};
