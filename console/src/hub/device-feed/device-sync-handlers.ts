import { ok } from '@handraise/shared';
import type { ConsoleHandlers, ConsoleSocket } from '../sockets/console-namespace.ts';
import type { DeviceFeed } from './device-feed.ts';
import { devicePage } from './feed-pages.ts';

/**
 * `devices:sync` for one console: pages of the caller's device list from the hub's feed. Each
 * page is one short answer, so a burst of consoles is served in turns with everything else.
 */
export function deviceSyncHandlers(
  socket: ConsoleSocket,
  feed: DeviceFeed,
): Pick<ConsoleHandlers, 'devices:sync'> {
  return {
    'devices:sync': async (request) => {
      await feed.ready();
      return ok(devicePage(feed, socket.data.user, request));
    },
  };
}
