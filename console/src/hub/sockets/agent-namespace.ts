import type { Namespace, Socket } from 'socket.io';
import type { Logger } from 'pino';
import {
  agentEvents,
  agentHandshakeSchema,
  fail,
  MIN_AGENT_PROTOCOL_VERSION,
  ok,
  PROTOCOL_VERSION,
  checkScreenshot,
  type AgentEvents,
  type AgentSocketData,
  type AgentToHubEvents,
  type HelpRequest,
  type HubToAgentEvents,
} from '@handraise/shared';
import type { InventoryGate } from '../inventory-gate.ts';
import type { NotifyConsoles } from '../notify.ts';
import type { Presence } from '../presence.ts';
import { roomForDevice } from '../rooms.ts';

import type { LiveWatch } from '../live/live-watch.ts';
import type { ConnectionSwaps } from '../tls/connection-swaps.ts';
import type { PendingWork } from '../pending-work.ts';
import type { DevicesStore } from '../storage/devices-store.ts';
import type { RequestsStore } from '../storage/requests-store.ts';
import { registerEventHandlers, type EventHandlers } from './event-handlers.ts';
import { inventoryHandlers } from './inventory-handler.ts';
import type { AgentCostStore } from '../storage/agent-cost-store.ts';
import { requesterHandlers, type RequesterHandlerDeps } from './requester-handlers.ts';
import { quickFixHandlers, type QuickFixDesk } from './quick-fix-handlers.ts';
import { updateHandlers, type UpdateHandlerDeps } from '../releases/update-handlers.ts';

export type AgentNamespace = Namespace<
  AgentToHubEvents,
  HubToAgentEvents,
  Record<string, never>,
  AgentSocketData
>;
export type AgentSocket = Socket<
  AgentToHubEvents,
  HubToAgentEvents,
  Record<string, never>,
  AgentSocketData
>;
/** The hub's side of agentEvents: one handler per event. */
export type AgentHandlers = EventHandlers<AgentEvents>;

export type AgentNamespaceDeps = {
  devices: DevicesStore;
  /** Where a disconnection's bookkeeping is left for the hub to wait on when it closes. */
  pendingWork: PendingWork;
  requests: RequestsStore;
  presence: Presence;
  helpRateLimiter: { take(key: string): boolean };
  /** `live:sample` per device, counted before the payload is parsed. */
  liveSampleLimiter: { take(key: string): boolean };
  /** Which inventory reports each device may send now (see inventory-gate.ts). */
  inventoryGate: InventoryGate;
  /** The requester's side of requests: list, reply, feedback. */
  requester: Omit<RequesterHandlerDeps, 'deviceName'>;
  /** Tells consoles about a device or a request. */
  notifyConsoles: NotifyConsoles;
  /** Offers a new request to the advisors on duty for it, or hands it to the coordinator. */
  routeNewRequest: (request: HelpRequest) => Promise<unknown>;
  /** The tray's quick fixes: the ones for this computer, and "This fixed it". */
  quickFixes: QuickFixDesk;
  /**
   * A device's stored inventory changed. Started before the agent's answer, so anything asked of
   * the hub after the answer sees the new verdicts; not awaited, so its failure cannot fail a report.
   */
  onInventoryStored?: (deviceId: string) => Promise<void>;
  /** Each agent's latest cost figures, as its reports carry them. */
  agentCosts: Pick<AgentCostStore, 'record'>;
  /** Where replaced connections are noted: a secret is not rotated while two copies take turns. */
  swaps: Pick<ConnectionSwaps, 'noteReplaced'>;
  /** Tells the other hubs sharing the database that this device connected here (see hub-cluster). */
  takeOver?: (deviceId: string, newcomer: Newcomer) => void;
  /** Live figures: samples go to the computer's watchers; a reconnected agent hears who watches. */
  live: Pick<LiveWatch, 'receive' | 'agentConnected'>;
  /** Self-update: checks answered with an offer, outcomes kept (see releases/). */
  updates: UpdateHandlerDeps;
  logger: Logger;
};

/** A device's newest connection: which socket (none when on another hub), whence and when. */
export type Newcomer = { socketId: string | null; address: string; issuedAt: number };

/**
 * One live connection per device: a new one replaces any earlier one. The usual cause is an agent
 * reconnecting before the hub noticed its old connection drop (a sleeping laptop, a Wi-Fi change);
 * refusing the newcomer would shut the real agent out until the old one timed out. A copied secret
 * used elsewhere shows up as connections replacing each other, which is logged with both addresses.
 * With several hubs the new connection may be on another one: that hub says so (`takeOver`), and
 * this one ends the device's connections here that began before it (two that began in the same
 * moment on two hubs would otherwise end each other).
 */
export function endEarlierConnections(
  nsp: AgentNamespace,
  deviceId: string,
  newcomer: Newcomer,
  log: Logger,
  swaps: AgentNamespaceDeps['swaps'],
): void {
  const room = roomForDevice(deviceId);
  const earlier = [...(nsp.adapter.rooms.get(room) ?? [])].filter((id) => id !== newcomer.socketId);
  for (const id of earlier) {
    const old = nsp.sockets.get(id);
    if (!old || old.handshake.issued > newcomer.issuedAt) continue;
    log.warn(
      { deviceId, previousAddress: old.handshake.address, address: newcomer.address },
      "a new connection with this device's secret replaces the earlier one",
    );
    swaps.noteReplaced(deviceId);
    old.disconnect(true);
  }
}

