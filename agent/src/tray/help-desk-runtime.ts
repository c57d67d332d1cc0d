// The tray's core, without Electron, when no machine-wide service runs it: the outbox, the help
// desk and the hub connection of the signed-in user's own data folder (see
// core/service/desk-runtime.ts; tray/service-runtime.ts chooses between the two).
import type { Logger } from 'pino';
import type { DeviceSnapshot } from '@handraise/shared';
import { startDeskRuntime, type DeskRuntime } from '../core/service/desk-runtime.ts';
import type { CollectedInventory } from '../core/inventory.ts';
import type { SecretSealer } from '../core/trust/secret-sealer.ts';

export { AGENT_RETRY_MS } from '../core/service/desk-runtime.ts';

export type TrayRuntime = DeskRuntime;

/** Opens the outbox, creates the help desk and starts the agent (retrying until it can). */
export function startTrayRuntime(options: {
  dataDir: string;
  logger: Logger;
  collect?: () => Promise<CollectedInventory>;
  snapshot?: () => Promise<DeviceSnapshot>;
  retryMs?: number;
  /** The signed-in user's keychain, which seals the device secret; none keeps it in a 0600 file. */
  secretSealer?: SecretSealer | null;
}): TrayRuntime {
  return startDeskRuntime({ ...options, runtime: 'tray' });
}
