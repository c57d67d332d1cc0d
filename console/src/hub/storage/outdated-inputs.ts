import type { Kysely } from 'kysely';
import type { CollectorNote, OsInfo, PendingUpdate } from '@handraise/shared';
import type { DeviceInputs } from '../software/device-entry.ts';
import type { Database, DeviceRow } from './schema.ts';
import { readSoftwareLists } from './software-lists.ts';

// Devices read per query when the hub loads the whole fleet: each read (and the parse of its
// software lists, 60 KB for a Debian computer) holds the event loop, and the hub takes one new
// connection per turn of the loop (see LOAD_SLICE_MS), so a batch stays a few milliseconds long.
const LOAD_BATCH_DEVICES = 5;

type DeviceFields = Pick<
  DeviceRow,
  'id' | 'name' | 'site' | 'room' | 'os_json' | 'notes_json' | 'hash_updates'
>;

/** Reads what the outdated-software engine needs of devices, from their stored inventory. */
export function createOutdatedInputs(db: Kysely<Database>) {
  async function read(rows: DeviceFields[]): Promise<DeviceInputs[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [software, updates] = await Promise.all([
      readSoftwareLists(db, ids),
      db.selectFrom('pending_updates').selectAll().where('device_id', 'in', ids).execute(),
    ]);
    const byDevice = new Map<string, DeviceInputs>(
      rows.map((r) => [
        r.id,
        {
          id: r.id,
          name: r.name,
          site: r.site,
          room: r.room,
          os: r.os_json ? (JSON.parse(r.os_json) as OsInfo) : null,
          notes: r.notes_json ? (JSON.parse(r.notes_json) as CollectorNote[]) : [],
          updatesReported: r.hash_updates !== null,
          software: software.get(r.id) ?? [],
          updates: [],
        },
      ]),
    );
    for (const u of updates)
      (byDevice.get(u.device_id)!.updates as PendingUpdate[]).push({
        name: u.name,
        availableVersion: u.available_version,
        source: u.source as PendingUpdate['source'],
        ...(u.installed_version !== null ? { installedVersion: u.installed_version } : {}),
        ...(u.security ? { security: true } : {}),
        ...(u.package_id !== null ? { id: u.package_id } : {}),
      });
    return [...byDevice.values()];
  }

  const columns = ['id', 'name', 'site', 'room', 'os_json', 'notes_json', 'hash_updates'] as const;

  return {
    /** One device, or null if it does not exist or has sent no inventory yet. */
    async device(deviceId: string): Promise<DeviceInputs | null> {
      const rows = await db
        .selectFrom('devices')
        .select(columns)
        .where('id', '=', deviceId)
        .where('last_inventory_at', 'is not', null)
        .where('retired_at', 'is', null)
        .execute();
      return (await read(rows))[0] ?? null;
    },

    /** Every device with an inventory, a batch at a time. */
    async *all(): AsyncGenerator<DeviceInputs[]> {
      let after = '';
      for (;;) {
        const rows = await db
          .selectFrom('devices')
          .select(columns)
          .where('id', '>', after)
          .where('last_inventory_at', 'is not', null)
          .where('retired_at', 'is', null)
          .orderBy('id')
          .limit(LOAD_BATCH_DEVICES)
          .execute();
        if (rows.length === 0) return;
        yield await read(rows);
        after = rows[rows.length - 1]!.id;
      }
    },
  };
}
