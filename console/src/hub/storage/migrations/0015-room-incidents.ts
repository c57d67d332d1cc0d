import type { Kysely, Migration } from 'kysely';

/**
 * Room incidents: requests from one room about one thing share an incident id. No table of their
 * own: an incident's room, category, age and members all follow from its requests.
 */
export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('requests').addColumn('incident_id', 'text').execute();
    await db.schema
      .createIndex('requests_incident_id')
      .on('requests')
      .column('incident_id')
      .execute();
  },
};