/** Agents: handshake authentication by device secret, then inventory and help requests. */
export function registerAgentNamespace(nsp: AgentNamespace, deps: AgentNamespaceDeps): void {
  const { devices, requests, presence, logger } = deps;

  const publishDevice = async (deviceId: string) => {
    const device = await devices.find(deviceId, presence.isOnline);
    if (device) deps.notifyConsoles('device:updated', device);
  };

  nsp.use((socket, next) => {
    const auth = agentHandshakeSchema.safeParse(socket.handshake.auth);
    if (!auth.success) return next(new Error('unauthorized'));
    if (auth.data.protocolVersion < MIN_AGENT_PROTOCOL_VERSION)
      return next(new Error('protocol-unsupported'));
    devices
      .authenticate(auth.data.deviceId, auth.data.secret)
      .then(async (row) => {
        if (!row) {
          // A computer deleted for privacy while its agent was away: refused for good like a
          // retired one, so that the agent does not take `unauthorized` as a cue to enroll anew.
          if (await devices.wasDeleted(auth.data.deviceId)) {
            logger.warn({ deviceId: auth.data.deviceId }, 'a deleted device tried to connect');
            return next(new Error('device-retired'));
          }
          return next(new Error('unauthorized'));
        }
        if (row.retired_at !== null) {
          // Its own code, so the agent says so and does not enroll itself again as a new computer.
          logger.warn(
            { deviceId: row.id, retiredAt: row.retired_at },
            'a retired device tried to connect',
          );
          return next(new Error('device-retired'));
        }
        if (row.revoked_at !== null) {
          logger.warn(
            { deviceId: row.id, revokedAt: row.revoked_at },
            'a revoked device tried to connect',
          );
          return next(new Error('device-revoked'));
        }
        socket.data = {
          deviceId: row.id,
          protocolVersion: auth.data.protocolVersion,
          agentVersion: auth.data.agentVersion,
        };
        next();
      })
      .catch((error: unknown) => {
        logger.error({ err: error }, 'agent authentication failed');
        next(new Error('unavailable'));
      });
  });

  nsp.on('connection', (socket: AgentSocket) => {
    const { deviceId } = socket.data;
    const log = logger.child({ deviceId });
    presence.add(deviceId);
    const newcomer: Newcomer = {
      socketId: socket.id,
      address: socket.handshake.address,
      issuedAt: socket.handshake.issued,
    };
    endEarlierConnections(nsp, deviceId, newcomer, log, deps.swaps);
    deps.takeOver?.(deviceId, newcomer);
    void socket.join(roomForDevice(deviceId));

    const announce = async () => {
      await devices.markSeen(deviceId, socket.data);
      const device = await devices.find(deviceId, presence.isOnline);
      if (!device) return;
      socket.emit('hub:welcome', {
        protocolVersion: PROTOCOL_VERSION,
        deviceId,
        deviceName: device.name,
      });
      deps.notifyConsoles('device:updated', device);
      deps.live.agentConnected(deviceId);
    };
    announce().catch((error: unknown) => log.error({ err: error }, 'agent welcome failed'));

    socket.on('disconnect', () => {
      presence.remove(deviceId);
      deps.pendingWork.track(
        devices
          .markSeen(deviceId)
          .then(() => publishDevice(deviceId))
          .catch((error: unknown) =>
            log.error({ err: error }, 'agent disconnect bookkeeping failed'),
          ),
      );
    });

    registerEventHandlers(
      socket,
      agentEvents,
      {
        ...inventoryHandlers(socket, {
          devices,
          gate: deps.inventoryGate,
          publishDevice,
          onInventoryStored: deps.onInventoryStored,
          agentCosts: deps.agentCosts,
          logger: log,
        }),
        ...requesterHandlers(socket, {
          ...deps.requester,
          deviceName: async (id) =>
            (await devices.find(id, presence.isOnline))?.name ?? 'this computer',
        }),
        ...quickFixHandlers(socket, deps.quickFixes),
        ...updateHandlers(socket, deps.updates),
        'live:sample': {
          // A flood of large samples is turned away before any of it is parsed.
          admit: () => (deps.liveSampleLimiter.take(deviceId) ? null : 'rate-limited'),
          handle: async (sample) => ok(await deps.live.receive(deviceId, sample)),
        },
        'help:create': async (input) => {
          let screenshot = null;
          if (input.screenshot) {
            // Its header's size decides what a viewer's browser must decode, whatever the file size.
            const checked = checkScreenshot(input.screenshot);
            if (!checked.ok) return fail(checked.error);
            screenshot = { type: checked.type, data: input.screenshot };
          }
          const earlier = await requests.findByKey(deviceId, input.idempotencyKey);
          if (earlier) return ok({ requestId: earlier.id, duplicate: true });
          if (!deps.helpRateLimiter.take(deviceId)) return fail('rate-limited');
          const device = await devices.find(deviceId, presence.isOnline);
          if (!device) return fail('not-found');
          const { request, duplicate } = await requests.create(device, input, screenshot);
          if (!duplicate) {
            deps.notifyConsoles('request:created', request);
            // Stored and listed already: a routing failure must not lose or fail the request
            // (the escalation wait still brings it to the coordinator).
            await deps.routeNewRequest(request).catch((error: unknown) => {
              log.error({ err: error, requestId: request.id }, 'routing a new request failed');
            });
          }
          log.info({ requestId: request.id, duplicate }, 'help request received');
          return ok({ requestId: request.id, duplicate });
        },
      },
      // Only authenticated devices reach this namespace's connection handler.
      { logger: log, maySend: (senders) => senders === 'device' },
    );
  });
}
