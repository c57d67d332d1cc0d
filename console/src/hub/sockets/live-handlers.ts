import { ok, type LiveFigures } from '@handraise/shared';
import type { LiveWatch } from '../live/live-watch.ts';
import type { ConsoleHandlers, ConsoleSocket } from './console-namespace.ts';

/**
 * `device:watch` and `device:unwatch` for one console socket; the socket dropping ends its watches,
 * so that an agent never streams to a console that closed without saying so.
 */
export function liveHandlers(
  socket: ConsoleSocket,
  live: LiveWatch,
): Pick<ConsoleHandlers, 'device:watch' | 'device:unwatch'> {
  const watcher = {
    id: socket.id,
    send: (figures: LiveFigures) => void socket.emit('device:live', figures),
    ended: (deviceId: string) =>
      void socket.emit('device:unwatched', { deviceId, reason: 'forbidden' }),
  };
  socket.on('disconnect', () => live.dropSocket(watcher));
  return {
    'device:watch': ({ deviceId }) => live.watch(watcher, socket.data.user, deviceId),
    'device:unwatch': async ({ deviceId }) => {
      live.unwatch(watcher, deviceId);
      return ok({});
    },
  };
}
