import type { HttpApp } from './http-app.ts';
import { COORDINATORS_ONLY, PUBLIC } from './access.ts';
import {
  enrollmentTokenCreateSchema,
  enrollSchema,
  MIN_AGENT_PROTOCOL_VERSION,
  PROTOCOL_VERSION,
  type Enrolled,
  type EnrollmentTokenCreated,
} from '@handraise/shared';
import type { Reinstalls } from '../reinstalls.ts';
import type { DevicesStore } from '../storage/devices-store.ts';
import type { EnrollmentGrant, EnrollmentStore } from '../storage/enrollment-store.ts';
import type { EnrollmentGuard } from './enrollment-guard.ts';
import type { SeatsStore } from '../storage/seats-store.ts';
import { sendData, sendError } from './reply.ts';

/** Enrollment tokens (coordinator) and device enrollment (agents presenting a token). */
export function registerEnrollmentRoutes(
  app: HttpApp,
  deps: {
    enrollment: EnrollmentStore;
    devices: DevicesStore;
    reinstalls: Reinstalls;
    guard: EnrollmentGuard;
    /** A new device is judged at once (it may carry an earlier record's room). */
    onEnrolled?: (deviceId: string) => Promise<void>;
    /** The seat the agent named (`--seat`), stored before anyone hears of the new computer. */
    seats?: Pick<SeatsStore, 'setAtEnrollment'>;
  },
): void {
  app.post(
    '/api/enrollment-tokens',
    { ...COORDINATORS_ONLY, schema: { body: enrollmentTokenCreateSchema } },
    async (request, reply) => {
      const input = request.body;
      return sendData<EnrollmentTokenCreated>(reply, await deps.enrollment.create(input), 201);
    },
  );

  // Public: the enrollment token in the body is the agent's credential.
  app.post('/api/enroll', { ...PUBLIC, schema: { body: enrollSchema } }, async (request, reply) => {
    const input = request.body;
    if (input.protocolVersion < MIN_AGENT_PROTOCOL_VERSION)
      return sendError(reply, 'protocol-unsupported');
    // request.ip is the client's address, through the proxies HANDRAISE_TRUST_PROXY names.
    const end = deps.guard.begin(request.ip);
    if (!end) return sendError(reply, 'rate-limited');
    let grant: EnrollmentGrant | null = null;
    try {
      grant = await deps.enrollment.consume(input.token);
    } finally {
      end(grant != null);
    }
    if (!grant) return sendError(reply, 'invalid-token');
    const { deviceId, secret } = await deps.devices.enroll(input.identity, grant);
    if (input.seat) await deps.seats?.setAtEnrollment(deviceId, input.seat);
    request.log.info({ deviceId }, 'device enrolled');
    // The agent has its credentials whatever happens next; a failed suggestion only costs a hint.
    await deps.reinstalls
      .enrolled(deviceId, input.identity, grant)
      .catch((error: unknown) =>
        request.log.error(
          { err: error, deviceId },
          'matching the enrollment to known computers failed',
        ),
      );
    deps
      .onEnrolled?.(deviceId)
      .catch((error: unknown) =>
        request.log.error({ err: error }, 'updating software verdicts after enrollment failed'),
      );
    return sendData<Enrolled>(reply, { deviceId, secret, protocolVersion: PROTOCOL_VERSION }, 201);
  });
}
