import type { Logger } from 'pino';
import { fail, ok } from '@handraise/shared';
import type { Presence } from '../presence.ts';
import type { DutyRoster } from '../routing/duty-roster.ts';
import type { DutyStore } from '../storage/duty-store.ts';
import type { ConsoleHandlers, ConsoleSocket } from './console-namespace.ts';

export type DutyDeps = {
  duty: Pick<DutyStore, 'set'>;
  /** Console sockets counted per user id, the way agent sockets are counted per device. */
  consoles: Presence;
  roster: Pick<DutyRoster, 'people' | 'publish'>;
  logger: Logger;
};

/**
 * "On duty" for one console socket: counts the socket in and out (a helper who closes their last
 * console drops off the list, and comes back when they open one); answers `duty:set`.
 */
export function dutyHandlers(
  socket: ConsoleSocket,
  deps: DutyDeps,
): Pick<ConsoleHandlers, 'duty:set' | 'duty:list'> {
  const { duty, consoles, roster, logger } = deps;
  const userId = socket.data.user.id;
  const publishInBackground = () =>
    void roster.publish().catch((error: unknown) => {
      logger.error({ err: error }, 'publishing who is on duty failed');
    });

  if (consoles.add(userId)) publishInBackground();
  socket.on('disconnect', () => {
    if (consoles.remove(userId)) publishInBackground();
  });

  return {
    'duty:list': async () => ok(await roster.people()),

    'duty:set': async ({ onDuty }) => {
      // Only the caller's own flag: the id comes from the authenticated socket, never the payload.
      const user = await duty.set(userId, onDuty);
      if (!user) return fail('not-found');
      await roster.publish();
      return ok(user);
    },
  };
}
