// The coordinator's changes to many computers at once: move them to a room, retire them. Each is
// all-or-nothing: every id must name a computer still in the fleet, or nothing changes.
import type { Kysely } from 'kysely';
import type { Clock } from '../clock.ts';
import type { Database } from './schema.ts';
import { deleteSoftwareLists } from './software-lists.ts';

const OPEN_STATES = ['new', 'claimed', 'escalated'];
// SQLite caps bound parameters per statement (32,766); ids go in well below that.
const ID_BATCH = 500;

function batches(ids: readonly string[]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < ids.length; i += ID_BATCH) out.push(ids.slice(i, i + ID_BATCH));
  return out;
}

/** The requests of these computers still waiting for, or getting, help. */
async function openRequestIds(trx: Kysely<Database>, deviceIds: string[]): Promise<string[]> {
  const open = await trx
    .selectFrom('requests')
    .select('id')
    .where('device_id', 'in', deviceIds)
    .where('state', 'in', OPEN_STATES)
    .execute();
  return open.map((r) => r.id);
}

export type DeviceFleetStore = ReturnType<typeof createDeviceFleetStore>;

export function createDeviceFleetStore(db: Kysely<Database>, clock: Clock) {
  /** Whether every id names a computer that is not retired (duplicates count once). */
  async function allActive(trx: Kysely<Database>, ids: readonly string[]): Promise<boolean> {
    const wanted = new Set(ids);
    let found = 0;
    for (const batch of batches([...wanted])) {
      const row = await trx
        .selectFrom('devices')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('id', 'in', batch)
        .where('retired_at', 'is', null)
        .executeTakeFirstOrThrow();
      found += Number(row.n);
    }
    return found === wanted.size;
  }

  return {
    /** Whether every id names a computer in the fleet. */
    allActive: (ids: readonly string[]) => allActive(db, ids),

    /**
     * Moves the computers to `room`. A request's room is its computer's, so their requests follow:
     * open ones go to the new room's helpers (they can walk to it; one already helping keeps it
     * while it is open). Null when an id is unknown or retired; else the open requests, to push.
     */
    async moveToRoom(
      ids: readonly string[],
      room: string,
    ): Promise<{ requestIds: string[] } | null> {
      return db.transaction().execute(async (trx) => {
        if (!(await allActive(trx, ids))) return null;
        const requestIds: string[] = [];
        for (const batch of batches([...new Set(ids)])) {
          await trx.updateTable('devices').set({ room }).where('id', 'in', batch).execute();
          requestIds.push(...(await openRequestIds(trx, batch)));
        }
        return { requestIds };
      });
    },

    /**
     * Retires the computers: out of lists and counts (their inventory rows go, so no software
     * count or summary includes them), their seats freed for the computers that replace them,
     * their agents refused from now on. The record stays, so their requests and timelines keep the
     * computer's name. Null when an id is unknown or retired; else their open requests, which
     * nobody can answer any more (the caller closes them).
     */
    async retire(ids: readonly string[]): Promise<{ requestIds: string[] } | null> {
      return db.transaction().execute(async (trx) => {
        if (!(await allActive(trx, ids))) return null;
        const at = clock.now().toISOString();
        const requestIds: string[] = [];
        for (const batch of batches([...new Set(ids)])) {
          await trx
            .updateTable('devices')
            .set({
              retired_at: at,
              software_count: 0,
              updates_count: 0,
              seat_label: null,
              seat_row: null,
              seat_column: null,
            })
            .where('id', 'in', batch)
            .execute();
          await deleteSoftwareLists(trx, batch);
          await trx.deleteFrom('pending_updates').where('device_id', 'in', batch).execute();
          requestIds.push(...(await openRequestIds(trx, batch)));
        }
        return { requestIds };
      });
    },
  };
}
