import type { Kysely } from 'kysely';
import type { SoftwareItem } from '@handraise/shared';
import type { Database } from './schema.ts';

// A computer's installed programs are one row, the list as its agent sent it (migration 0030).

/** Stores a computer's list, replacing the one before. */
export async function writeSoftwareList(
  db: Kysely<Database>,
  deviceId: string,
  items: readonly SoftwareItem[],
): Promise<void> {
  await db
    .insertInto('software_lists')
    .values({ device_id: deviceId, items_json: JSON.stringify(items) })
    .onConflict((conflict) =>
      conflict.column('device_id').doUpdateSet((eb) => ({
        items_json: eb.ref('excluded.items_json'),
      })),
    )
    .execute();
}

/** The lists of these computers; one without a list is left out. */
export async function readSoftwareLists(
  db: Kysely<Database>,
  deviceIds: readonly string[],
): Promise<Map<string, SoftwareItem[]>> {
  if (deviceIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('software_lists')
    .selectAll()
    .where('device_id', 'in', deviceIds)
    .execute();
  return new Map(rows.map((r) => [r.device_id, JSON.parse(r.items_json) as SoftwareItem[]]));
}

/** A computer's programs in name order (then as the agent listed them), for people to read. */
export async function readSoftwareList(
  db: Kysely<Database>,
  deviceId: string,
): Promise<SoftwareItem[]> {
  const items = (await readSoftwareLists(db, [deviceId])).get(deviceId) ?? [];
  // Code-unit order, as a database sorts a binary column: the same on every machine and locale.
  return items.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export async function deleteSoftwareLists(
  db: Kysely<Database>,
  deviceIds: readonly string[],
): Promise<void> {
  if (deviceIds.length > 0)
    await db.deleteFrom('software_lists').where('device_id', 'in', deviceIds).execute();
}
