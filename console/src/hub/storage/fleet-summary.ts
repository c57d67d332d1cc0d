import { sql, type Kysely } from 'kysely';
import type { PendingUpdateTitle, SoftwareTitle } from '@handraise/shared';
import type { Database } from './schema.ts';

export type FleetSummary = ReturnType<typeof createFleetSummary>;

/** Fleet-wide aggregates for the console: installed titles by version, pending updates by title. */
export function createFleetSummary(db: Kysely<Database>) {
  return {
    /** Every installed title with its versions and device counts, most widespread first. */
    async softwareTitles(): Promise<SoftwareTitle[]> {
      const rows = await db
        .selectFrom('software')
        .select([
          'name',
          'version',
          sql<string | null>`max(publisher)`.as('publisher'),
          sql<number>`count(distinct device_id)`.as('devices'),
        ])
        .groupBy(['name', 'version'])
        .execute();
      const titles = new Map<string, SoftwareTitle>();
      for (const row of rows) {
        let title = titles.get(row.name);
        if (!title) {
          title = { name: row.name, publisher: null, deviceCount: 0, versions: [] };
          titles.set(row.name, title);
        }
        title.publisher ??= row.publisher;
        title.versions.push({ version: row.version, deviceCount: Number(row.devices) });
      }
      // A device with two versions of one title counts once for the title.
      const perTitle = await db
        .selectFrom('software')
        .select(['name', sql<number>`count(distinct device_id)`.as('devices')])
        .groupBy('name')
        .execute();
      for (const row of perTitle) {
        const title = titles.get(row.name);
        if (title) title.deviceCount = Number(row.devices);
      }
      const result = [...titles.values()];
      for (const title of result) title.versions.sort((a, b) => b.deviceCount - a.deviceCount);
      return result.sort((a, b) => b.deviceCount - a.deviceCount || a.name.localeCompare(b.name));
    },

    /** Titles with pending updates and how many devices wait for each, most devices first. */
    async pendingUpdateTitles(limit: number): Promise<PendingUpdateTitle[]> {
      const rows = await db
        .selectFrom('pending_updates')
        .select([
          'name',
          sql<number>`count(distinct device_id)`.as('devices'),
          sql<number>`count(distinct case when security = 1 then device_id end)`.as('security'),
        ])
        .groupBy('name')
        .orderBy(sql`count(distinct device_id)`, 'desc')
        .orderBy('name')
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        name: r.name,
        deviceCount: Number(r.devices),
        securityDeviceCount: Number(r.security),
      }));
    },
  };
}
