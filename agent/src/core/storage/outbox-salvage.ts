// Reads what can still be read out of a damaged outbox, so that nothing a user sent is lost with
// it. Row by row: one damaged page costs the rows on it, not the rest.
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type { OutboxKind } from '../outbox.ts';
import { columnsOf, OUTBOX_COLUMNS, OUTBOX_KINDS, OUTBOX_STATUSES } from './outbox-schema.ts';
import type { OutboxRow } from './outbox-schema.ts';

export type Salvage = {
  /** Rows that read back whole, with a payload that is JSON of a kind the agent knows. */
  rows: OutboxRow[];
  /** Rows (or a whole table) that could not be read; false only when every row was read. */
  incomplete: boolean;
  /** Requests carried without their screenshot, whose pages were damaged. */
  screenshotsLost: number;
};

const NOTHING: Salvage = { rows: [], incomplete: true, screenshotsLost: 0 };

/** Reads the outbox rows of a damaged file. Never writes to it and never throws. */
export function salvageOutbox(file: string): Salvage {
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(file, { readOnly: true });
  } catch {
    return NOTHING;
  }
  try {
    return readRows(db);
  } catch {
    return NOTHING;
  } finally {
    db.close();
  }
}

function readRows(db: DatabaseSync): Salvage {
  const present = new Set(columnsOf(db, 'outbox'));
  // Without these there is nothing to send again.
  if (!present.has('idempotency_key') || !present.has('payload_json')) return NOTHING;
  const columns = OUTBOX_COLUMNS.map((column) =>
    present.has(column) ? column : `NULL AS ${column}`,
  ).join(', ');
  const whole = db.prepare(`SELECT ${columns} FROM outbox WHERE rowid = ?`);
  // The key and the words only: they come before the screenshot in each row, so they read back
  // when the screenshot's pages (and the columns stored after it) are damaged.
  const words = db.prepare('SELECT idempotency_key, payload_json FROM outbox WHERE rowid = ?');

  const rowids: number[] = [];
  let incomplete = false;
  try {
    for (const row of db.prepare('SELECT rowid AS id FROM outbox ORDER BY rowid').iterate())
      rowids.push(Number((row as { id: number | bigint }).id));
  } catch {
    // The table's pages end in damage: keep the rows listed before it.
    incomplete = true;
  }

  const rows: OutboxRow[] = [];
  let screenshotsLost = 0;
  for (const rowid of rowids) {
    const row = readRow(whole, rowid);
    if (row) {
      rows.push(row);
      continue;
    }
    const request = readRequestWords(words, rowid);
    if (request) {
      rows.push(request);
      screenshotsLost += 1;
    } else incomplete = true;
  }
  return { rows, incomplete, screenshotsLost };
}

function readRow(statement: StatementSync, rowid: number): OutboxRow | null {
  let raw: Record<string, unknown> | undefined;
  try {
    raw = statement.get(rowid);
  } catch {
    return null;
  }
  if (!raw) return null;
  const key = raw.idempotency_key;
  const payload = raw.payload_json;
  if (typeof key !== 'string' || typeof payload !== 'string') return null;
  try {
    JSON.parse(payload);
  } catch {
    return null;
  }
  // Outboxes from before replies existed have no kind: they held help requests only.
  const kind = (raw.kind ?? 'help:create') as OutboxKind;
  if (!OUTBOX_KINDS.includes(kind)) return null;
  const status = OUTBOX_STATUSES.includes(raw.status as OutboxRow['status'])
    ? (raw.status as OutboxRow['status'])
    : 'pending';
  return {
    idempotency_key: key,
    kind,
    payload_json: payload,
    screenshot: raw.screenshot instanceof Uint8Array ? raw.screenshot : null,
    status,
    attempts: typeof raw.attempts === 'number' ? raw.attempts : 0,
    last_error: typeof raw.last_error === 'string' ? raw.last_error : null,
    request_id: typeof raw.request_id === 'string' ? raw.request_id : null,
    created_at: typeof raw.created_at === 'string' ? raw.created_at : new Date().toISOString(),
    local_account_id: typeof raw.local_account_id === 'string' ? raw.local_account_id : null,
  };
}

/**
 * A help request read from its key and words alone. Its status went with the damaged pages: it
 * is sent again, and the hub, which knows the key, answers a second delivery like the first.
 */
function readRequestWords(statement: StatementSync, rowid: number): OutboxRow | null {
  let raw: Record<string, unknown> | undefined;
  try {
    raw = statement.get(rowid);
  } catch {
    return null;
  }
  if (typeof raw?.idempotency_key !== 'string' || typeof raw.payload_json !== 'string') return null;
  let payload: unknown;
  try {
    payload = JSON.parse(raw.payload_json);
  } catch {
    return null;
  }
  // Only help requests carry screenshots; a reply or a confirmation has no category.
  if (typeof payload !== 'object' || payload === null || !('category' in payload)) return null;
  const createdAt = (payload as { createdAt?: unknown }).createdAt;
  return {
    idempotency_key: raw.idempotency_key,
    kind: 'help:create',
    payload_json: raw.payload_json,
    screenshot: null,
    status: 'pending',
    attempts: 0,
    last_error: null,
    request_id: null,
    created_at: typeof createdAt === 'string' ? createdAt : new Date().toISOString(),
    // Stored after the screenshot, its owner went with it: delivered still, shown in no one's tray.
    local_account_id: null,
  };
}
