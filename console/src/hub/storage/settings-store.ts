import type { Kysely } from 'kysely';
import { DEFAULT_AGENT_BUDGET, type HubSettings, type SettingsUpdate } from '@handraise/shared';
import type { Clock } from '../clock.ts';
import type { Database } from './schema.ts';

/** A year: long enough to see patterns across a school year, short enough to forget old screens. */
export const DEFAULT_RETENTION_DAYS = 365;

/** A month: time to look back at a request just finished, then its pictures go (privacy by default). */
export const DEFAULT_SCREENSHOT_RETENTION_DAYS = 30;

/** Long enough for an advisor between two tasks, short enough for a lesson to go on. */
export const DEFAULT_ESCALATE_AFTER_MINUTES = 10;

/** A school week to say "Still broken". */
export const DEFAULT_CLOSE_RESOLVED_AFTER_DAYS = 7;

/** Three requests from one room about one thing: more than a coincidence, fewer than a class. */
export const DEFAULT_INCIDENT_MIN_REQUESTS = 3;

/** Ten minutes: the same lesson, the same fault. */
export const DEFAULT_INCIDENT_WINDOW_MINUTES = 10;

const DEFAULTS: HubSettings = {
  hubAddress: null,
  retentionDays: DEFAULT_RETENTION_DAYS,
  screenshotRetentionDays: DEFAULT_SCREENSHOT_RETENTION_DAYS,
  escalateAfterMinutes: DEFAULT_ESCALATE_AFTER_MINUTES,
  closeResolvedAfterDays: DEFAULT_CLOSE_RESOLVED_AFTER_DAYS,
  fallbackContact: null,
  studentsSeeSoftware: false,
  incidentMinRequests: DEFAULT_INCIDENT_MIN_REQUESTS,
  incidentWindowMinutes: DEFAULT_INCIDENT_WINDOW_MINUTES,
  ...DEFAULT_AGENT_BUDGET,
};

/** A saved value if it has the default's type (null where the default is null), else the default. */
function savedOr<K extends keyof HubSettings>(
  saved: Record<string, unknown>,
  key: K,
): HubSettings[K] {
  const value = saved[key];
  const fits =
    DEFAULTS[key] === null
      ? value === null || typeof value === 'string'
      : typeof value === typeof DEFAULTS[key];
  return fits ? (value as HubSettings[K]) : DEFAULTS[key];
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;

/** Hub-wide settings chosen by the coordinator: the address agents use, and retention. */
export function createSettingsStore(db: Kysely<Database>, clock: Clock) {
  // The table is declared here rather than in schema.ts so this store owns its whole shape.

  return {
    /** Every setting, with defaults for those never saved. */
    async get(): Promise<HubSettings> {
      const rows = await db.selectFrom('settings').selectAll().execute();
      const saved: Record<string, unknown> = Object.fromEntries(
        rows.map((r) => [r.key, JSON.parse(r.value_json) as unknown]),
      );
      return {
        hubAddress: savedOr(saved, 'hubAddress'),
        retentionDays: savedOr(saved, 'retentionDays'),
        screenshotRetentionDays: savedOr(saved, 'screenshotRetentionDays'),
        escalateAfterMinutes: savedOr(saved, 'escalateAfterMinutes'),
        closeResolvedAfterDays: savedOr(saved, 'closeResolvedAfterDays'),
        fallbackContact: savedOr(saved, 'fallbackContact'),
        studentsSeeSoftware: savedOr(saved, 'studentsSeeSoftware'),
        incidentMinRequests: savedOr(saved, 'incidentMinRequests'),
        incidentWindowMinutes: savedOr(saved, 'incidentWindowMinutes'),
        agentCpuBudgetPercent: savedOr(saved, 'agentCpuBudgetPercent'),
        agentMemoryBudgetMiB: savedOr(saved, 'agentMemoryBudgetMiB'),
        agentCollectionBudgetSeconds: savedOr(saved, 'agentCollectionBudgetSeconds'),
      };
    },

    /** A value the hub keeps for itself (not shown in the settings page); undefined if never saved. */
    async readValue(key: string): Promise<unknown> {
      const row = await db
        .selectFrom('settings')
        .select('value_json')
        .where('key', '=', key)
        .executeTakeFirst();
      return row ? (JSON.parse(row.value_json) as unknown) : undefined;
    },

    async writeValue(key: string, value: unknown): Promise<void> {
      const now = clock.now().toISOString();
      const value_json = JSON.stringify(value);
      await db
        .insertInto('settings')
        .values({ key, value_json, updated_at: now })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value_json, updated_at: now }))
        .execute();
    },

    /** Saves every given setting in one transaction and returns them all. */
    async update(input: SettingsUpdate): Promise<HubSettings> {
      const now = clock.now().toISOString();
      await db.transaction().execute(async (trx) => {
        for (const [key, value] of Object.entries(input)) {
          const value_json = JSON.stringify(value);
          await trx
            .insertInto('settings')
            .values({ key, value_json, updated_at: now })
            .onConflict((oc) => oc.column('key').doUpdateSet({ value_json, updated_at: now }))
            .execute();
        }
      });
      return this.get();
    },
  };
}
