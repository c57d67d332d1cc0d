// The hub's Socket.IO server on the HTTP server: its two namespaces, the hold on sockets that have
// not yet authenticated, and the two ways the hub pushes (to every console, to one device).
import type { Server as HttpServer } from 'node:http';
import type { Logger } from 'pino';
import { Server, type Namespace, type ServerOptions } from 'socket.io';
import {
  AGENT_NAMESPACE,
  CONSOLE_NAMESPACE,
  MAX_SOCKET_MESSAGE_BYTES,
  reconnectSpreadMs,
  type Device,
  type HubToConsoleEvents,
} from '@handraise/shared';
import { clientAddressOf } from '../http/client-address.ts';
import type { NotifyConsoles, NotifyDevice, NotifyPeople } from '../notify.ts';
import {
  CONSOLES_ROOM,
  COORDINATORS_ROOM,
  roomForDevice,
  roomsFor,
  userRoom,
  type Where,
} from '../rooms.ts';
import type { SocketLimits } from '../socket-limits.ts';
import type { AgentNamespace } from './agent-namespace.ts';
import type { ConsoleNamespace } from './console-namespace.ts';
import { pushDevice } from './device-push.ts';
import { createUnauthenticatedConnections } from './unauthenticated-connections.ts';

// Pushes reach this hub's sockets only (`local`), at once and whether or not the other hubs can be
// reached: with several hubs, each passes them on to the others (see cluster/hub-cluster.ts).

/** Time for the closing notice to leave before the connections are ended. */
const CLOSING_NOTICE_FLUSH_MS = 100;

/** Pushes about one request or computer, whose payload says where it is (site and room). */
const SCOPED_EVENTS = new Set<keyof HubToConsoleEvents>([
  'request:created',
  'request:updated',
  // Sent to the advisors offered it (notifyPeople); were it broadcast, it stays in scope.
  'request:offered',
  'device:updated',
]);

/**
 * Who hears a push: a request or a computer, the consoles whose scope it is in; the fleet's
 * software, coordinators; a task, coordinators and its assignee; the rest, every console.
 */
function roomsOfPush(event: keyof HubToConsoleEvents, payload: unknown): string | string[] {
  if (SCOPED_EVENTS.has(event)) return roomsFor(payload as Where);
  if (event === 'software:changed') return COORDINATORS_ROOM;
  if (event === 'task:updated') {
    const { assigneeId } = payload as { assigneeId: string | null };
    return assigneeId ? [COORDINATORS_ROOM, userRoom(assigneeId)] : COORDINATORS_ROOM;
  }
  return CONSOLES_ROOM;
}

export type SocketServer = {
  io: Server;
  consoles: ConsoleNamespace;
  agents: AgentNamespace;
  notifyConsoles: NotifyConsoles;
  notifyPeople: NotifyPeople;
  notifyDevice: NotifyDevice;
  /** Ends every socket of a device (its record was replaced). */
  disconnectDevice: (deviceId: string) => void;
  close: () => Promise<void>;
};

export function createSocketServer(
  server: HttpServer,
  options: {
    limits: SocketLimits;
    corsOrigins: string[];
    trustProxy: string[] | undefined;
    logger: Logger;
    /** Joins hubs sharing one database (cluster/cluster-adapter.ts); none for a lone hub. */
    adapter?: ServerOptions['adapter'];
  },
): SocketServer {
  const { limits } = options;
  const unauthenticated = createUnauthenticatedConnections(
    {
      bytes: limits.unauthenticatedBytes,
      perAddress: limits.unauthenticatedPerAddress,
      deadlineMs: limits.authDeadlineMs,
    },
    options.logger,
    clientAddressOf(options.trustProxy),
  );
  const io = new Server(server, {
    // For authenticated sockets; unauthenticated-connections.ts holds the others to far less.
    maxHttpBufferSize: MAX_SOCKET_MESSAGE_BYTES,
    connectTimeout: limits.authDeadlineMs,
    allowRequest: unauthenticated.allowRequest,
    // Only listed origins may open sockets from a browser; the console page is same-origin.
    cors: { origin: options.corsOrigins, credentials: false },
    pingInterval: 25_000,
    pingTimeout: 20_000,
    ...(options.adapter ? { adapter: options.adapter } : {}),
  });
  // Nothing lives on the default namespace; refusing it keeps unauthenticated sockets out entirely.
  io.use((_socket, next) => next(new Error('unauthorized')));
  unauthenticated.attach(io, [AGENT_NAMESPACE, CONSOLE_NAMESPACE]);

  const consoles = io.of(CONSOLE_NAMESPACE) as unknown as ConsoleNamespace;
  const agents = io.of(AGENT_NAMESPACE) as unknown as AgentNamespace;
  return {
    io,
    consoles,
    agents,
    notifyConsoles: (event, ...args) => {
      if (event === 'device:updated') return pushDevice(consoles, args[0] as Device, args[1]);
      (consoles.local.to(roomsOfPush(event, args[0])) as unknown as Namespace).emit(event, ...args);
    },
    notifyPeople: (userIds, event, ...args) => {
      if (userIds.length === 0) return;
      (consoles.local.to(userIds.map(userRoom)) as unknown as Namespace).emit(event, ...args);
    },
    notifyDevice: (deviceId, event, ...args) => {
      (agents.local.to(roomForDevice(deviceId)) as unknown as Namespace).emit(event, ...args);
    },
    disconnectDevice: (deviceId) =>
      agents.local.in(roomForDevice(deviceId)).disconnectSockets(true),
    close: async () => {
      // Told first, the agents spread their return over a window sized to how many there are.
      if (agents.sockets.size > 0) {
        agents.local.emit('hub:closing', {
          reconnectWithinMs: reconnectSpreadMs(agents.sockets.size),
        });
        await new Promise((resolve) => setTimeout(resolve, CLOSING_NOTICE_FLUSH_MS));
      }
      io.disconnectSockets(true);
      await new Promise<void>((resolve) => void io.close(() => resolve()));
    },
  };
}
