import type { Kysely, Migration } from 'kysely';

/** Computers whose programs move per query: a Debian computer has about 900. */
const DEVICES_PER_BATCH = 100;

type Row = {
  device_id: string;
  name: string;
  version: string;
  publisher: string | null;
  arch: string | null;
  source: string;
  install_date: string | null;
};

// The tables as this migration finds and leaves them; later schema changes do not apply here.
type Before = {
  devices: { id: string };
  software: Row & { id: number };
  software_lists: { device_id: string; items_json: string };
};

/**
 * A computer's installed programs as one row holding the list the agent sent, instead of one row
 * per program. Nothing queries inside a list: the hub reads a computer's whole list (its page,
 * its verdicts) or none, and the verdict engine counts the names of each title itself. A district
 * reporting 3.6 million programs spent most of its ingest writing and indexing them one by one.
 */
export const migration: Migration = {
  async up(untyped: Kysely<unknown>) {
    const db = untyped as unknown as Kysely<Before>;
    await db.schema
      .createTable('software_lists')
      .addColumn('device_id', 'text', (c) =>
        c.primaryKey().references('devices.id').onDelete('cascade'),
      )
      .addColumn('items_json', 'text', (c) => c.notNull())
      .execute();

    let after = '';
    for (;;) {
      const ids = (
        await db
          .selectFrom('devices')
          .select('id')
          .where('id', '>', after)
          .orderBy('id')
          .limit(DEVICES_PER_BATCH)
          .execute()
      ).map((d) => d.id);
      if (ids.length === 0) break;
      after = ids[ids.length - 1]!;
      const rows = await db
        .selectFrom('software')
        .select(['device_id', 'name', 'version', 'publisher', 'arch', 'source', 'install_date'])
        .where('device_id', 'in', ids)
        .orderBy('device_id')
        .orderBy('name')
        .orderBy('id')
        .execute();
      const lists = new Map<string, object[]>();
      for (const r of rows) {
        const list = lists.get(r.device_id) ?? [];
        list.push({
          name: r.name,
          version: r.version,
          source: r.source,
          ...(r.publisher !== null ? { publisher: r.publisher } : {}),
          ...(r.arch !== null ? { arch: r.arch } : {}),
          ...(r.install_date !== null ? { installDate: r.install_date } : {}),
        });
        lists.set(r.device_id, list);
      }
      if (lists.size > 0)
        await db
          .insertInto('software_lists')
          .values(
            [...lists].map(([id, items]) => ({ device_id: id, items_json: JSON.stringify(items) })),
          )
          .execute();
    }
    await db.schema.dropTable('software').execute();
  },
};
