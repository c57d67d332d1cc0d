import type { Logger } from 'pino';
import {
  deviceBulkRoomSchema,
  deviceBulkSchema,
  MAX_BULK_BODY_BYTES,
  type BulkRefreshResult,
  type BulkRetireResult,
  type BulkRoomResult,
  type HubFarewell,
} from '@handraise/shared';
import type { NotifyConsoles } from '../notify.ts';
import type { PublishRequest } from '../request-publisher.ts';
import type { DeviceFleetStore } from '../storage/device-fleet-store.ts';
import type { DevicesStore } from '../storage/devices-store.ts';
import { COORDINATORS_ONLY, callerOf } from './access.ts';
import type { HttpApp } from './http-app.ts';
import { sendData, sendError } from './reply.ts';

export type DeviceBulkDeps = {
  fleet: DeviceFleetStore;
  devices: DevicesStore;
  isOnline: (deviceId: string) => boolean;
  /** Asks a connected agent for a full inventory (merged with an ask still open); false offline. */
  requestInventory: (deviceId: string) => boolean;
  notifyConsoles: NotifyConsoles;
  publishRequest: PublishRequest;
  /** Ends a retired computer's connection, telling its agent why first. */
  disconnectDevice: (deviceId: string, reason: HubFarewell['reason']) => void;
  /** Closes a retired computer's open requests (nobody can answer them) and pushes the change. */
  closeRequests: (requestIds: readonly string[]) => Promise<void>;
  /** A computer's room or presence in the fleet changed: its software verdicts follow. */
  deviceChanged: (deviceId: string) => Promise<void>;
  logger: Logger;
};

/**
 * The coordinator's actions on many computers of the devices list at once. Every id must name a
 * computer in the fleet or nothing happens (`not-found`); other consoles hear of each change.
 */
export function registerDeviceBulkRoutes(app: HttpApp, deps: DeviceBulkDeps): void {
  const unique = (ids: string[]) => [...new Set(ids)];
  const log = (error: unknown) => deps.logger.error({ err: error }, 'a bulk device push failed');

  app.post(
    '/api/devices/bulk/refresh',
    {
      ...COORDINATORS_ONLY,
      bodyLimit: MAX_BULK_BODY_BYTES,
      schema: {
        summary: 'Ask computers for a fresh inventory (the connected ones; the answer counts both)',
        body: deviceBulkSchema,
      },
    },
    async (request, reply) => {
      const ids = unique(request.body.deviceIds);
      if (!(await deps.fleet.allActive(ids))) return sendError(reply, 'not-found');
      // The inventory gate keeps one open ask per computer, so a repeated click adds no load.
      const asked = ids.filter((id) => deps.requestInventory(id)).length;
      return sendData<BulkRefreshResult>(reply, { asked, offline: ids.length - asked });
    },
  );

  app.post(
    '/api/devices/bulk/room',
    {
      ...COORDINATORS_ONLY,
      bodyLimit: MAX_BULK_BODY_BYTES,
      schema: {
        summary: 'Move computers to a room; their requests follow',
        body: deviceBulkRoomSchema,
      },
    },
    async (request, reply) => {
      const ids = unique(request.body.deviceIds);
      const moved = await deps.fleet.moveToRoom(ids, request.body.room);
      if (!moved) return sendError(reply, 'not-found');
      deps.logger.info(
        { by: callerOf(request).id, devices: ids.length, room: request.body.room },
        'devices moved to a room',
      );
      for (const id of ids) {
        // Consoles whose scope held the old room drop it; those of the new room get it.
        deps.notifyConsoles('device:removed', { deviceId: id, replacedBy: null });
        const device = await deps.devices.find(id, deps.isOnline);
        if (device) deps.notifyConsoles('device:updated', device);
        deps.deviceChanged(id).catch(log);
      }
      for (const requestId of moved.requestIds) deps.publishRequest(requestId).catch(log);
      return sendData<BulkRoomResult>(reply, {
        moved: ids.length,
        requestsMoved: moved.requestIds.length,
      });
    },
  );

  app.post(
    '/api/devices/bulk/retire',
    {
      ...COORDINATORS_ONLY,
      bodyLimit: MAX_BULK_BODY_BYTES,
      schema: {
        summary:
          'Retire computers: out of lists, counts and seats, their open requests closed, their agents turned away',
        body: deviceBulkSchema,
      },
    },
    async (request, reply) => {
      const ids = unique(request.body.deviceIds);
      const retired = await deps.fleet.retire(ids);
      if (!retired) return sendError(reply, 'not-found');
      deps.logger.info(
        { by: callerOf(request).id, devices: ids, requestsClosed: retired.requestIds.length },
        'devices retired',
      );
      for (const id of ids) {
        deps.disconnectDevice(id, 'device-retired');
        deps.notifyConsoles('device:removed', { deviceId: id, replacedBy: null });
        deps.deviceChanged(id).catch(log);
      }
      // Closed before answering, so the coordinator's next look at the desk no longer shows them.
      await deps.closeRequests(retired.requestIds);
      return sendData<BulkRetireResult>(reply, { retired: ids.length });
    },
  );
}
