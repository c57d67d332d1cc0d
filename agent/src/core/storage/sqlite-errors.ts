// What a node:sqlite failure means for the person reading the agent's log or its command line.
// SQLite's own words ("database or disk is full") are kept as the error's cause.

/** SQLite's primary result codes that the agent tells apart (https://sqlite.org/rescode.html). */
export const SQLITE = {
  error: 1,
  perm: 3,
  busy: 5,
  locked: 6,
  nomem: 7,
  readonly: 8,
  ioerr: 10,
  corrupt: 11,
  full: 13,
  cantopen: 14,
  notadb: 26,
} as const;

/** The primary result code of a node:sqlite error (extended codes carry it in their low byte). */
export function sqliteCode(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, errcode } = error as { code?: unknown; errcode?: unknown };
  if (code !== 'ERR_SQLITE_ERROR' || typeof errcode !== 'number') return undefined;
  return errcode & 0xff;
}

const PLAIN_WORDS: Readonly<Record<number, string>> = {
  [SQLITE.full]: 'the disk is full',
  [SQLITE.readonly]: 'the data folder is read-only',
  [SQLITE.perm]: 'the agent is not allowed to write there',
  [SQLITE.cantopen]: 'the file cannot be opened (missing folder or no permission)',
  [SQLITE.ioerr]: 'the disk could not be read or written',
  [SQLITE.busy]: 'another agent process keeps it locked',
  [SQLITE.locked]: 'another agent process keeps it locked',
  [SQLITE.nomem]: 'the computer is out of memory',
  [SQLITE.corrupt]: 'the file is damaged',
  [SQLITE.notadb]: 'the file is not a database',
};

/** The cause of a storage failure in plain words: "the disk is full" for SQLITE_FULL. */
export function describeStorageFailure(error: unknown): string {
  const code = sqliteCode(error);
  const plain = code === undefined ? undefined : PLAIN_WORDS[code];
  if (plain) return plain;
  return error instanceof Error ? error.message : String(error);
}

/**
 * The agent could not read or write one of its files. The message names the file and the cause
 * in plain words; the original error is its `cause`.
 */
export class StorageError extends Error {
  readonly file: string;
  readonly sqliteCode: number | undefined;
  constructor(file: string, action: string, cause: unknown) {
    super(`cannot ${action} ${file}: ${describeStorageFailure(cause)}`, { cause });
    this.name = 'StorageError';
    this.file = file;
    this.sqliteCode = sqliteCode(cause);
  }
}

/** Runs `work`; a failure comes back as a StorageError that names the file and the real cause. */
export function storageCall<T>(file: string, action: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof StorageError) throw error;
    throw new StorageError(file, action, error);
  }
}
