import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Advisors are students or teachers with the sites and rooms they cover and their skills. The
 * advisors there were become teachers covering the whole school: what they could reach before,
 * short of the coordinator's own pages.
 */
export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('users').addColumn('advisor_kind', 'text').execute();
    await db.schema.alterTable('users').addColumn('advisor_scope_json', 'text').execute();
    await db.schema.alterTable('users').addColumn('advisor_skills_json', 'text').execute();
    await sql`update users set advisor_kind = 'teacher',
      advisor_scope_json = '{"sites":[],"rooms":[]}', advisor_skills_json = '[]'
      where role = 'advisor'`.execute(db);
  },
};
