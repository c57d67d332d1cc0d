// Test support: damage a real SQLite file the ways disks and power cuts do (a page overwritten, a
// file cut short, a file that was never a database), at pages found in the file itself.
import { closeSync, openSync, statSync, truncateSync, writeSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';

/** Bytes that are no SQLite page of any kind. */
const NOISE = Buffer.from('not a page of any database. '.repeat(512));

/** The database's page size and the pages holding `table` (or its index), of one page type. */
export function pagesOf(
  file: string,
  name: string,
  pagetype?: 'internal' | 'leaf' | 'overflow',
): { pageSize: number; pages: number[] } {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    const { page_size: pageSize } = db.prepare('PRAGMA page_size').get() as { page_size: number };
    const rows = db
      .prepare(
        `SELECT pageno FROM dbstat WHERE name = ?${pagetype ? ' AND pagetype = ?' : ''} ORDER BY pageno`,
      )
      .all(...(pagetype ? [name, pagetype] : [name])) as { pageno: number }[];
    return { pageSize, pages: rows.map((row) => row.pageno) };
  } finally {
    db.close();
  }
}

/** Overwrites whole pages (numbered from 1, as SQLite does) with noise. */
export function overwritePages(file: string, pageSize: number, pages: readonly number[]): void {
  const fd = openSync(file, 'r+');
  try {
    for (const page of pages) writeSync(fd, NOISE, 0, pageSize, (page - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
}

/** Cuts the file to `fraction` of its length, as a crash during a copy leaves it. */
export function truncateTo(file: string, fraction: number): void {
  truncateSync(file, Math.floor(statSync(file).size * fraction));
}
