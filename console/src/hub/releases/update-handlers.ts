// The agent namespace's update events: a check answered with an offer, and an outcome kept.
import { fail, ok } from '@handraise/shared';
import type { Logger } from 'pino';
import type { AgentHandlers, AgentSocket } from '../sockets/agent-namespace.ts';
import type { ReleaseStore } from './release-store.ts';
import { offerFor } from './update-offer.ts';
import type { UpdateSettings } from './update-settings.ts';

/** The most of an agent's outcome detail kept: a few words for the coordinator's card. */
export const MAX_OUTCOME_DETAIL = 200;

export type UpdateHandlerDeps = {
  releases: ReleaseStore;
  settings: Pick<UpdateSettings, 'get'>;
  /** A computer's update state changed: the consoles' fleet card is stale. */
  onOutcome: (deviceId: string) => void;
  logger: Logger;
};

export function updateHandlers(
  socket: AgentSocket,
  deps: UpdateHandlerDeps,
): Pick<AgentHandlers, 'update:check' | 'update:outcome'> {
  const { deviceId } = socket.data;
  return {
    'update:check': async (running) => {
      // A device asking as another kind of computer than its inventory says would be handed
      // builds it does not run (and learn which ones the school has): nothing is recorded.
      const known = await deps.releases.inventoryPlatform(deviceId);
      if (known !== null && known !== running.platform) return fail('not-found');
      await deps.releases.recordCheck(deviceId, running);
      return ok(await offerFor(running, deps));
    },
    'update:outcome': async (outcome) => {
      // Only outcomes for releases the hub has: a made-up version would show in the console.
      if (!(await deps.releases.hasVersion(outcome.version))) return fail('not-found');
      const detail = outcome.detail?.slice(0, MAX_OUTCOME_DETAIL);
      outcome = { version: outcome.version, result: outcome.result, ...(detail ? { detail } : {}) };
      await deps.releases.recordOutcome(deviceId, outcome);
      const log = deps.logger.child({ deviceId });
      if (outcome.result === 'installed') log.info({ outcome }, 'agent updated');
      else log.warn({ outcome }, 'agent update did not go through');
      deps.onOutcome(deviceId);
      return ok({ recorded: true as const });
    },
  };
}
