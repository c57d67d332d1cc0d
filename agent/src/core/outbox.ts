import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { HelpCreate } from '@handraise/shared';

export type OutboxStatus = 'pending' | 'delivered' | 'rejected';

export type OutboxItem = {
  idempotencyKey: string;
  request: HelpCreate;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  requestId: string | null;
};

type Row = {
  idempotency_key: string;
  payload_json: string;
  screenshot: Uint8Array | null;
  status: OutboxStatus;
  attempts: number;
  last_error: string | null;
  request_id: string | null;
};

function toItem(row: Row): OutboxItem {
  const request = JSON.parse(row.payload_json) as HelpCreate;
  if (row.screenshot) request.screenshot = Buffer.from(row.screenshot);
  return {
    idempotencyKey: row.idempotency_key,
    request,
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    requestId: row.request_id,
  };
}

export type Outbox = ReturnType<typeof openOutbox>;

/**
 * The agent's durable store: help requests are written here before any attempt to send them, so a
 * crash, a reboot or a hub that is down loses nothing. Also keeps small agent state (key/value).
 * One SQLite file; several processes (the service and a `help` command) may share it.
 */
export function openOutbox(file: string) {
  mkdirSync(dirname(file), { recursive: true });
  const db = new DatabaseSync(file);
  db.exec('PRAGMA journal_mode = WAL');
  // FULL: a request is on disk before `add` returns, even if the power goes a moment later.
  db.exec('PRAGMA synchronous = FULL');
  db.exec('PRAGMA busy_timeout = 5000');
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

  const columns =
    'idempotency_key, payload_json, screenshot, status, attempts, last_error, request_id';
  const insert = db.prepare(
    'INSERT OR IGNORE INTO outbox (idempotency_key, payload_json, screenshot, created_at) VALUES (?, ?, ?, ?)',
  );
  const selectPending = db.prepare(
    `SELECT ${columns} FROM outbox WHERE status = 'pending' ORDER BY created_at, rowid`,
  );
  const selectOne = db.prepare(`SELECT ${columns} FROM outbox WHERE idempotency_key = ?`);
  const selectAll = db.prepare(`SELECT ${columns} FROM outbox ORDER BY created_at, rowid`);

  return {
    /** Saves a request durably; adding the same key twice keeps the first. */
    add(request: HelpCreate): void {
      const { screenshot, ...rest } = request;
      insert.run(
        request.idempotencyKey,
        JSON.stringify(rest),
        screenshot ?? null,
        new Date().toISOString(),
      );
    },

    /** Requests not yet acknowledged by the hub, oldest first. */
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
