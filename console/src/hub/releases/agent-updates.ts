// Agent self-update on the hub, set up in one call: its stores, routes, the releases that ship
// with the hub, and what the agent namespace needs to answer checks and outcomes.
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Clock } from '../clock.ts';
import type { HttpApp } from '../http/http-app.ts';
import type { AgentNamespace } from '../sockets/agent-namespace.ts';
import type { DevicesStore } from '../storage/devices-store.ts';
import type { Database } from '../storage/schema.ts';
import type { SettingsStore } from '../storage/settings-store.ts';
import { createReleaseFiles } from './release-files.ts';
import { registerReleaseRoutes } from './release-routes.ts';
import { createReleaseStore } from './release-store.ts';
import { addShippedReleases } from './shipped-releases.ts';
import type { UpdateHandlerDeps } from './update-handlers.ts';
import { createUpdateSettings } from './update-settings.ts';

/** Where releases that ship with the hub are read from, unless the hub is told otherwise. */
export const SHIPPED_RELEASES_ENV = 'HANDRAISE_AGENT_RELEASES_DIR';

export async function setUpAgentUpdates(deps: {
  app: HttpApp;
  db: Kysely<Database>;
  clock: Clock;
  settings: SettingsStore;
  dataDir: string;
  /** A folder of shipped releases; by default `HANDRAISE_AGENT_RELEASES_DIR`, if set. */
  shippedFolder?: string | undefined;
  devices: Pick<DevicesStore, 'authenticate'>;
  agents: AgentNamespace;
  logger: Logger;
}): Promise<UpdateHandlerDeps> {
  const releases = createReleaseStore(deps.db, deps.clock);
  const files = createReleaseFiles(deps.dataDir);
  const settings = createUpdateSettings(deps.settings);
  const shipped = deps.shippedFolder ?? process.env[SHIPPED_RELEASES_ENV];
  if (shipped) await addShippedReleases(shipped, { releases, files, logger: deps.logger });
  registerReleaseRoutes(deps.app, {
    releases,
    files,
    settings,
    devices: deps.devices,
    // Every connected agent asks again; each spreads its own download over the quiet hours.
    announce: () => deps.agents.emit('update:available'),
    logger: deps.logger,
  });
  return { releases, settings, onOutcome: () => {}, logger: deps.logger };
}
