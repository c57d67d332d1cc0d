import { sql, type Kysely } from 'kysely';
import type { PendingUpdateTitle } from '@handraise/shared';
import type { Database } from './schema.ts';

export type FleetSummary = ReturnType<typeof createFleetSummary>;

/** Fleet-wide aggregates for the console's Today page: pending updates by title. */
export function createFleetSummary(db: Kysely<Database>) {
  return {
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
