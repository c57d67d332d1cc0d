import type { Kysely, Migration } from 'kysely';

/**
 * The installed-programs table indexed by device and name instead of by name alone. Inserting a
 * report's rows into an index on the name alone lands each row at a random place in a tree of
 * millions (10,000 computers × 100–900 programs), and that was most of a district's ingest time;
 * under the device first, a report's rows land side by side. What the name index served (how
 * many computers report each name of a title) now asks by the title's computers and its names.
 */
export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createIndex('software_device_name')
      .on('software')
      .columns(['device_id', 'name'])
      .execute();
    await db.schema.dropIndex('software_device').execute();
    await db.schema.dropIndex('software_name').execute();
  },
};
