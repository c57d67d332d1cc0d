import type { DatabaseSync } from 'node:sqlite';

/**
 * Runs `work` in one transaction: all of it lands, or none. When a statement fails, SQLite may
 * already have rolled the transaction back by itself (a full disk, an I/O error); a ROLLBACK then
 * fails with "no transaction is active", which must never replace the error that caused it.
 */
export function inTransaction<T>(db: DatabaseSync, work: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.isTransaction) {
      try {
        db.exec('ROLLBACK');
      } catch {
        // The failure that matters is `error`; the connection closes with the process anyway.
      }
    }
    throw error;
  }
}
