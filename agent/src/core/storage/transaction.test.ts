import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { describeStorageFailure, SQLITE, sqliteCode, StorageError } from './sqlite-errors.ts';
import { inTransaction } from './transaction.ts';

/** A real database that can hold no more pages than it has: its next growth fails SQLITE_FULL. */
function fullDatabase(file: string): DatabaseSync {
  const db = new DatabaseSync(file);
  db.exec('PRAGMA journal_mode = WAL; CREATE TABLE t (value BLOB)');
  const { page_count: pages } = db.prepare('PRAGMA page_count').get() as { page_count: number };
  db.exec(`PRAGMA max_page_count = ${pages}`);
  return db;
}

const BIG_ROW = Buffer.alloc(64 * 1024);

describe('transactions on a full disk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'handraise-full-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('surface the real cause, not the failed rollback after it', () => {
    const db = fullDatabase(join(dir, 'full.sqlite'));
    let caught: unknown;
    try {
      inTransaction(db, () => db.prepare('INSERT INTO t VALUES (?)').run(BIG_ROW));
    } catch (error) {
      caught = error;
    }
    expect(sqliteCode(caught)).toBe(SQLITE.full);
    expect(describeStorageFailure(caught)).toBe('the disk is full');
    // SQLite had already rolled back; the connection is usable and nothing was written.
    expect(db.isTransaction).toBe(false);
    expect(db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 0 });
    db.close();
  });

  it('commits everything or nothing', () => {
    const db = new DatabaseSync(join(dir, 'atomic.sqlite'));
    db.exec('CREATE TABLE t (value INTEGER UNIQUE)');
    inTransaction(db, () => db.prepare('INSERT INTO t VALUES (1), (2)').run());
    expect(() =>
      inTransaction(db, () => {
        db.prepare('INSERT INTO t VALUES (3)').run();
        db.prepare('INSERT INTO t VALUES (1)').run();
      }),
    ).toThrow(/UNIQUE/);
    expect(db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 2 });
    db.close();
  });

  it('name the file and the cause in a StorageError', () => {
    const db = fullDatabase(join(dir, 'named.sqlite'));
    let caught: unknown;
    try {
      db.prepare('INSERT INTO t VALUES (?)').run(BIG_ROW);
    } catch (error) {
      caught = new StorageError('/data/agent.sqlite', 'save to', error);
    }
    expect(caught).toBeInstanceOf(StorageError);
    expect((caught as Error).message).toBe('cannot save to /data/agent.sqlite: the disk is full');
    expect(((caught as Error).cause as Error).message).toBe('database or disk is full');
    db.close();
  });
});
