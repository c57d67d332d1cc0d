import type { FastifyInstance } from 'fastify';
import {
  deviceIdPayloadSchema,
  deviceListPayloadSchema,
  requestIdPayloadSchema,
  requestListPayloadSchema,
} from '@handraise/shared';
import type { Presence } from '../presence.ts';
import type { DevicesStore } from '../storage/devices-store.ts';
import type { RequestsStore } from '../storage/requests-store.ts';
import type { UsersStore } from '../storage/users-store.ts';
import { requireUser } from './authenticate.ts';
import { parseOr400, sendData, sendError } from './reply.ts';

/** Read API for integrations and the plain page: devices, requests, screenshots. */
export function registerInventoryRoutes(
  app: FastifyInstance,
  deps: { users: UsersStore; devices: DevicesStore; requests: RequestsStore; presence: Presence },
): void {
  const { users, devices, requests, presence } = deps;

  app.get('/api/devices', async (request, reply) => {
    if (!(await requireUser(users, request, reply))) return reply;
    const filter = parseOr400(reply, deviceListPayloadSchema, request.query);
    if (!filter) return reply;
    return sendData(reply, await devices.list(filter, presence.isOnline));
  });

  app.get('/api/devices/:deviceId', async (request, reply) => {
    if (!(await requireUser(users, request, reply))) return reply;
    const params = parseOr400(reply, deviceIdPayloadSchema, request.params);
    if (!params) return reply;
    const device = await devices.detail(params.deviceId, presence.isOnline);
    return device ? sendData(reply, device) : sendError(reply, 'not-found');
  });

  app.get('/api/requests', async (request, reply) => {
    if (!(await requireUser(users, request, reply))) return reply;
    const filter = parseOr400(reply, requestListPayloadSchema, request.query);
    if (!filter) return reply;
    return sendData(reply, await requests.list(filter));
  });

  app.get('/api/requests/:requestId', async (request, reply) => {
    if (!(await requireUser(users, request, reply))) return reply;
    const params = parseOr400(reply, requestIdPayloadSchema, request.params);
    if (!params) return reply;
    const detail = await requests.detail(params.requestId);
    return detail ? sendData(reply, detail) : sendError(reply, 'not-found');
  });

  app.get('/api/requests/:requestId/screenshot', async (request, reply) => {
    if (!(await requireUser(users, request, reply))) return reply;
    const params = parseOr400(reply, requestIdPayloadSchema, request.params);
    if (!params) return reply;
    const shot = await requests.screenshot(params.requestId);
    if (!shot) return sendError(reply, 'not-found');
    return reply
      .code(200)
      .header('content-type', shot.type)
      .header('x-content-type-options', 'nosniff')
      .send(Buffer.from(shot.data.buffer, shot.data.byteOffset, shot.data.byteLength));
  });
}
