import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type {
  CatalogEntry,
  OsLifecycleTable,
  Platform,
  PolicyCreate,
  PolicyKind,
  SoftwarePolicy,
  SoftwareSource,
  TitleOverride,
} from '@handraise/shared';
import type { Clock } from '../clock.ts';
import type { Database } from './schema.ts';

const OS_LIFECYCLE = 'os-lifecycle';

export type SoftwareRulesStore = ReturnType<typeof createSoftwareRulesStore>;

export function createSoftwareRulesStore(db: Kysely<Database>, clock: Clock) {
  const now = () => clock.now().toISOString();

  return {
    async policies(): Promise<SoftwarePolicy[]> {
      const rows = await db
        .selectFrom('software_policies')
        .selectAll()
        .orderBy('created_at')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        titleKey: r.title_key,
        titleName: r.title_name,
        kind: r.kind as PolicyKind,
        version: r.version,
        platform: r.platform as Platform | null,
        note: r.note,
        createdAt: r.created_at,
      }));
    },

    async addPolicy(input: PolicyCreate & { titleName: string }): Promise<SoftwarePolicy> {
      const policy: SoftwarePolicy = {
        id: randomUUID(),
        titleKey: input.titleKey,
        titleName: input.titleName,
        kind: input.kind,
        version: input.version ?? null,
        platform: input.platform ?? null,
        note: input.note ?? null,
        createdAt: now(),
      };
      await db
        .insertInto('software_policies')
        .values({
          id: policy.id,
          title_key: policy.titleKey,
          title_name: policy.titleName,
          kind: policy.kind,
          version: policy.version,
          platform: policy.platform,
          note: policy.note,
          created_at: policy.createdAt,
        })
        .execute();
      return policy;
    },

    /** The removed policy, or null if there was none. */
    async removePolicy(id: string): Promise<SoftwarePolicy | null> {
      const existing = (await this.policies()).find((p) => p.id === id) ?? null;
      if (existing) await db.deleteFrom('software_policies').where('id', '=', id).execute();
      return existing;
    },

    async catalog(): Promise<CatalogEntry[]> {
      const rows = await db.selectFrom('software_catalog').selectAll().orderBy('title').execute();
      return rows.map((r) => ({
        title: r.title,
        titleKey: r.title_key,
        latestVersion: r.latest_version,
        releaseDate: r.release_date,
        source: r.source,
        platform: r.platform as Platform | null,
      }));
    },

    /** Replaces the whole catalog in one transaction: an import either lands entirely or not at all. */
    async replaceCatalog(entries: readonly CatalogEntry[]): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('software_catalog').execute();
        for (let i = 0; i < entries.length; i += 500) {
          await trx
            .insertInto('software_catalog')
            .values(
              entries.slice(i, i + 500).map((e) => ({
                title_key: e.titleKey,
                title: e.title,
                latest_version: e.latestVersion,
                release_date: e.releaseDate,
                source: e.source,
                platform: e.platform,
              })),
            )
            .execute();
        }
      });
    },

    async overrides(): Promise<TitleOverride[]> {
      const rows = await db
        .selectFrom('title_overrides')
        .selectAll()
        .orderBy('created_at')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        fromKey: r.from_key,
        source: r.source as SoftwareSource | null,
        intoKey: r.into_key,
        intoName: r.into_name,
        createdAt: r.created_at,
      }));
    },

    /** Adds an override; one for the same key and source replaces the earlier one. */
    async addOverride(input: Omit<TitleOverride, 'id' | 'createdAt'>): Promise<TitleOverride> {
      const override: TitleOverride = { ...input, id: randomUUID(), createdAt: now() };
      await db.transaction().execute(async (trx) => {
        let same = trx.deleteFrom('title_overrides').where('from_key', '=', input.fromKey);
        same =
          input.source === null
            ? same.where('source', 'is', null)
            : same.where('source', '=', input.source);
        await same.execute();
        await trx
          .insertInto('title_overrides')
          .values({
            id: override.id,
            from_key: override.fromKey,
            source: override.source,
            into_key: override.intoKey,
            into_name: override.intoName,
            created_at: override.createdAt,
          })
          .execute();
      });
      return override;
    },

    async removeOverride(id: string): Promise<boolean> {
      const result = await db.deleteFrom('title_overrides').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    /** The imported OS lifecycle table, or null when the bundled one applies. */
    async osLifecycle(): Promise<OsLifecycleTable | null> {
      const row = await db
        .selectFrom('software_documents')
        .select('body_json')
        .where('name', '=', OS_LIFECYCLE)
        .executeTakeFirst();
      return row ? (JSON.parse(row.body_json) as OsLifecycleTable) : null;
    },

    async setOsLifecycle(table: OsLifecycleTable | null): Promise<void> {
      if (table === null) {
        await db.deleteFrom('software_documents').where('name', '=', OS_LIFECYCLE).execute();
        return;
      }
      const body_json = JSON.stringify(table);
      const updated_at = now();
      await db
        .insertInto('software_documents')
        .values({ name: OS_LIFECYCLE, body_json, updated_at })
        .onConflict((oc) => oc.column('name').doUpdateSet({ body_json, updated_at }))
        .execute();
    },
  };
}
