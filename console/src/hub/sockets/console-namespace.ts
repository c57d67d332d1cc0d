import type { Namespace, Socket } from 'socket.io';
import type { Logger } from 'pino';
import {
  consoleEvents,
  consoleHandshakeSchema,
  fail,
  ok,
  roleMaySend,
  type ConsoleEvents,
  type ConsoleSocketData,
  type ConsoleToHubEvents,
  type HubToConsoleEvents,
  type UpdateTask,
} from '@handraise/shared';
import type { Presence } from '../presence.ts';
import { inScope, mayReachRequest, tasksFor } from '../access/advisor-reach.ts';
import type { DeviceReach } from '../access/device-reach.ts';
import { deviceRowFor } from '../access/device-row.ts';
import { CONSOLES_ROOM, scopeRoomsOf } from '../rooms.ts';
import type { DevicesStore } from '../storage/devices-store.ts';
import type { RequestsStore } from '../storage/requests-store.ts';
import type { UsersStore } from '../storage/users-store.ts';
import type { ConsoleSessions, SocketSession } from './console-sessions.ts';
import { dutyHandlers, type DutyDeps } from './duty-handlers.ts';
import type { LiveWatch } from '../live/live-watch.ts';
import { liveHandlers } from './live-handlers.ts';
import { registerEventHandlers, type EventHandlers } from './event-handlers.ts';
import { requestActionHandlers, type RequestActionDeps } from './request-actions.ts';
import { incidentHandlers, type IncidentHandlerDeps } from './incident-handlers.ts';
import { requestDeskHandlers, type RequestDeskDeps } from './request-desk-handlers.ts';
import type { DeviceFeed } from '../device-feed/device-feed.ts';
import { deviceSyncHandlers } from '../device-feed/device-sync-handlers.ts';

export type ConsoleNamespace = Namespace<
  ConsoleToHubEvents,
  HubToConsoleEvents,
  Record<string, never>,
  ConsoleSocketData
>;
export type ConsoleSocket = Socket<
  ConsoleToHubEvents,
  HubToConsoleEvents,
  Record<string, never>,
  ConsoleSocketData
>;
/** The hub's side of consoleEvents: one handler per event. */
export type ConsoleHandlers = EventHandlers<ConsoleEvents>;

export type ConsoleNamespaceDeps = {
  users: UsersStore;
  devices: DevicesStore;
  requests: RequestsStore;
  presence: Presence;
  /**
   * Asks a device's agent for a full inventory, unless an ask is still open (its report answers
   * this one too); false when the device is not connected.
   */
  requestInventory: (deviceId: string) => boolean;
  /** "Refresh inventory" per person and device (INVENTORY_ASK_RATE_LIMIT). */
  inventoryAskLimiter: { take(key: string): boolean };
  /** Claim, message, resolve. */
  actions: RequestActionDeps;
  /** Room incidents: their requests claimed, resolved, escalated together; split and merge. */
  incidents: Omit<IncidentHandlerDeps, 'actions'>;
  /** The request desk: resolves kept for their undo, staff notes. */
  desk: RequestDeskDeps;
  /** Who may see a computer's details now. */
  reach: DeviceReach;
  /** Who is on duty, and which helpers have a console open. */
  duty: Omit<DutyDeps, 'logger'>;
  /** Update tasks, for `tasks:list`. */
  tasks: { list(): Promise<UpdateTask[]> };
  /** Who watches which computer's live figures. */
  live: LiveWatch;
  /** The hub's copy of the device list, for `devices:sync`. */
  deviceFeed: DeviceFeed;
  /** Ends each socket with its session (revoked, expired). */
  sessions: ConsoleSessions;
  logger: Logger;
};

/** The session each socket authenticated with, from the handshake until `connection`. */
const handshakeSessions = new WeakMap<ConsoleSocket, SocketSession>();

/** People's consoles: handshake authentication by session token, then queries; pushes come from the hub. */
export function registerConsoleNamespace(nsp: ConsoleNamespace, deps: ConsoleNamespaceDeps): void {
  const { users, devices, requests, presence, logger } = deps;

  nsp.use((socket, next) => {
    const auth = consoleHandshakeSchema.safeParse(socket.handshake.auth);
    if (!auth.success) return next(new Error('unauthorized'));
    users.sessionForToken(auth.data.token).then(
      (session) => {
        if (!session) return next(new Error('unauthorized'));
        const { user, tokenHash, expiresAt } = session;
        socket.data = { user };
        handshakeSessions.set(socket, { userId: user.id, tokenHash, expiresAt });
        next();
      },
      (error: unknown) => {
        logger.error({ err: error }, 'console authentication failed');
        next(new Error('unavailable'));
      },
    );
  });

  nsp.on('connection', (socket: ConsoleSocket) => {
    const log = logger.child({ userId: socket.data.user.id });
    const { user } = socket.data;
    const session = handshakeSessions.get(socket);
    if (!session) return void socket.disconnect();
    deps.sessions.track(socket, session);
    void socket.join([CONSOLES_ROOM, ...scopeRoomsOf(socket.data.user)]);
    const handlers: ConsoleHandlers = {
      ...requestActionHandlers(socket, deps.actions),
      ...incidentHandlers(socket, { ...deps.incidents, actions: deps.actions }),
      ...requestDeskHandlers(socket, deps),
      ...dutyHandlers(socket, { ...deps.duty, logger: log }),
      ...liveHandlers(socket, deps.live),
      ...deviceSyncHandlers(socket, deps.deviceFeed),

      'devices:list': async (filter) =>
        ok(
          (await devices.list(filter, presence.isOnline))
            .filter((d) => inScope(user, d))
            .map((d) => deviceRowFor(user, d)),
        ),

      'device:get': async ({ deviceId }) => {
        const device = await devices.detail(deviceId, presence.isOnline);
        const shown = device ? await deps.reach.details(user, device) : null;
        return shown ? ok(shown) : fail('not-found');
      },

      'device:request-inventory': async ({ deviceId }) => {
        // Keyed by person and device: one person's clicking leaves everyone else's asks alone.
        if (!deps.inventoryAskLimiter.take(`${socket.data.user.id} ${deviceId}`))
          return fail('rate-limited');
        const device = await devices.find(deviceId, presence.isOnline);
        if (!device || !(await deps.reach.maySeeNow(user, device))) return fail('not-found');
        return ok({ delivered: deps.requestInventory(deviceId) });
      },

      'requests:list': async (filter) =>
        ok((await requests.list(filter)).filter((r) => mayReachRequest(user, r))),

      'tasks:list': async () => ok(tasksFor(user, await deps.tasks.list())),

      'request:get': async ({ requestId }) => {
        const request = await requests.detail(requestId);
        if (!request || !mayReachRequest(user, request)) return fail('not-found');
        return ok(await deps.reach.requestFor(user, request));
      },
    };
    const { role } = socket.data.user;
    registerEventHandlers(socket, consoleEvents, handlers, {
      logger: log,
      maySend: (senders) => roleMaySend(senders, role),
    });
  });
}
