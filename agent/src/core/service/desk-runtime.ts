// A help desk with the core behind it: the outbox, the help desk and the hub connection, kept
// trying in the background. The desk works from the first moment; requests wait in the outbox.
// The machine-wide service runs it for every user of the computer; a tray without the service
// runs it for its own user (tray/help-desk-runtime.ts).
import type { Logger } from 'pino';
import type { DeviceSnapshot } from '@handraise/shared';
import { agentFiles } from '../agent-paths.ts';
import { startAgent, type RunningAgent } from '../agent-service.ts';
import { createHelpDesk, type HelpDesk } from '../help-desk.ts';
import { takeSnapshot } from '../help-request.ts';
import type { CollectedInventory } from '../inventory.ts';
import { openOutbox } from '../outbox.ts';
import { createQuickFixChannel, type QuickFixChannel } from '../quick-fixes.ts';
import type { SecretSealer } from '../trust/secret-sealer.ts';

/** Wait before trying to start the agent again after it could not (not enrolled, hub down), in ms. */
export const AGENT_RETRY_MS = 5 * 60_000;

export type DeskRuntime = {
  desk: HelpDesk;
  /** The school's quick fixes, asked of the running agent's hub connection. */
  quickFixes: QuickFixChannel;
  dataDir: string;
  /** Resolves once the first attempt to start the agent has finished, whatever its outcome. */
  started: Promise<void>;
  close(): void;
};

/** Opens the outbox, creates the help desk and starts the agent (retrying until it can). */
export function startDeskRuntime(options: {
  dataDir: string;
  logger: Logger;
  /** What runs the core, told to the hub with the agent's cost. */
  runtime: 'service' | 'tray';
  collect?: () => Promise<CollectedInventory>;
  snapshot?: () => Promise<DeviceSnapshot>;
  retryMs?: number;
  /** The signed-in user's keychain, which seals the device secret; none keeps it in a 0600 file. */
  secretSealer?: SecretSealer | null;
}): DeskRuntime {
  const { dataDir, logger } = options;
  const secretSealer = options.secretSealer ?? null;
  const store = openOutbox(agentFiles(dataDir).store, { onRecovered: (line) => logger.warn(line) });
  const desk = createHelpDesk({ store, takeSnapshot: options.snapshot ?? (() => takeSnapshot()) });
  let agent: RunningAgent | null = null;
  let retry: NodeJS.Timeout | undefined;
  let closed = false;

  desk.attach({
    // Read at each call: the agent replaces its client after re-enrolling.
    flushOutbox: () => agent?.client.flushOutbox() ?? Promise.resolve(),
    isConnected: () => agent?.client.isConnected() ?? false,
    looks: async () => (await agent?.client.looks()) ?? null,
    helpDesk: async () => (await agent?.client.helpDesk()) ?? null,
  });

  const scheduleRetry = () => {
    if (closed) return;
    retry = setTimeout(() => void start(), options.retryMs ?? AGENT_RETRY_MS);
    // Waiting to retry must not keep a closing process alive.
    retry.unref();
  };

  async function start(): Promise<void> {
    try {
      const running = await startAgent(
        { dataDir, secretSealer },
        {
          logger,
          store,
          runtime: options.runtime,
          ...(options.collect ? { collect: options.collect } : {}),
          ...desk.hooks,
          onFatal: (error) => {
            logger.error({ err: error }, 'the hub refused this computer; trying again later');
            agent?.close();
            agent = null;
            scheduleRetry();
          },
        },
      );
      if (closed) running.close();
      else agent = running;
    } catch (error) {
      logger.warn({ err: error }, 'the agent could not start yet; requests are kept until it can');
      scheduleRetry();
    }
  }

  return {
    desk,
    dataDir,
    quickFixes: createQuickFixChannel(() => agent?.client ?? null),
    started: start(),
    close() {
      closed = true;
      clearTimeout(retry);
      agent?.close();
      agent = null;
      store.close();
    },
  };
}
