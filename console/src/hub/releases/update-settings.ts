// The coordinator's update settings, kept in the hub's settings table under one key.
import {
  agentUpdateSettingsSchema,
  DEFAULT_SCHOOL_HOURS,
  type AgentUpdateSettings,
} from '@handraise/shared';
import type { SettingsStore } from '../storage/settings-store.ts';

const KEY = 'agentUpdates';

/** Off until the coordinator adds a release key and turns updates on. */
export const DEFAULT_UPDATE_SETTINGS: AgentUpdateSettings = {
  enabled: false,
  schoolHours: DEFAULT_SCHOOL_HOURS,
  releaseKeys: [],
};

export type UpdateSettings = ReturnType<typeof createUpdateSettings>;

export function createUpdateSettings(settings: Pick<SettingsStore, 'readValue' | 'writeValue'>) {
  return {
    async get(): Promise<AgentUpdateSettings> {
      const saved = agentUpdateSettingsSchema.safeParse(await settings.readValue(KEY));
      return saved.success ? saved.data : DEFAULT_UPDATE_SETTINGS;
    },
    async update(change: Partial<AgentUpdateSettings>): Promise<AgentUpdateSettings> {
      const next = agentUpdateSettingsSchema.parse({ ...(await this.get()), ...change });
      await settings.writeValue(KEY, next);
      return next;
    },
  };
}
