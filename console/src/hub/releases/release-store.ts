// The releases the hub offers and what each computer's agent reported about updating.
import type { Kysely } from 'kysely';
import {
  compareSemver,
  type AgentRelease,
  type ReleaseManifest,
  type UpdateOutcome,
  type UpdateResult,
} from '@handraise/shared';
import type { Clock } from '../clock.ts';
import type { Where } from '../rooms.ts';
import type { AgentReleasesTable, Database } from '../storage/schema.ts';

/** Rows read at a time when summing up the fleet. */
const PAGE_ROWS = 1_000;

type ReleaseRow = Omit<AgentReleasesTable, 'shipped'> & { shipped: number };

function toRelease(row: ReleaseRow): AgentRelease {
  return {
    id: row.id,
    version: row.version,
    platform: row.platform as AgentRelease['platform'],
    arch: row.arch as AgentRelease['arch'],
    sha256: row.sha256,
    size: row.size,
    signature: row.signature,
    addedAt: row.added_at,
    shipped: row.shipped === 1,
  };
}

/** One computer's agent as the fleet summary reads it. */
export type FleetAgent = Where & {
  id: string;
  name: string;
  platform: string | null;
  version: string | null;
  outcome: { version: string; result: UpdateResult; detail: string | null; at: string } | null;
};

export type ReleaseStore = ReturnType<typeof createReleaseStore>;

export function createReleaseStore(db: Kysely<Database>, clock: Clock) {
  return {
    /** Every release, newest version first. */
    async list(): Promise<AgentRelease[]> {
      const rows = await db.selectFrom('agent_releases').selectAll().execute();
      return rows.map(toRelease).sort((a, b) => compareSemver(b.version, a.version));
    },

    async find(id: string): Promise<AgentRelease | null> {
      const row = await db
        .selectFrom('agent_releases')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toRelease(row) : null;
    },

    /** The release of that build, if the hub has it already. */
    async findBuild(manifest: Pick<ReleaseManifest, 'version' | 'platform' | 'arch'>) {
      const row = await db
        .selectFrom('agent_releases')
        .selectAll()
        .where('version', '=', manifest.version)
        .where('platform', '=', manifest.platform)
        .where('arch', '=', manifest.arch)
        .executeTakeFirst();
      return row ? toRelease(row) : null;
    },

    async add(
      id: string,
      manifest: ReleaseManifest,
      signature: string,
      shipped: boolean,
    ): Promise<AgentRelease> {
      const row = {
        id,
        ...manifest,
        signature,
        shipped: shipped ? 1 : 0,
        added_at: clock.now().toISOString(),
      };
      await db.insertInto('agent_releases').values(row).execute();
      return toRelease(row);
    },

    /** Removes a release; false when there was none. */
    async remove(id: string): Promise<boolean> {
      const result = await db.deleteFrom('agent_releases').where('id', '=', id).executeTakeFirst();
      return result.numDeletedRows > 0n;
    },

    /** Whether any release of this version exists (an outcome for another is made up). */
    async hasVersion(version: string): Promise<boolean> {
      const row = await db
        .selectFrom('agent_releases')
        .select('id')
        .where('version', '=', version)
        .executeTakeFirst();
      return row !== undefined;
    },

    /**
     * The platform the device's own inventory reports, or null before its first report (or for
     * one the hub cannot read): what an update check is held to.
     */
    async inventoryPlatform(deviceId: string): Promise<string | null> {
      const row = await db
        .selectFrom('devices')
        .select('os_json')
        .where('id', '=', deviceId)
        .executeTakeFirst();
      if (!row?.os_json) return null;
      try {
        const os = JSON.parse(row.os_json) as { platform?: unknown };
        return typeof os.platform === 'string' && os.platform !== 'other' ? os.platform : null;
      } catch {
        return null;
      }
    },

    /** The newest release for this kind of computer, if any. */
    async newestFor(platform: string, arch: string): Promise<AgentRelease | null> {
      const rows = await db
        .selectFrom('agent_releases')
        .selectAll()
        .where('platform', '=', platform)
        .where('arch', '=', arch)
        .execute();
      const newest = rows.sort((a, b) => compareSemver(b.version, a.version))[0];
      return newest ? toRelease(newest) : null;
    },

    /** What a computer's agent says it runs, at each check. */
    async recordCheck(
      deviceId: string,
      running: { version: string; platform: string; arch: string },
    ): Promise<void> {
      const values = {
        platform: running.platform,
        arch: running.arch,
        running_version: running.version,
        checked_at: clock.now().toISOString(),
      };
      await db
        .insertInto('device_updates')
        .values({ device_id: deviceId, ...values })
        .onConflict((oc) => oc.column('device_id').doUpdateSet(values))
        .execute();
    },

    /** How a computer's latest update went; false for a computer that never checked. */
    async recordOutcome(deviceId: string, outcome: UpdateOutcome): Promise<boolean> {
      const result = await db
        .updateTable('device_updates')
        .set({
          outcome_version: outcome.version,
          outcome_result: outcome.result,
          outcome_detail: outcome.detail ?? null,
          outcome_at: clock.now().toISOString(),
        })
        .where('device_id', '=', deviceId)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    /** The kind of computer a device's agent last said it is; null before its first check. */
    async kindOf(deviceId: string): Promise<{ platform: string; arch: string } | null> {
      const row = await db
        .selectFrom('device_updates')
        .select(['platform', 'arch'])
        .where('device_id', '=', deviceId)
        .executeTakeFirst();
      return row ?? null;
    },

    /** Every computer in service with its agent's version and latest update outcome, in pages. */
    async *fleet(): AsyncGenerator<FleetAgent> {
      let after = '';
      for (;;) {
        const rows = await db
          .selectFrom('devices')
          .leftJoin('device_updates', 'device_updates.device_id', 'devices.id')
          .select([
            'devices.id',
            'devices.name',
            'devices.site',
            'devices.room',
            'devices.agent_version',
            'devices.os_json',
            'device_updates.platform',
            'device_updates.outcome_version',
            'device_updates.outcome_result',
            'device_updates.outcome_detail',
            'device_updates.outcome_at',
          ])
          .where('devices.retired_at', 'is', null)
          // A revoked computer's agent is turned away: it can never update, so it is not "behind".
          .where('devices.revoked_at', 'is', null)
          .where('devices.id', '>', after)
          .orderBy('devices.id')
          .limit(PAGE_ROWS)
          .execute();
        for (const row of rows) {
          yield {
            id: row.id,
            name: row.name,
            site: row.site,
            room: row.room,
            platform: row.platform ?? platformOf(row.os_json),
            version: row.agent_version,
            outcome:
              row.outcome_version && row.outcome_result && row.outcome_at
                ? {
                    version: row.outcome_version,
                    result: row.outcome_result as UpdateResult,
                    detail: row.outcome_detail,
                    at: row.outcome_at,
                  }
                : null,
          };
        }
        const last = rows.at(-1);
        if (!last || rows.length < PAGE_ROWS) return;
        after = last.id;
      }
    },
  };
}

/** The platform an inventory named, for computers whose agent never checked for updates. */
function platformOf(osJson: string | null): string | null {
  if (!osJson) return null;
  try {
    const { platform } = JSON.parse(osJson) as { platform?: unknown };
    return typeof platform === 'string' ? platform : null;
  } catch {
    return null;
  }
}
