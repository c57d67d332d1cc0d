// A damaged outbox must never stop anyone raising a hand. The file is kept, renamed beside its
// replacement, and whatever could be read out of it is carried into a new outbox, which is built
// whole under a temporary name first: if that fails (a full disk), the damaged file is left where
// it was and the next start tries again, so nothing read out of it is dropped on the way.
import { existsSync, renameSync, rmSync, statSync, type Stats } from 'node:fs';
import { basename } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { CollectorNote } from '@handraise/shared';
import { OUTBOX_COLUMNS, prepareOutboxSchema } from './outbox-schema.ts';
import { salvageOutbox, type Salvage } from './outbox-salvage.ts';
import { ensurePrivateFile } from './private-files.ts';
import { inTransaction } from './transaction.ts';

/** What happened to a damaged outbox, kept in the new one's state until it has been reported. */
export type OutboxRecovery = {
  at: string;
  /** Why the file could not be used, in a few words. */
  reason: string;
  /** File name of the damaged outbox, set aside in the same folder. */
  setAside: string;
  /** Requests, replies and confirmations carried into the new outbox. */
  carried: number;
  /** Some rows, or all of them, could not be read. */
  incomplete: boolean;
  screenshotsLost: number;
};

/** State key of the last recovery in the new outbox. */
export const RECOVERY_STATE_KEY = 'outbox-recovered';

/** SQLite's companion files, which belong to the database whose name they extend. */
const COMPANIONS = ['-wal', '-shm', '-journal'] as const;

/** `agent.sqlite.damaged-2026-03-01T08-15-00-000Z` (no colons: Windows forbids them in names). */
function setAsideName(file: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  let candidate = `${file}.damaged-${stamp}`;
  for (let n = 2; existsSync(candidate); n++) candidate = `${file}.damaged-${stamp}-${n}`;
  return candidate;
}

/** Builds the replacement outbox at `path`: the tables, the carried rows and the recovery note. */
function buildReplacement(path: string, salvage: Salvage, recovery: OutboxRecovery): void {
  ensurePrivateFile(path);
  const db = new DatabaseSync(path);
  try {
    prepareOutboxSchema(db);
    const insert = db.prepare(
      `INSERT OR IGNORE INTO outbox (${OUTBOX_COLUMNS.join(', ')}) VALUES (${OUTBOX_COLUMNS.map(() => '?').join(', ')})`,
    );
    inTransaction(db, () => {
      for (const row of salvage.rows) insert.run(...OUTBOX_COLUMNS.map((column) => row[column]));
      db.prepare('INSERT INTO state (key, value) VALUES (?, ?)').run(
        RECOVERY_STATE_KEY,
        JSON.stringify(recovery),
      );
    });
  } finally {
    db.close();
  }
}

/** The same file, unchanged: another agent process has not replaced it meanwhile. */
function unchanged(before: Stats, file: string): boolean {
  let after: Stats;
  try {
    after = statSync(file);
  } catch {
    return false;
  }
  return (
    after.dev === before.dev &&
    after.ino === before.ino &&
    after.size === before.size &&
    after.mtimeMs === before.mtimeMs
  );
}

/**
 * Replaces the damaged outbox `file` with a new one holding what could be read out of it, and
 * keeps the damaged one (and its companion files) beside it. Returns what was done, or null if
 * another agent process (the tray, the service) replaced the file first.
 */
export function replaceDamagedOutbox(
  file: string,
  reason: string,
  now = new Date(),
): OutboxRecovery | null {
  const damaged = statSync(file);
  const setAside = setAsideName(file, now);
  const salvage = salvageOutbox(file);
  const recovery: OutboxRecovery = {
    at: now.toISOString(),
    reason,
    setAside: basename(setAside),
    carried: salvage.rows.length,
    incomplete: salvage.incomplete,
    screenshotsLost: salvage.screenshotsLost,
  };
  const replacement = `${file}.${process.pid}.new`;
  // Left over from an attempt that was cut short.
  rmSync(replacement, { force: true });
  try {
    buildReplacement(replacement, salvage, recovery);
  } catch (error) {
    rmSync(replacement, { force: true });
    rmSync(`${replacement}-journal`, { force: true });
    throw error;
  }
  if (!unchanged(damaged, file)) {
    rmSync(replacement, { force: true });
    return null;
  }
  renameSync(file, setAside);
  for (const suffix of COMPANIONS) {
    // Moved before the replacement takes the name, or SQLite would apply them to it.
    if (existsSync(`${file}${suffix}`)) renameSync(`${file}${suffix}`, `${setAside}${suffix}`);
  }
  renameSync(replacement, file);
  return recovery;
}

/** The one line the agent logs when it set a damaged outbox aside. */
export function describeRecovery(recovery: OutboxRecovery): string {
  return `${recoveryText(recovery)}; the agent goes on with a new outbox`;
}

/**
 * The same news for the person at the computer, in one sentence: what SQLite said about the damage
 * (pages, trees, error codes) stays in the log and in the note to the hub, where IT staff read it.
 */
export function recoverySentence(recovery: OutboxRecovery): string {
  const { carried, incomplete, screenshotsLost } = recovery;
  const items = carried === 1 ? 'saved request or reply was' : 'saved requests and replies were';
  const kept =
    carried === 0
      ? incomplete
        ? 'nothing in it could be read, so requests waiting in it are lost'
        : 'it held nothing waiting to be sent'
      : `${carried} ${items} kept${incomplete ? ', some others could not be read' : ''}${
          screenshotsLost > 0
            ? ` (${screenshotsLost} without ${screenshotsLost === 1 ? 'its picture' : 'their pictures'})`
            : ''
        }`;
  return `The file where this computer keeps help requests was damaged and has been replaced: ${kept}.`;
}

function recoveryText(recovery: OutboxRecovery): string {
  const what =
    recovery.carried === 0
      ? recovery.incomplete
        ? 'nothing could be read out of it: any request waiting in it is lost'
        : 'it held no requests'
      : `${recovery.carried} saved ${recovery.carried === 1 ? 'item' : 'items'} (requests, replies) carried over${
          recovery.incomplete ? ', others could not be read and are lost' : ''
        }${
          recovery.screenshotsLost > 0
            ? `, ${recovery.screenshotsLost} without ${recovery.screenshotsLost === 1 ? 'its screenshot' : 'their screenshots'}`
            : ''
        }`;
  return `the outbox was not usable (${recovery.reason}) and was set aside as ${recovery.setAside}; ${what}`;
}

/** How long the inventory keeps reporting a recovery, so the coordinator has time to see it. */
export const RECOVERY_NOTE_MS = 7 * 24 * 3_600_000;

/** Note texts stay under the contract's 512-character short-string bound. */
const MAX_NOTE_CHARS = 500;

/** The collector note that tells the hub about a recovery, while it is recent. */
export function recoveryNote(recovery: OutboxRecovery, now = Date.now()): CollectorNote | null {
  const age = now - Date.parse(recovery.at);
  if (!(age >= 0 && age < RECOVERY_NOTE_MS)) return null;
  return {
    collector: 'outbox',
    error: `${recovery.at}: ${recoveryText(recovery)}`.slice(0, MAX_NOTE_CHARS),
  };
}
