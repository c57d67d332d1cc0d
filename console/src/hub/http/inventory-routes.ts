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
import { sendData, sendError } from './reply.ts';

/** Read API for integrations and the plain page: devices, requests, screenshots. */
export function registerInventoryRoutes(
  app: HttpApp,
  deps: { devices: DevicesStore; requests: RequestsStore; presence: Presence },
): void {
  const { devices, requests, presence } = deps;

  app.get(
    '/api/devices',
    { schema: { querystring: deviceListPayloadSchema } },
    async (request, reply) => {
      const filter = request.query;
      return sendData(reply, await devices.list(filter, presence.isOnline));
    },
  );

  app.get(
    '/api/devices/:deviceId',
    { schema: { params: deviceIdPayloadSchema } },
    async (request, reply) => {
      const params = request.params;
      const device = await devices.detail(params.deviceId, presence.isOnline);
      return device ? sendData(reply, device) : sendError(reply, 'not-found');
    },
  );

  app.get(
    '/api/requests',
    { schema: { querystring: requestListPayloadSchema } },
    async (request, reply) => {
      const filter = request.query;
      return sendData(reply, await requests.list(filter));
    },
  );

  app.get(
    '/api/requests/:requestId',
    { schema: { params: requestIdPayloadSchema } },
    async (request, reply) => {
      const params = request.params;
      const detail = await requests.detail(params.requestId);
      return detail ? sendData(reply, detail) : sendError(reply, 'not-found');
    },
  );

  app.get(
    '/api/requests/:requestId/screenshot',
    { schema: { params: requestIdPayloadSchema } },
    async (request, reply) => {
      const params = request.params;
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
