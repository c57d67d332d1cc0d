import type { Kysely, Migration } from 'kysely';

/** */
export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('software_policies')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('title_key', 'text', (c) => c.notNull())
      .addColumn('title_name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('version', 'text')
      .addColumn('platform', 'text')
      .addColumn('note', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('software_catalog')
      .addColumn('title_key', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('latest_version', 'text', (c) => c.notNull())
      .addColumn('release_date', 'text')
      .addColumn('source', 'text')
      .addColumn('platform', 'text')
      .execute();
    await db.schema
      .createTable('title_overrides')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('from_key', 'text', (c) => c.notNull())
      .addColumn('source', 'text')
      .addColumn('into_key', 'text', (c) => c.notNull())
      .addColumn('into_name', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('software_documents')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('body_json', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
  },
};
