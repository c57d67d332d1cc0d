// The console's part in transport trust: the hub's certificate fingerprint (for a coordinator to
// compare with what agents pinned), and revoking a computer or replacing its secret.
import type { Logger } from 'pino';
import {
  deviceIdPayloadSchema,
  type DeviceTrustState,
  type HubCertificateInfo,
  type SecretRotated,
} from '@handraise/shared';
import { newSecret } from '../auth/tokens.ts';
import type { Clock } from '../clock.ts';
import { COORDINATORS_ONLY, callerOf } from '../http/access.ts';
import type { HttpApp } from '../http/http-app.ts';
import { sendData, sendError, sendErrorWithMessage } from '../http/reply.ts';
import type { ConnectionSwaps } from './connection-swaps.ts';
import type { DeviceTrustStore } from './device-trust-store.ts';
import type { HubCertificate } from './hub-certificate.ts';
import { canonicalFingerprint } from './announce-trust.ts';

/** How long the agent has to store a new secret and say so, in ms. */
export const SECRET_ACK_TIMEOUT_MS = 10_000;

/** Why a rotation is refused while two connections take turns (shown as is in the console). */
export const TWO_COPIES_MESSAGE =
  "Two copies of this computer's agent are connecting: revoke it and enroll it again.";

export type TrustRouteDeps = {
  certificate: HubCertificate | null;
  trust: DeviceTrustStore;
  clock: Clock;
  /** Tells the connected agent `hub:farewell` with the reason, then ends its connection. */
  turnAway: (deviceId: string, reason: 'device-revoked') => void;
  /**
   * Hands the connected agent its new secret; resolves the address of the connection that answered
   * it stored it, null when none is connected or none answered in time.
   */
  handOverSecret: (deviceId: string, secret: string, timeoutMs: number) => Promise<string | null>;
  /** Computers whose connections replaced one another lately (two copies of one agent). */
  swaps: Pick<ConnectionSwaps, 'swappedRecently'>;
  /** The computer's record changed: consoles that list it hear of it. */
  deviceChanged: (deviceId: string) => Promise<void>;
  logger: Logger;
};

export function registerTrustRoutes(app: HttpApp, deps: TrustRouteDeps): void {
  const { certificate, trust, logger } = deps;

  app.get('/api/admin/hub-certificate', { ...COORDINATORS_ONLY }, async (_request, reply) => {
    const next = certificate?.nextFingerprint ?? null;
    const info: HubCertificateInfo = {
      tls: certificate !== null,
      fingerprint: certificate?.fingerprint ?? null,
      nextFingerprint: next,
      nextReady: next ? await trust.readiness(canonicalFingerprint(next) ?? next) : null,
    };
    return sendData(reply, info);
  });

  app.get(
    '/api/devices/:deviceId/trust',
    { ...COORDINATORS_ONLY, schema: { params: deviceIdPayloadSchema } },
    async (request, reply) => {
      const state: DeviceTrustState | null = await trust.find(request.params.deviceId);
      return state ? sendData(reply, state) : sendError(reply, 'not-found');
    },
  );

  app.post(
    '/api/devices/:deviceId/revoke',
    { ...COORDINATORS_ONLY, schema: { params: deviceIdPayloadSchema } },
    async (request, reply) => {
      const { deviceId } = request.params;
      const state = await trust.revoke(deviceId);
      if (!state) return sendError(reply, 'not-found');
      logger.warn({ deviceId, by: callerOf(request).id }, 'a computer was revoked');
      deps.turnAway(deviceId, 'device-revoked');
      await deps.deviceChanged(deviceId);
      return sendData(reply, state satisfies DeviceTrustState);
    },
  );

  app.post(
    '/api/devices/:deviceId/rotate-secret',
    { ...COORDINATORS_ONLY, schema: { params: deviceIdPayloadSchema } },
    async (request, reply) => {
      const { deviceId } = request.params;
      const state = await trust.find(deviceId);
      if (!state) return sendError(reply, 'not-found');
      if (state.revokedAt !== null) return sendError(reply, 'device-revoked');
      // Whichever copy holds the connection now would get the new secret, perhaps not the real one.
      if (deps.swaps.swappedRecently(deviceId)) {
        logger.warn(
          { deviceId },
          'secret not replaced: two connections took turns for this computer',
        );
        return sendErrorWithMessage(reply, 'conflict', TWO_COPIES_MESSAGE);
      }
      const secret = newSecret();
      // The agent stores the new secret before the hub stops taking the old one: a computer that
      // is away, or does not answer, keeps the secret it has.
      const address = await deps.handOverSecret(deviceId, secret, SECRET_ACK_TIMEOUT_MS);
      if (address === null) return sendError(reply, 'invalid-state');
      await trust.replaceSecret(deviceId, secret);
      logger.info(
        { deviceId, by: callerOf(request).id, address },
        "a computer's secret was replaced; the connection from this address holds the new one",
      );
      const answer: SecretRotated = { rotatedAt: deps.clock.now().toISOString() };
      return sendData(reply, answer);
    },
  );
}
