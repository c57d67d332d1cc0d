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
