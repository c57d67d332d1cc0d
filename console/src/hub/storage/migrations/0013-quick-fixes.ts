import type { Kysely, Migration } from 'kysely';

/**
 * Quick fixes: short answers per help category, optionally limited to rooms and platforms, with
 * how often a tray showed each and how often it saved a request.
 */
export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('quick_fixes')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('category', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('rooms_json', 'text', (c) => c.notNull())
      .addColumn('platforms_json', 'text', (c) => c.notNull())
      .addColumn('written_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('shown_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('saved_count', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    // Every category a tray picks asks for that category's fixes.
    await db.schema
      .createIndex('quick_fixes_category')
      .on('quick_fixes')
      .column('category')
      .execute();
  },
};
