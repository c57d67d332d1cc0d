// Test support: how many rows a table of the hub's database holds, for tests that prove nothing
// was stored (or that something was stored once).
import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema.ts';

export async function countRows(db: Kysely<Database>, table: keyof Database): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** How many programs the stored software lists of every computer hold together. */
export async function countStoredPrograms(db: Kysely<Database>): Promise<number> {
  const rows = await db.selectFrom('software_lists').select('items_json').execute();
  return rows.reduce((sum, row) => sum + (JSON.parse(row.items_json) as unknown[]).length, 0);
}
