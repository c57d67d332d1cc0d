// The agent namespace's update events: a check answered with an offer, and an outcome kept.
import { ok } from '@handraise/shared';
import type { Logger } from 'pino';
import type { AgentHandlers, AgentSocket } from '../sockets/agent-namespace.ts';
import type { ReleaseStore } from './release-store.ts';
import { offerFor } from './update-offer.ts';
import type { UpdateSettings } from './update-settings.ts';

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
      await deps.releases.recordCheck(deviceId, running);
      return ok(await offerFor(running, deps));
    },
    'update:outcome': async (outcome) => {
      await deps.releases.recordOutcome(deviceId, outcome);
      const log = deps.logger.child({ deviceId });
      if (outcome.result === 'installed') log.info({ outcome }, 'agent updated');
      else log.warn({ outcome }, 'agent update did not go through');
      deps.onOutcome(deviceId);
      return ok({ recorded: true as const });
    },
  };
}
