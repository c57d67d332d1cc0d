import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeSqliteDialect, openSqlite } from './node-sqlite-dialect.ts';

type Schema = { shots: { bytes: Uint8Array } };

describe('the node:sqlite dialect on a full disk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'handraise-dialect-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports the full disk, not the ROLLBACK that fails after SQLite already rolled back', async () => {
    const sqlite = openSqlite(join(dir, 'hub.sqlite'));
    sqlite.exec('CREATE TABLE shots (bytes BLOB)');
    const { page_count: pages } = sqlite.prepare('PRAGMA page_count').get() as {
      page_count: number;
    };
    // The file may not grow: SQLite fails the next page it needs with SQLITE_FULL, as on a full disk.
    sqlite.exec(`PRAGMA max_page_count = ${pages}`);
    const db = new Kysely<Schema>({ dialect: nodeSqliteDialect(sqlite) });

    const failed = db.transaction().execute((trx) =>
      trx
        .insertInto('shots')
        .values({ bytes: new Uint8Array(256 * 1024) })
        .execute(),
    );
    await expect(failed).rejects.toMatchObject({
      message: 'database or disk is full',
      errcode: 13,
    });

    // Nothing half-written, and the connection still works once there is room.
    sqlite.exec('PRAGMA max_page_count = 1073741823');
    await db.transaction().execute((trx) =>
      trx
        .insertInto('shots')
        .values({ bytes: new Uint8Array(16) })
        .execute(),
    );
    const { rows } = await sql<{ n: number }>`select count(*) as n from shots`.execute(db);
    expect(rows).toEqual([{ n: 1 }]);
    await db.destroy();
  });

  it('still rolls back a transaction that is open', async () => {
    const db = new Kysely<Schema>({ dialect: nodeSqliteDialect(openSqlite(':memory:')) });
    await sql`create table shots (bytes blob)`.execute(db);
    await expect(
      db.transaction().execute(async (trx) => {
        await trx
          .insertInto('shots')
          .values({ bytes: new Uint8Array(1) })
          .execute();
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    const { rows } = await sql<{ n: number }>`select count(*) as n from shots`.execute(db);
    expect(rows).toEqual([{ n: 0 }]);
    await db.destroy();
  });
});
