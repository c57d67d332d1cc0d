import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import {
  deviceIdPayloadSchema,
  requesterQuerySchema,
  type DeviceDataExport,
  type HubFarewell,
  type PrivacyDeletion,
  type RequesterDataExport,
} from '@handraise/shared';
import type { Clock } from '../clock.ts';
import type { NotifyConsoles } from '../notify.ts';
import { deleteDeviceData, exportDeviceData } from '../privacy/device-data.ts';
import { deleteRequesterData, exportRequesterData } from '../privacy/requester-data.ts';
import type { Database } from '../storage/schema.ts';
import { callerOf, COORDINATORS_ONLY } from './access.ts';
import type { HttpApp } from './http-app.ts';
import { sendData, sendError } from './reply.ts';

export type PrivacyDeps = {
  db: Kysely<Database>;
  clock: Clock;
  /** Ends a deleted computer's connection, telling its agent why first. */
  disconnectDevice: (deviceId: string, reason: HubFarewell['reason']) => void;
  notifyConsoles: NotifyConsoles;
  /** A computer left the fleet: its software verdicts and counts follow. */
  deviceChanged: (deviceId: string) => Promise<void>;
  logger: Logger;
};

/**
 * A coordinator's answers to a family's or the district's privacy request: everything about one
 * computer or one requester as JSON, or deleted for good. Coordinators only; advisors `forbidden`.
 */
export function registerPrivacyRoutes(app: HttpApp, deps: PrivacyDeps): void {
  app.get(
    '/api/privacy/devices/:deviceId/export',
    {
      ...COORDINATORS_ONLY,
      schema: {
        summary:
          'Everything kept about one computer: inventory, requests with their conversations, pictures (base64) and snapshots, and its access log',
        params: deviceIdPayloadSchema,
      },
    },
    async (request, reply) => {
      const data = await exportDeviceData(deps.db, deps.clock, request.params.deviceId);
      if (!data) return sendError(reply, 'not-found');
      deps.logger.info(
        { by: callerOf(request).id, deviceId: data.device.id },
        "a computer's data was exported",
      );
      return sendData<DeviceDataExport>(reply, data);
    },
  );

  app.delete(
    '/api/privacy/devices/:deviceId',
    {
      ...COORDINATORS_ONLY,
      schema: {
        summary:
          'Delete one computer and everything about it for good; its agent is refused from then on',
        params: deviceIdPayloadSchema,
      },
    },
    async (request, reply) => {
      const { deviceId } = request.params;
      const deleted = await deleteDeviceData(deps.db, deps.clock, deviceId);
      if (!deleted) return sendError(reply, 'not-found');
      // Its record and secret are gone; a connected agent is told so and cut off.
      deps.disconnectDevice(deviceId, 'device-retired');
      deps.notifyConsoles('device:removed', { deviceId, replacedBy: null });
      deps
        .deviceChanged(deviceId)
        .catch((error: unknown) =>
          deps.logger.error({ err: error }, 'verdicts after a deletion failed'),
        );
      // The log says that a deletion happened and by whom, never what was deleted.
      deps.logger.info(
        { by: callerOf(request).id, deviceId, ...deleted },
        'a computer was deleted',
      );
      return sendData<PrivacyDeletion>(reply, deleted);
    },
  );

  // A requester is a person's name: it goes in the body, never the address, which proxies, the
  // browser's history and access logs keep.
  app.post(
    '/api/privacy/requesters/export',
    {
      ...COORDINATORS_ONLY,
      schema: {
        summary:
          'Everything kept about one requester (the name typed at the tray, on every computer or one): requests, conversations, pictures, snapshots and the looks at them',
        body: requesterQuerySchema,
      },
    },
    async (request, reply) => {
      const data = await exportRequesterData(deps.db, deps.clock, request.body);
      deps.logger.info(
        { by: callerOf(request).id, requests: data.requests.length },
        "a requester's data was exported",
      );
      return sendData<RequesterDataExport>(reply, data);
    },
  );

  app.post(
    '/api/privacy/requesters/delete',
    {
      ...COORDINATORS_ONLY,
      schema: {
        summary:
          "Delete one requester's requests for good, with their pictures, snapshots, conversations and the looks at them",
        body: requesterQuerySchema,
      },
    },
    async (request, reply) => {
      const deleted = await deleteRequesterData(deps.db, request.body);
      deps.logger.info({ by: callerOf(request).id, ...deleted }, "a requester's data was deleted");
      return sendData<PrivacyDeletion>(reply, deleted);
    },
  );
}
