// The outbox's tables, how its rows become items, and how to tell a file the agent can use from
// one it cannot (damaged, not SQLite, or another program's tables).
import type { DatabaseSync } from 'node:sqlite';
import type { HelpCreate } from '@handraise/shared';
import type { OutboxEntry, OutboxItem, OutboxKind, OutboxStatus } from '../outbox.ts';
import { SQLITE, sqliteCode } from './sqlite-errors.ts';

export type OutboxRow = {
  idempotency_key: string;
  kind: OutboxKind;
  payload_json: string;
  screenshot: Uint8Array | null;
  status: OutboxStatus;
  attempts: number;
  last_error: string | null;
  request_id: string | null;
  created_at: string;
  /** The local account that raised it, as the machine-wide service verified it (uid or SID). */
  local_account_id: string | null;
};

/** The columns an item is read from, in the order of OutboxRow. */
export const OUTBOX_COLUMNS = [
  'idempotency_key',
  'kind',
  'payload_json',
  'screenshot',
  'status',
  'attempts',
  'last_error',
  'request_id',
  'created_at',
  'local_account_id',
] as const satisfies readonly (keyof OutboxRow)[];

export const OUTBOX_KINDS: readonly OutboxKind[] = ['help:create', 'help:reply', 'help:feedback'];
export const OUTBOX_STATUSES: readonly OutboxStatus[] = ['pending', 'delivered', 'rejected'];

export function toItem(row: OutboxRow): OutboxItem {
  const payload = JSON.parse(row.payload_json) as OutboxEntry['payload'];
  if (row.kind === 'help:create' && row.screenshot) {
    (payload as HelpCreate).screenshot = Buffer.from(row.screenshot);
  }
  return {
    kind: row.kind,
    payload,
    idempotencyKey: row.idempotency_key,
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    requestId: row.request_id,
    createdAt: row.created_at,
    localAccountId: row.local_account_id ?? null,
  } as OutboxItem;
}

/** The file cannot serve as the outbox; `reason` says why in a few words. */
export class DamagedOutboxError extends Error {
  readonly reason: string;
  constructor(reason: string, options?: ErrorOptions) {
    super(`the outbox is not usable: ${reason}`, options);
    this.name = 'DamagedOutboxError';
    this.reason = reason;
  }
}

/** SQLite's description of the first damaged page is quoted up to this length. */
const MAX_PROBLEM_CHARS = 100;

/** A damaged file, as opposed to a disk, a lock or a permission standing in the way. */
export function isDamage(error: unknown): boolean {
  if (error instanceof DamagedOutboxError) return true;
  const code = sqliteCode(error);
  return code === SQLITE.corrupt || code === SQLITE.notadb;
}

/** Checks every page's structure: a torn or overwritten page fails here, not in a later read. */
function checkIntegrity(db: DatabaseSync): void {
  // One row "ok", or one line per problem after a "*** in database main ***" heading.
  const rows = db.prepare('PRAGMA quick_check(1)').all() as { quick_check: string }[];
  const verdict = rows[0]?.quick_check ?? 'ok';
  if (verdict === 'ok') return;
  const problem = verdict
    .split('\n')
    .filter((line) => !line.startsWith('***'))
    .join(' ')
    .trim();
  throw new DamagedOutboxError(`damaged pages: ${problem.slice(0, MAX_PROBLEM_CHARS)}`);
}

function createTables(db: DatabaseSync): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS outbox (
      idempotency_key TEXT PRIMARY KEY,
      payload_json TEXT NOT NULL,
      screenshot BLOB,
      status TEXT NOT NULL DEFAULT 'pending',
      attempts INTEGER NOT NULL DEFAULT 0,
      last_error TEXT,
      request_id TEXT,
      created_at TEXT NOT NULL,
      delivered_at TEXT
    );
    CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  `);
  // Outboxes written before replies existed held help requests only.
  if (!columnsOf(db, 'outbox').includes('kind')) {
    db.exec("ALTER TABLE outbox ADD COLUMN kind TEXT NOT NULL DEFAULT 'help:create'");
  }
  // Outboxes written before the machine-wide service kept no owner: their requests are anyone's.
  if (!columnsOf(db, 'outbox').includes('local_account_id')) {
    db.exec('ALTER TABLE outbox ADD COLUMN local_account_id TEXT');
  }
}

export function columnsOf(db: DatabaseSync, table: string): string[] {
  return (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
}

/**
 * Makes sure the file is a sound outbox, creating or upgrading its tables. Throws
 * DamagedOutboxError when it cannot be (damaged pages, tables of another shape that cannot be
 * upgraded); other failures (a full disk, a lock) are thrown as they are.
 */
export function prepareOutboxSchema(db: DatabaseSync): void {
  checkIntegrity(db);
  try {
    createTables(db);
  } catch (error) {
    // An SQL error here comes from tables already there that are not the outbox's.
    if (sqliteCode(error) === SQLITE.error)
      throw new DamagedOutboxError(`unexpected tables (${(error as Error).message})`, {
        cause: error,
      });
    throw error;
  }
  const outbox = columnsOf(db, 'outbox');
  const missing = [...OUTBOX_COLUMNS, 'delivered_at'].filter((c) => !outbox.includes(c));
  const state = columnsOf(db, 'state');
  if (!state.includes('key') || !state.includes('value')) missing.push('state.key/value');
  if (missing.length > 0)
    throw new DamagedOutboxError(`tables of another shape (missing ${missing.join(', ')})`);
}
