import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Advisors keep a weekly timetable of the periods they are free to help, and requests get a
 * number people can say aloud: existing ones are numbered in the order they arrived.
 */
export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('users').addColumn('advisor_timetable_json', 'text').execute();
    await sql`UPDATE users SET advisor_timetable_json = '[]' WHERE role = 'advisor'`.execute(db);
    await db.schema
      .alterTable('requests')
      .addColumn('number', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await sql`
      UPDATE requests SET number = (
        SELECT COUNT(*) FROM requests AS earlier
        WHERE earlier.created_at < requests.created_at
           OR (earlier.created_at = requests.created_at AND earlier.id <= requests.id)
      )`.execute(db);
    await db.schema
      .createIndex('requests_number')
      .on('requests')
      .column('number')
      .unique()
      .execute();
  },
};
