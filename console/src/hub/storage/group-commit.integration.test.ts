// Writes sharing one commit: each is undone alone when it fails, and none is reported done before
// its commit is durable. Runs on SQLite here and on PostgreSQL under the postgres project.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing/postgres-test-databases.ts';
import { openHubDatabase, type HubDatabase } from './database.ts';
import { createGroupCommit, MAX_WRITES_PER_COMMIT } from './group-commit.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Two connections to one database: the hub's, and a reader that sees only what is committed. */
async function twoConnections(): Promise<[HubDatabase, HubDatabase]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'handraise-group-commit-'));
  cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
  const postgres = await createTestDatabase();
  if (postgres) cleanups.push(() => postgres.drop());
  const config = { dataDir, ...(postgres ? { databaseUrl: postgres.url } : {}) };
  const writer = await openHubDatabase(config);
  cleanups.push(() => writer.close());
  const reader = await openHubDatabase(config);
  cleanups.push(() => reader.close());
  return [writer, reader];
}

const settingNames = async (database: HubDatabase) =>
  (await database.db.selectFrom('settings').select('key').orderBy('key').execute())
    .map((row) => row.key)
    .filter((key) => key.startsWith('group-'));

describe('group commit', () => {
  it('undoes a failed write alone; the others of its commit are stored', async () => {
    const [writer, reader] = await twoConnections();
    const writes = createGroupCommit(writer.db);
    const put = (key: string) =>
      writes.run((trx) =>
        trx.insertInto('settings').values({ key, value_json: '1', updated_at: 'now' }).execute(),
      );
    // Sent in one turn of the event loop: they share a commit.
    const outcomes = await Promise.allSettled([
      put('group-a'),
      writes.run(async (trx) => {
        await trx
          .insertInto('settings')
          .values({ key: 'group-b', value_json: '1', updated_at: 'now' })
          .execute();
        // A statement that fails in the database, after this write's first one succeeded.
        await sql`select * from no_such_table`.execute(trx);
      }),
      put('group-c'),
      put('group-a'), // a duplicate key: refused by the database, undone alone
    ]);
    expect(outcomes.map((o) => o.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'rejected',
    ]);
    expect(await settingNames(reader)).toEqual(['group-a', 'group-c']);
  });

  it('settles a write only once it is committed, also when more arrive than one commit takes', async () => {
    const [writer, reader] = await twoConnections();
    const writes = createGroupCommit(writer.db);
    const count = MAX_WRITES_PER_COMMIT * 2 + 5;
    const seenWhenSettled = await Promise.all(
      Array.from({ length: count }, (_, i) => {
        const key = `group-${String(i).padStart(4, '0')}`;
        return (
          writes
            .run((trx) =>
              trx
                .insertInto('settings')
                .values({ key, value_json: '1', updated_at: 'now' })
                .execute(),
            )
            // What another connection sees the moment this write is reported done.
            .then(async () => (await settingNames(reader)).includes(key))
        );
      }),
    );
    expect(seenWhenSettled.every(Boolean)).toBe(true);
    expect(await settingNames(reader)).toHaveLength(count);
  });
});
