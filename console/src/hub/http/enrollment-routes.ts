import type { FastifyInstance } from 'fastify';
import {
  enrollmentTokenCreateSchema,
  enrollSchema,
  MIN_AGENT_PROTOCOL_VERSION,
  PROTOCOL_VERSION,
  type Enrolled,
  type EnrollmentTokenCreated,
} from '@handraise/shared';
import type { DevicesStore } from '../storage/devices-store.ts';
import type { EnrollmentStore } from '../storage/enrollment-store.ts';
import type { UsersStore } from '../storage/users-store.ts';
import { requireUser } from './authenticate.ts';
import { parseOr400, sendData, sendError } from './reply.ts';

/** Enrollment tokens (coordinator) and device enrollment (agents presenting a token). */
export function registerEnrollmentRoutes(
  app: FastifyInstance,
  deps: {
    users: UsersStore;
    enrollment: EnrollmentStore;
    devices: DevicesStore;
    /** A re-enrolled computer may have moved room: what is judged of it must follow. */
    onEnrolled?: (deviceId: string) => Promise<void>;
  },
): void {
  app.post('/api/enrollment-tokens', async (request, reply) => {
    if (!(await requireUser(deps.users, request, reply, ['coordinator']))) return reply;
    const input = parseOr400(reply, enrollmentTokenCreateSchema, request.body);
    if (!input) return reply;
    return sendData<EnrollmentTokenCreated>(reply, await deps.enrollment.create(input), 201);
  });

  app.post('/api/enroll', async (request, reply) => {
    const input = parseOr400(reply, enrollSchema, request.body);
    if (!input) return reply;
    if (input.protocolVersion < MIN_AGENT_PROTOCOL_VERSION)
      return sendError(reply, 'protocol-unsupported');
    const grant = await deps.enrollment.consume(input.token);
    if (!grant) return sendError(reply, 'invalid-token');
    const { deviceId, secret } = await deps.devices.enroll(input.identity, grant);
    request.log.info({ deviceId }, 'device enrolled');
    deps
      .onEnrolled?.(deviceId)
      .catch((error: unknown) =>
        request.log.error({ err: error }, 'updating software verdicts after enrollment failed'),
      );
    return sendData<Enrolled>(reply, { deviceId, secret, protocolVersion: PROTOCOL_VERSION }, 201);
  });
}
