// Wires self-update into a running agent: only under the launcher (which names the install root)
// and only with release keys from this computer's own configuration.
import type { Agent as HttpAgent } from 'node:http';
import type { Logger } from 'pino';
import type { AgentEventName, AgentEvents, AckData, PayloadIn } from '@handraise/shared';
import type { Credentials } from '../credentials.ts';
import { toPlatform } from '../platform.ts';
import { createConnectedMarker, TRIAL_MARKER_ENV } from './connected-marker.ts';
import { INSTALL_ROOT_ENV } from './launcher.ts';
import { downloadPackage } from './package-download.ts';
import { createUpdater, EXIT_FOR_UPDATE, type Updater } from './updater.ts';

/** How long the hub gets to answer an update check or outcome, in ms. */
export const UPDATE_ASK_TIMEOUT_MS = 15_000;

/** The parts of the hub connection updates use (HubClient has them). */
export type UpdateChannel = {
  askNow<E extends AgentEventName>(
    event: E,
    payload: PayloadIn<AgentEvents[E]>,
    timeoutMs: number,
  ): Promise<AckData<AgentEvents[E]> | null>;
  /** The pinned HTTPS agent; undefined for a plain-HTTP hub. */
  httpsAgent?: HttpAgent | undefined;
};

export type AgentUpdatesOptions = {
  channel: UpdateChannel;
  credentials: Pick<Credentials, 'hub' | 'deviceId' | 'secret'>;
  version: string;
  /** Release public keys from the installer's configuration (`updateKeys`). */
  keys: readonly string[];
  logger: Logger;
  /** Stops the agent so the launcher can start the staged version; exits by default. */
  onStaged?: () => void;
  env?: NodeJS.ProcessEnv;
  now?: () => Date;
  random?: () => number;
  spreadMs?: number;
};

/**
 * The agent's updater, or null when this process was not started by the launcher (a tray, a
 * developer's `run`): only a launcher can roll a bad version back.
 */
export function createAgentUpdates(options: AgentUpdatesOptions):
  | (Updater & {
      /** Call at every connection: writes the trial's connected marker, then reports and checks. */
      onConnected(): Promise<void>;
    })
  | null {
  const env = options.env ?? process.env;
  const installRoot = env[INSTALL_ROOT_ENV];
  if (!installRoot) return null;
  const { channel, credentials, logger } = options;
  const markConnected = createConnectedMarker(env);
  const updater = createUpdater({
    installRoot,
    keys: options.keys,
    version: options.version,
    platform: toPlatform(process.platform),
    arch: process.arch,
    onTrial: Boolean(env[TRIAL_MARKER_ENV]),
    check: (running) => channel.askNow('update:check', running, UPDATE_ASK_TIMEOUT_MS),
    report: async (outcome) =>
      (await channel.askNow('update:outcome', outcome, UPDATE_ASK_TIMEOUT_MS)) !== null,
    download: (packagePath, destination, maxBytes) =>
      downloadPackage(new URL(packagePath, credentials.hub), destination, {
        credentials,
        maxBytes,
        agent: channel.httpsAgent,
      }),
    // The outbox is SQLite with every write committed, so leaving at once loses nothing; a
    // caller that can close the agent first says so with its own onStaged.
    onStaged: options.onStaged ?? (() => process.exit(EXIT_FOR_UPDATE)),
    ...(options.now ? { now: options.now } : {}),
    ...(options.random ? { random: options.random } : {}),
    ...(options.spreadMs === undefined ? {} : { spreadMs: options.spreadMs }),
    logger: logger.child({ part: 'updates' }),
  });
  return {
    ...updater,
    async onConnected() {
      markConnected();
      await updater.connected();
    },
  };
}
