// A stopping hub gives its agents a window to come back in (shared closing-spread.ts): this wires
// that notice to the agent's connection, so thousands of computers do not all knock within the
// same seconds after a hub restart.
import type { Logger } from 'pino';
import type { Socket } from 'socket.io-client';
import {
  closingNoticeFollower,
  type AgentToHubEvents,
  type HubToAgentEvents,
} from '@handraise/shared';

export function spreadReturnAfterClosing(
  socket: Socket<HubToAgentEvents, AgentToHubEvents>,
  logger: Logger,
  random: () => number = Math.random,
): { cancel(): void } {
  const follower = closingNoticeFollower(random);
  let timer: NodeJS.Timeout | undefined;
  socket.on('hub:closing', (notice) => follower.noticed(notice));
  socket.on('connect', () => follower.connected());
  socket.on('disconnect', (reason) => {
    const delayMs = follower.disconnected(reason);
    if (delayMs === null) return;
    // Turned off while the manager is still closing the connection: it then skips its own retry.
    socket.io.reconnection(false);
    clearTimeout(timer);
    timer = setTimeout(() => {
      socket.io.reconnection(true);
      socket.connect();
    }, delayMs);
    logger.info({ retryInMs: delayMs }, 'the hub is restarting; connecting again later');
  });
  return {
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
