import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { HelpCreate, HelpFeedback, HelpReply } from '@handraise/shared';
import { describeRecovery, replaceDamagedOutbox } from './storage/outbox-recovery.ts';
import type { OutboxRecovery } from './storage/outbox-recovery.ts';
import {
  DamagedOutboxError,
  isDamage,
  OUTBOX_COLUMNS,
  prepareOutboxSchema,
  toItem,
  type OutboxRow,
} from './storage/outbox-schema.ts';
import {
  ensurePrivateFile,
  PRIVATE_FILE_MODE,
  securePrivateFolder,
  setMode,
} from './storage/private-files.ts';
import { describeStorageFailure, storageCall } from './storage/sqlite-errors.ts';

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
  /** Who raised it on this computer (uid or SID), when the machine-wide service took it; else null. */
  localAccountId: string | null;
};

export type Outbox = ReturnType<typeof openOutbox>;

export type OpenOutboxOptions = {
  /** Told, in one line, when a damaged outbox was set aside; stderr by default. */
  onRecovered?: (line: string, recovery: OutboxRecovery) => void;
  /** Opens the SQLite file; tests reach the connection through it (a page limit: a full disk). */
  database?: (file: string) => DatabaseSync;
  now?: () => Date;
};

const COLUMNS = OUTBOX_COLUMNS.join(', ');

const logToStderr = (line: string) => process.stderr.write(`handraise-agent: ${line}\n`);

/** Opens the file as a sound outbox, or throws (DamagedOutboxError for a damaged file). */
function openSound(file: string, database: (file: string) => DatabaseSync): DatabaseSync {
  ensurePrivateFile(file);
  const db = database(file);
  try {
    // Before anything that may wait on another process (the switch to WAL does).
    db.exec('PRAGMA busy_timeout = 5000');
    db.exec('PRAGMA journal_mode = WAL');
    // FULL: an item is on disk before `add` returns, even if the power goes a moment later.
    db.exec('PRAGMA synchronous = FULL');
    // Dropped screenshots and forgotten requests are overwritten, not left in free pages.
    db.exec('PRAGMA secure_delete = ON');
    prepareOutboxSchema(db);
  } catch (error) {
    db.close();
    throw error;
  }
  // SQLite gives its -wal and -shm files the database's mode; older ones may predate it.
  for (const suffix of ['-wal', '-shm']) setMode(`${file}${suffix}`, PRIVATE_FILE_MODE);
  return db;
}

/** Opens the outbox; a damaged one is set aside and replaced, with what could be read of it. */
function openOrRecover(file: string, options: OpenOutboxOptions): DatabaseSync {
  const database = options.database ?? ((path: string) => new DatabaseSync(path));
  try {
    return storageCall(file, 'open the outbox', () => {
      securePrivateFolder(dirname(file));
      return openSound(file, database);
    });
  } catch (error) {
    const cause = (error as Error).cause ?? error;
    if (!isDamage(cause)) throw error;
    const reason =
      cause instanceof DamagedOutboxError ? cause.reason : describeStorageFailure(cause);
    const recovery = storageCall(file, 'replace the damaged outbox', () =>
      replaceDamagedOutbox(file, reason, options.now?.()),
    );
    // Null: another agent process replaced it first, and logged it.
    if (recovery) (options.onRecovered ?? logToStderr)(describeRecovery(recovery), recovery);
    return storageCall(file, 'open the new outbox', () => openSound(file, database));
  }
}

/**
 * The agent's durable store: everything a requester sends (requests, replies, "fixed") is written
 * here before any attempt to send it, so a crash, a reboot or a hub that is down loses nothing.
 * Also keeps small agent state (key/value). One SQLite file; several processes (the service, the
 * tray, a `help` command) may share it. Its folder and files are private to the agent's account.
 * Failures come back as StorageError, which says what stood in the way ("the disk is full").
 */
