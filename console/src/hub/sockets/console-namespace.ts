import type { Namespace, Socket } from 'socket.io';
import type { Logger } from 'pino';
import {
  consoleHandshakeSchema,
  deviceIdPayloadSchema,
  deviceListPayloadSchema,
  fail,
  ok,
  requestIdPayloadSchema,
  requestListPayloadSchema,
  type ConsoleSocketData,
  type ConsoleToHubEvents,
  type HubToConsoleEvents,
} from '@handraise/shared';
import type { Presence } from '../presence.ts';
import { CONSOLES_ROOM } from '../rooms.ts';
import type { DevicesStore } from '../storage/devices-store.ts';
import type { RequestsStore } from '../storage/requests-store.ts';
import type { UsersStore } from '../storage/users-store.ts';
import { registerDutyHandlers, type DutyDeps } from './duty-handlers.ts';
import { guarded } from './guarded-handler.ts';
import { registerRequestActions, type RequestActionDeps } from './request-actions.ts';

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

export type ConsoleNamespaceDeps = {
  users: UsersStore;
  devices: DevicesStore;
  requests: RequestsStore;
  presence: Presence;
  /** Asks a device's agent for a full inventory; false when the device is not connected. */
  requestInventory: (deviceId: string) => boolean;
  /** Claim, message, resolve. */
  actions: Omit<RequestActionDeps, 'logger'>;
  /** Who is on duty, and which helpers have a console open. */
  duty: Omit<DutyDeps, 'logger'>;
  logger: Logger;
};

/** People's consoles: handshake authentication by session token, then queries; pushes come from the hub. */
export function registerConsoleNamespace(nsp: ConsoleNamespace, deps: ConsoleNamespaceDeps): void {
  const { users, devices, requests, presence, logger } = deps;

  nsp.use((socket, next) => {
    const auth = consoleHandshakeSchema.safeParse(socket.handshake.auth);
    if (!auth.success) return next(new Error('unauthorized'));
    users.userForToken(auth.data.token).then(
      (user) => {
        if (!user) return next(new Error('unauthorized'));
        socket.data = { user };
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
    void socket.join(CONSOLES_ROOM);
    registerRequestActions(socket, { ...deps.actions, logger: log });
    registerDutyHandlers(socket, { ...deps.duty, logger: log });

    socket.on(
      'devices:list',
      guarded(deviceListPayloadSchema, log, 'devices:list', async (filter) =>
        ok(await devices.list(filter, presence.isOnline)),
      ),
    );

    socket.on(
      'device:get',
      guarded(deviceIdPayloadSchema, log, 'device:get', async ({ deviceId }) => {
        const device = await devices.detail(deviceId, presence.isOnline);
        return device ? ok(device) : fail('not-found');
      }),
    );

    socket.on(
      'device:request-inventory',
      guarded(deviceIdPayloadSchema, log, 'device:request-inventory', async ({ deviceId }) => {
        const device = await devices.find(deviceId, presence.isOnline);
        if (!device) return fail('not-found');
        return ok({ delivered: deps.requestInventory(deviceId) });
      }),
    );

    socket.on(
      'requests:list',
      guarded(requestListPayloadSchema, log, 'requests:list', async (filter) =>
        ok(await requests.list(filter)),
      ),
    );

    socket.on(
      'request:get',
      guarded(requestIdPayloadSchema, log, 'request:get', async ({ requestId }) => {
        const request = await requests.detail(requestId);
        return request ? ok(request) : fail('not-found');
      }),
    );
  });
}
