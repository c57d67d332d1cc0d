// Which core the tray uses: the machine-wide service's, when its local channel answers (a shared
// lab computer: one device, whoever signs in), else its own, as on a teacher's own laptop.
import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import type { Logger } from 'pino';
import type { HelpDeskInfo } from '@handraise/shared';
import { AGENT_VERSION } from '../core/agent-version.ts';
import type { RequesterDesk } from '../core/help-desk.ts';
import { ChannelError, connectToService } from '../core/local-channel/channel-client.ts';
import { defaultChannelPath, isNamedPipe } from '../core/local-channel/channel-paths.ts';
import type { ServiceFacts } from '../core/local-channel/channel-protocol.ts';
import type { QuickFixChannel } from '../core/quick-fixes.ts';
import type { SecretSealer } from '../core/trust/secret-sealer.ts';
import type { AboutInfo } from '../ipc/tray-api.ts';
import { aboutThisComputer } from './about-computer.ts';
import { collectedTopics } from './collected-data.ts';
import { startTrayRuntime } from './help-desk-runtime.ts';
import { isServiceInstalled } from '../core/service/service-installed.ts';
import { createServiceHelpDesk } from './service-help-desk.ts';

/** How long one attempt to reach the service at start may take, in ms. */
export const SERVICE_PROBE_MS = 2_000;

/**
 * How long the tray keeps trying while the service's folder exists but nothing answers yet (the
 * service starting with the computer, or restarting), in ms. Without the folder it does not wait:
 * no service runs here (systemd makes the folder as it starts the service and removes it after).
 */
export const SERVICE_STARTING_WAIT_MS = 30_000;

/** Inventory interval shown before the service has said, in hours (the core's default). */
const FALLBACK_INTERVAL_HOURS = 4;

export type ChosenTrayRuntime = {
  /** `service`: the machine-wide service runs the core; `own`: this tray does. */
  mode: 'service' | 'own';
  desk: RequesterDesk;
  quickFixes: QuickFixChannel;
  /** "About this computer", with what the school said of it. */
  about(known: HelpDeskInfo | null): AboutInfo;
  close(): void;
};

/** "About this computer" from what the service told of its enrollment. */
export function aboutFromService(
  facts: ServiceFacts | null,
  known: HelpDeskInfo | null,
): AboutInfo {
  return {
    deviceName: known?.deviceName ?? hostname(),
    site: known?.site ?? null,
    room: known?.room ?? null,
    seat: known?.seat ?? null,
    hub: facts?.hub ?? null,
    enrolled: facts?.enrolled ?? false,
    agentVersion: AGENT_VERSION,
    inventoryEveryHours: facts?.inventoryEveryHours ?? FALLBACK_INTERVAL_HOURS,
    collected: collectedTopics(),
  };
}

/** The pipe, or the socket's folder, is there: a service is installed and may be starting. */
const serviceMayBeStarting = (path: string) => existsSync(isNamedPipe(path) ? path : dirname(path));

/** Connects, trying again for a while if the service may be starting but does not answer yet. */
async function reachService(path: string, probeMs: number, startingWaitMs: number) {
  const giveUpAt = Date.now() + startingWaitMs;
  for (;;) {
    try {
      return await connectToService({ path, timeoutMs: probeMs });
    } catch (error) {
      // A full service (someone holding every place) is waited for like one starting up: falling
      // back to a core of its own would make this user's computer a second device.
      const refused =
        error instanceof ChannelError &&
        error.code !== 'unavailable' &&
        error.code !== 'too-many-connections';
      if (refused || !serviceMayBeStarting(path) || Date.now() + probeMs > giveUpAt) throw error;
      await new Promise((resolve) => setTimeout(resolve, probeMs));
    }
  }
}

/** Connects to the service if it answers; otherwise starts the tray's own core. */
export async function chooseTrayRuntime(options: {
  dataDir: string;
  logger: Logger;
  secretSealer?: SecretSealer | null;
  /** The local channel's address (default: the platform's, or HANDRAISE_AGENT_SOCKET). */
  channelPath?: string;
  probeMs?: number;
  /** Wait between attempts to reach the service again after it stopped, in ms. */
  reconnectMs?: number;
  startingWaitMs?: number;
  /** Whether the service is installed here (default: its definition file is in place). */
  serviceInstalled?: () => boolean;
}): Promise<ChosenTrayRuntime> {
  const path = options.channelPath ?? defaultChannelPath();
  const installed = options.serviceInstalled ?? (() => isServiceInstalled());
  try {
    const connection = await reachService(
      path,
      options.probeMs ?? SERVICE_PROBE_MS,
      options.startingWaitMs ?? SERVICE_STARTING_WAIT_MS,
    ).catch((error: unknown) => {
      // Installed but stopped (or turning this tray away): the tray waits for it, offline, rather
      // than become a second device under this user's account.
      if (installed()) return null;
      throw error;
    });
    const desk = await createServiceHelpDesk({
      connection,
      path,
      ...(options.reconnectMs !== undefined ? { reconnectMs: options.reconnectMs } : {}),
    });
    options.logger.info(
      { path, account: connection?.account.name ?? null },
      connection
        ? 'using the machine-wide Handraise service'
        : 'the machine-wide Handraise service is installed but not answering; waiting for it',
    );
    return {
      mode: 'service',
      desk,
      quickFixes: desk.quickFixes,
      about: (known) => aboutFromService(desk.facts(), known),
      close: () => desk.close(),
    };
  } catch (error) {
    options.logger.info(
      { path, reason: (error as Error).message },
      'no machine-wide service answered; this tray runs the agent itself',
    );
  }
  const secretSealer = options.secretSealer ?? null;
  const own = startTrayRuntime({
    dataDir: options.dataDir,
    logger: options.logger,
    secretSealer,
  });
  return {
    mode: 'own',
    desk: own.desk,
    quickFixes: own.quickFixes,
    about: (known) => aboutThisComputer(options.dataDir, known, secretSealer),
    close: () => own.close(),
  };
}
