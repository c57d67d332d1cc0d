import type { Kysely, Migration } from 'kysely';
import type { Hardware } from '@handraise/shared';
import { identifiersOf } from '../device-identifiers.ts';

/** Rows read and rewritten at a time while filling the new column. */
const BACKFILL_BATCH_ROWS = 500;

type Row = { id: string; hardware_json: string };

/**
 * Retired computers and the list's search identifiers. `retired_at`: set when the coordinator
 * retires a computer; it leaves lists and counts, its agent is turned away, its requests stay.
 * `identifiers_json`: serial, model, addresses, worked out once per hardware report instead of
 * parsing every computer's hardware JSON on each list call. Filled here from what is stored.
 */
export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('devices').addColumn('retired_at', 'text').execute();
    await db.schema.alterTable('devices').addColumn('identifiers_json', 'text').execute();
    const typed = db as unknown as Kysely<{
      devices: Row & { identifiers_json: string | null };
    }>;
    let after = '';
    for (;;) {
      const rows = await typed
        .selectFrom('devices')
        .select(['id', 'hardware_json'])
        .where('id', '>', after)
        .where('hardware_json', 'is not', null)
        .orderBy('id')
        .limit(BACKFILL_BATCH_ROWS)
        .execute();
      if (rows.length === 0) return;
      for (const row of rows) {
        const identifiers = identifiersOf(JSON.parse(row.hardware_json) as Hardware);
        await typed
          .updateTable('devices')
          .set({ identifiers_json: JSON.stringify(identifiers) })
          .where('id', '=', row.id)
          .execute();
      }
      after = rows[rows.length - 1]!.id;
    }
  },
};
