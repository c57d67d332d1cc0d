// Many small writes, one commit. Each inventory a computer reports is written in a transaction the
// hub must commit (and sync to disk) before it acknowledges; one sync per report made the sync the
// bulk of ingest time under a district's load. Writes that arrive while one commit is under way
// wait for the next and share it: at rest each write still commits alone, at once, and under load
// a commit carries up to MAX_WRITES_PER_COMMIT of them.
//
// Each write runs in a savepoint of the shared transaction, so one that fails is undone alone and
// the others still commit. A write's promise settles only after its commit, so nothing is
// acknowledged that a crash could still take back.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from './schema.ts';

/** Bounds one commit's size, and so how long a write can wait behind others. */
export const MAX_WRITES_PER_COMMIT = 64;

type Pending = {
  work: (trx: Transaction<Database>) => Promise<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
};

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

export type GroupCommit = {
  /** Runs `work` in a transaction shared with other writes; settles once that has committed. */
  run<T>(work: (trx: Transaction<Database>) => Promise<T>): Promise<T>;
};

export function createGroupCommit(db: Kysely<Database>): GroupCommit {
  const queue: Pending[] = [];
  let flushing = false;

  async function commitBatch(batch: Pending[]): Promise<Outcome[]> {
    const outcomes: Outcome[] = [];
    await db.transaction().execute(async (trx) => {
      for (const pending of batch) {
        await sql`savepoint hub_write`.execute(trx);
        try {
          const value = await pending.work(trx);
          await sql`release savepoint hub_write`.execute(trx);
          outcomes.push({ ok: true, value });
        } catch (error) {
          // A failed statement leaves PostgreSQL's transaction unusable until this rollback.
          await sql`rollback to savepoint hub_write`.execute(trx);
          await sql`release savepoint hub_write`.execute(trx);
          outcomes.push({ ok: false, error });
        }
      }
    });
    return outcomes;
  }

  async function flush(): Promise<void> {
    flushing = true;
    try {
      while (queue.length > 0) {
        const batch = queue.splice(0, MAX_WRITES_PER_COMMIT);
        let outcomes: Outcome[];
        try {
          outcomes = await commitBatch(batch);
        } catch (error) {
          // The commit itself failed (disk full, database gone): none of them is stored.
          for (const pending of batch) pending.reject(error);
          continue;
        }
        batch.forEach((pending, index) => {
          const outcome = outcomes[index]!;
          if (outcome.ok) pending.resolve(outcome.value);
          else pending.reject(outcome.error);
        });
      }
    } finally {
      flushing = false;
    }
  }

  return {
    run<T>(work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve, reject });
        // Writes sent in the same turn of the event loop join this one's commit.
        if (!flushing && queue.length === 1) setImmediate(() => void flush());
      });
    },
  };
}

const perDatabase = new WeakMap<Kysely<Database>, GroupCommit>();

/** The one group commit of `db`, shared by every store that writes often. */
export function groupCommitOf(db: Kysely<Database>): GroupCommit {
  let writes = perDatabase.get(db);
  if (!writes) {
    writes = createGroupCommit(db);
    perDatabase.set(db, writes);
  }
  return writes;
}
