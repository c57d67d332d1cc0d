import type { HttpApp } from './http-app.ts';
import {
  deviceIdPayloadSchema,
  deviceListPayloadSchema,
  requestIdPayloadSchema,
  requestListPayloadSchema,
} from '@handraise/shared';
import type { Presence } from '../presence.ts';
import type { DevicesStore } from '../storage/devices-store.ts';
import type { RequestsStore } from '../storage/requests-store.ts';
import { inScope, mayReachRequest } from '../access/advisor-reach.ts';
import type { DeviceReach } from '../access/device-reach.ts';
import { deviceRowFor } from '../access/device-row.ts';
import { callerOf, COORDINATORS_ONLY } from './access.ts';
import type { AccessLogStore } from '../storage/access-log-store.ts';
import { sendData, sendError } from './reply.ts';

/** Read API for integrations and the plain page: devices, requests, screenshots. */
export function registerInventoryRoutes(
  app: HttpApp,
  deps: {
    devices: DevicesStore;
    requests: RequestsStore;
    presence: Presence;
    reach: DeviceReach;
    accessLog: AccessLogStore;
  },
): void {
  const { devices, requests, presence } = deps;

  app.get(
    '/api/devices',
    { schema: { querystring: deviceListPayloadSchema } },
    async (request, reply) => {
      const filter = request.query;
      const user = callerOf(request);
      const listed = await devices.list(filter, presence.isOnline);
      return sendData(
        reply,
        listed.filter((d) => inScope(user, d)).map((d) => deviceRowFor(user, d)),
      );
    },
  );

  app.get(
    '/api/devices/:deviceId',
    { schema: { params: deviceIdPayloadSchema } },
    async (request, reply) => {
      const params = request.params;
      const user = callerOf(request);
      const device = await devices.detail(params.deviceId, presence.isOnline);
      const shown = device ? await deps.reach.details(user, device) : null;
      return shown ? sendData(reply, shown) : sendError(reply, 'not-found');
    },
  );

  app.get(
    '/api/devices/:deviceId/access-log',
    { ...COORDINATORS_ONLY, schema: { params: deviceIdPayloadSchema } },
    async (request, reply) => {
      const { deviceId } = request.params;
      if (!(await devices.find(deviceId, presence.isOnline))) return sendError(reply, 'not-found');
      return sendData(reply, await deps.accessLog.forDevice(deviceId));
    },
  );

  app.get(
    '/api/requests',
    { schema: { querystring: requestListPayloadSchema } },
    async (request, reply) => {
      const filter = request.query;
      const user = callerOf(request);
      return sendData(
        reply,
        (await requests.list(filter)).filter((r) => mayReachRequest(user, r)),
      );
    },
  );

  app.get(
    '/api/requests/:requestId',
    { schema: { params: requestIdPayloadSchema } },
    async (request, reply) => {
      const params = request.params;
      const user = callerOf(request);
      const detail = await requests.detail(params.requestId);
      if (!detail || !mayReachRequest(user, detail)) return sendError(reply, 'not-found');
      return sendData(reply, await deps.reach.requestFor(user, detail));
    },
  );

  app.get(
    '/api/requests/:requestId/screenshot',
    { schema: { params: requestIdPayloadSchema } },
    async (request, reply) => {
      const params = request.params;
      const user = callerOf(request);
      // A student sees the picture only while the request is theirs and open.
      const asked = await requests.find(params.requestId);
      if (!asked || !mayReachRequest(user, asked)) return sendError(reply, 'not-found');
      if (!(await deps.reach.lookAtPicture(user, asked))) return sendError(reply, 'forbidden');
      const shot = await requests.screenshot(params.requestId);
      if (!shot) return sendError(reply, 'not-found');
      return reply
        .code(200)
        .header('content-type', shot.type)
        .header('x-content-type-options', 'nosniff')
        .send(Buffer.from(shot.data.buffer, shot.data.byteOffset, shot.data.byteLength));
    },
  );
}