export function openOutbox(file: string, options: OpenOutboxOptions = {}) {
  const db = openOrRecover(file, options);
  const call = <T>(action: string, work: () => T): T => storageCall(file, action, work);

  const insert = db.prepare(
    'INSERT OR IGNORE INTO outbox (idempotency_key, kind, payload_json, screenshot, request_id, created_at, local_account_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const selectPending = db.prepare(
    `SELECT ${COLUMNS} FROM outbox WHERE status = 'pending' ORDER BY created_at, rowid`,
  );
  const selectOne = db.prepare(`SELECT ${COLUMNS} FROM outbox WHERE idempotency_key = ?`);
  const selectAll = db.prepare(`SELECT ${COLUMNS} FROM outbox ORDER BY created_at, rowid`);

  /**
   * secure_delete overwrites what is deleted in the database file, but the write-ahead log still
   * holds the pages as they were until a checkpoint: moving them into the file and emptying the
   * log is what makes a deleted text or picture unreadable on disk.
   */
  const eraseTraces = (): void => {
    call('write to', () => db.exec('PRAGMA wal_checkpoint(TRUNCATE)'));
  };

  return {
    /**
     * Saves an item durably; adding the same key twice keeps the first. `localAccountId`: the
     * verified local account it was raised by (the machine-wide service's callers).
     */
    add(entry: OutboxEntry, localAccountId: string | null = null): void {
      const key = entry.payload.idempotencyKey;
      call('save to', () => {
        if (entry.kind === 'help:create') {
          const { screenshot, ...rest } = entry.payload;
          insert.run(
            key,
            entry.kind,
            JSON.stringify(rest),
            screenshot ?? null,
            null,
            new Date().toISOString(),
            localAccountId,
          );
        } else {
          insert.run(
            key,
            entry.kind,
            JSON.stringify(entry.payload),
            null,
            entry.payload.requestId,
            new Date().toISOString(),
            localAccountId,
          );
        }
      });
    },

    /** Items not yet acknowledged by the hub, oldest first. */
    pending(): OutboxItem[] {
      return call('read', () => (selectPending.all() as OutboxRow[]).map(toItem));
    },

    get(idempotencyKey: string): OutboxItem | null {
      const row = call('read', () => selectOne.get(idempotencyKey) as OutboxRow | undefined);
      return row ? toItem(row) : null;
    },

    all(): OutboxItem[] {
      return call('read', () => (selectAll.all() as OutboxRow[]).map(toItem));
    },

    recordAttempt(idempotencyKey: string, error: string | null): void {
      call('write to', () =>
        db
          .prepare(
            'UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE idempotency_key = ?',
          )
          .run(error, idempotencyKey),
      );
    },

    markDelivered(idempotencyKey: string, requestId: string): void {
      call('write to', () =>
        db
          .prepare(
            "UPDATE outbox SET status = 'delivered', request_id = ?, last_error = NULL, delivered_at = ? WHERE idempotency_key = ?",
          )
          .run(requestId, new Date().toISOString(), idempotencyKey),
      );
    },

    /** The hub refused it for good (e.g. an unsupported image). Kept, never retried, never lost. */
    markRejected(idempotencyKey: string, error: string): void {
      call('write to', () =>
        db
          .prepare(
            "UPDATE outbox SET status = 'rejected', last_error = ? WHERE idempotency_key = ?",
          )
          .run(error, idempotencyKey),
      );
    },

    /**
     * Drops the bytes of a delivered request's screenshot, keeping an empty one (the tray still
     * says the request had a picture). Never touches an item the hub has not acknowledged.
     */
    dropScreenshot(idempotencyKey: string): void {
      const { changes } = call('write to', () =>
        db
          .prepare(
            "UPDATE outbox SET screenshot = zeroblob(0) WHERE idempotency_key = ? AND status = 'delivered' AND length(screenshot) > 0",
          )
          .run(idempotencyKey),
      );
      if (Number(changes) > 0) eraseTraces();
    },

    /** Deletes an item the hub has answered for good (see storage/outbox-retention.ts); never a pending one. */
    forget(idempotencyKey: string): void {
      const { changes } = call('write to', () =>
        db
          .prepare("DELETE FROM outbox WHERE idempotency_key = ? AND status != 'pending'")
          .run(idempotencyKey),
      );
      if (Number(changes) > 0) eraseTraces();
    },

    /** After a privacy deletion elsewhere (the kept copies of the hub's answers): see eraseTraces. */
    eraseTraces,

    getState(key: string): string | null {
      const row = call(
        'read',
        () =>
          db.prepare('SELECT value FROM state WHERE key = ?').get(key) as
            { value: string } | undefined,
      );
      return row?.value ?? null;
    },

    setState(key: string, value: string): void {
      call('write to', () =>
        db
          .prepare(
            'INSERT INTO state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
          )
          .run(key, value),
      );
    },

    close(): void {
      db.close();
    },
  };
}
