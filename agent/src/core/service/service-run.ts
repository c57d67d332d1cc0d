// `handraise-agent service run`: the core, machine-wide (inventory, outbox, hub connection,
// enrollment), and the local channel through which each signed-in user's tray asks for help.
import { mkdirSync } from 'node:fs';
import type { Logger } from 'pino';
import { resolveSettings } from '../agent-service.ts';
import { readCredentials } from '../credentials.ts';
import { startChannelServer } from '../local-channel/channel-server.ts';
import { defaultChannelPath, proofFolderFor } from '../local-channel/channel-paths.ts';
import type { ServiceFacts } from '../local-channel/channel-protocol.ts';
import { restrictProofFolder } from '../local-channel/windows-proof-acl.ts';
import { runCommand, type CommandRunner } from './command-runner.ts';
import { startDeskRuntime } from './desk-runtime.ts';

const MS_PER_HOUR = 3_600_000;

/** What "About this computer" says of the service's enrollment, read afresh at each call. */
export function serviceFacts(dataDir: string): ServiceFacts {
  try {
    const resolved = resolveSettings({ dataDir });
    const credentials = readCredentials(resolved.files.credentials, null);
    return {
      hub: credentials?.hub ?? resolved.hub ?? null,
      enrolled: credentials !== null,
      inventoryEveryHours: resolved.inventoryIntervalMs / MS_PER_HOUR,
    };
  } catch {
    // A broken config file is reported by the agent itself; "not set up" is what the user sees.
    return { hub: null, enrolled: false, inventoryEveryHours: 4 };
  }
}

export type RunningService = { channelPath: string; close(): Promise<void> };

/** Starts the core and the local channel; `close` stops both. */
export async function startService(options: {
  dataDir: string;
  logger: Logger;
  channelPath?: string;
  retryMs?: number;
  /** The OS whose rules apply (this one's, unless a test names another). */
  platform?: NodeJS.Platform;
  /** Runs icacls on Windows (a test's stand-in, or the real one). */
  run?: CommandRunner;
}): Promise<RunningService> {
  const { dataDir, logger } = options;
  const channelPath = options.channelPath ?? defaultChannelPath();
  const proofs = proofFolderFor(channelPath);
  if ((options.platform ?? process.platform) === 'win32') {
    // Before anyone can connect: the folder's inherited ACL would let users list and read proofs.
    mkdirSync(proofs, { recursive: true });
    await restrictProofFolder(proofs, options.run ?? runCommand);
  }
  const core = startDeskRuntime({
    dataDir,
    logger,
    runtime: 'service',
    ...(options.retryMs !== undefined ? { retryMs: options.retryMs } : {}),
  });
  let server;
  try {
    server = await startChannelServer({
      path: channelPath,
      proofs,
      backend: { desk: core.desk, quickFixes: core.quickFixes, facts: () => serviceFacts(dataDir) },
      logger,
    });
  } catch (error) {
    core.close();
    throw error;
  }
  return {
    channelPath,
    async close() {
      await server.close();
      core.close();
    },
  };
}
