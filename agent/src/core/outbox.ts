import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { HelpCreate, HelpFeedback, HelpReply } from '@handraise/shared';

export type OutboxStatus = 'pending' | 'delivered' | 'rejected';

/** What the outbox carries: everything a requester sends, each under its own event name. */
export type OutboxEntry =
  | { kind: 'help:create'; payload: HelpCreate }
  | { kind: 'help:reply'; payload: HelpReply }
  | { kind: 'help:feedback'; payload: HelpFeedback };
export type OutboxKind = OutboxEntry['kind'];

export type OutboxItem = OutboxEntry & {
  idempotencyKey: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  /** The hub's id of the request this item created or belongs to, once known. */
  requestId: string | null;
  createdAt: string;
};

type Row = {
  idempotency_key: string;
  kind: OutboxKind;
  payload_json: string;
  screenshot: Uint8Array | null;
  status: OutboxStatus;
  attempts: number;
  last_error: string | null;
  request_id: string | null;
  created_at: string;
};

function toItem(row: Row): OutboxItem {
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
  } as OutboxItem;
}

const COLUMNS =
  'idempotency_key, kind, payload_json, screenshot, status, attempts, last_error, request_id, created_at';

function createSchema(db: DatabaseSync): void {
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
  const columns = db.prepare('PRAGMA table_info(outbox)').all() as { name: string }[];
  if (!columns.some((c) => c.name === 'kind')) {
    db.exec("ALTER TABLE outbox ADD COLUMN kind TEXT NOT NULL DEFAULT 'help:create'");
  }
}

export type Outbox = ReturnType<typeof openOutbox>;

/**
 * The agent's durable store: everything a requester sends (requests, replies, "fixed") is written
 * here before any attempt to send it, so a crash, a reboot or a hub that is down loses nothing.
 * Also keeps small agent state (key/value). One SQLite file; several processes (the service, the
 * tray, a `help` command) may share it.
 */
export function openOutbox(file: string) {
  mkdirSync(dirname(file), { recursive: true });
  const db = new DatabaseSync(file);
  db.exec('PRAGMA journal_mode = WAL');
  // FULL: an item is on disk before `add` returns, even if the power goes a moment later.
  db.exec('PRAGMA synchronous = FULL');
  db.exec('PRAGMA busy_timeout = 5000');
  createSchema(db);

  const insert = db.prepare(
    'INSERT OR IGNORE INTO outbox (idempotency_key, kind, payload_json, screenshot, request_id, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const selectPending = db.prepare(
    `SELECT ${COLUMNS} FROM outbox WHERE status = 'pending' ORDER BY created_at, rowid`,
  );
  const selectOne = db.prepare(`SELECT ${COLUMNS} FROM outbox WHERE idempotency_key = ?`);
  const selectAll = db.prepare(`SELECT ${COLUMNS} FROM outbox ORDER BY created_at, rowid`);

  return {
    /** Saves an item durably; adding the same key twice keeps the first. */
    add(entry: OutboxEntry): void {
      const key = entry.payload.idempotencyKey;
      if (entry.kind === 'help:create') {
        const { screenshot, ...rest } = entry.payload;
        insert.run(
          key,
          entry.kind,
          JSON.stringify(rest),
          screenshot ?? null,
          null,
          new Date().toISOString(),
        );
      } else {
        insert.run(
          key,
          entry.kind,
          JSON.stringify(entry.payload),
          null,
          entry.payload.requestId,
          new Date().toISOString(),
        );
      }
    },

    /** Items not yet acknowledged by the hub, oldest first. */
    pending(): OutboxItem[] {
      return (selectPending.all() as Row[]).map(toItem);
    },

    get(idempotencyKey: string): OutboxItem | null {
      const row = selectOne.get(idempotencyKey) as Row | undefined;
      return row ? toItem(row) : null;
    },

    all(): OutboxItem[] {
      return (selectAll.all() as Row[]).map(toItem);
    },

    recordAttempt(idempotencyKey: string, error: string | null): void {
      db.prepare(
        'UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE idempotency_key = ?',
      ).run(error, idempotencyKey);
    },

    markDelivered(idempotencyKey: string, requestId: string): void {
      db.prepare(
        "UPDATE outbox SET status = 'delivered', request_id = ?, last_error = NULL, delivered_at = ? WHERE idempotency_key = ?",
      ).run(requestId, new Date().toISOString(), idempotencyKey);
    },

    /** The hub refused it for good (e.g. an unsupported image). Kept, never retried, never lost. */
    markRejected(idempotencyKey: string, error: string): void {
      db.prepare(
        "UPDATE outbox SET status = 'rejected', last_error = ? WHERE idempotency_key = ?",
      ).run(error, idempotencyKey);
    },

    getState(key: string): string | null {
      const row = db.prepare('SELECT value FROM state WHERE key = ?').get(key) as
        { value: string } | undefined;
      return row?.value ?? null;
    },

    setState(key: string, value: string): void {
      db.prepare(
        'INSERT INTO state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
      ).run(key, value);
    },

    close(): void {
      db.close();
    },
  };
}
