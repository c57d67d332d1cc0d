// After each agent connection over TLS, the hub names the certificates agents may pin: the one it
// serves and, when a change is planned, the next. Agents that pin both switch without a refusal.
// Each agent answers with the certificates it now trusts; the hub keeps that, so the coordinator
// sees how many computers are ready before switching. Older agents do not answer: not ready.
import type { Logger } from 'pino';
import { z } from 'zod';
import type { AgentNamespace } from '../sockets/agent-namespace.ts';
import type { HubCertificate } from './hub-certificate.ts';
import type { DeviceTrustStore } from './device-trust-store.ts';
import { roomForDevice } from '../rooms.ts';

/** How long an agent has to answer the announcement, in ms; a silent one is an older agent. */
export const TRUST_ANSWER_TIMEOUT_MS = 10_000;

/** SHA-256 as the hub writes it: 32 pairs of upper-case hex digits joined by colons. */
export function canonicalFingerprint(text: string): string | null {
  const hex = text.replace(/[\s:-]/g, '').toUpperCase();
  return /^[0-9A-F]{64}$/.test(hex) ? hex.match(/../g)!.join(':') : null;
}

/** The agent's answer: the fingerprints it trusts now (a current and a next one, a few at most). */
const trustAnswerSchema = z.strictObject({
  ok: z.literal(true),
  data: z.strictObject({ fingerprints: z.array(z.string().max(200)).max(8) }),
});

export function announceHubTrust(
  agents: AgentNamespace,
  certificate: HubCertificate | null,
  trust: Pick<DeviceTrustStore, 'recordPins'>,
  logger: Pick<Logger, 'warn'>,
): void {
  if (!certificate) return;
  const fingerprints = [certificate.fingerprint];
  if (certificate.nextFingerprint) fingerprints.push(certificate.nextFingerprint);
  agents.on('connection', (socket) => {
    const { deviceId } = socket.data;
    socket
      .timeout(TRUST_ANSWER_TIMEOUT_MS)
      .emitWithAck('hub:trust', { fingerprints })
      .then(async (answer: unknown) => {
        const parsed = trustAnswerSchema.safeParse(answer);
        if (!parsed.success) return;
        const held = parsed.data.data.fingerprints
          .map(canonicalFingerprint)
          .filter((value) => value !== null);
        await trust.recordPins(deviceId, [...new Set(held)]);
      })
      .catch((error: unknown) => {
        // No answer in time (an older agent, a dropped connection): nothing to record.
        if (error instanceof Error && /timed out|disconnected/i.test(error.message)) return;
        logger.warn({ err: error, deviceId }, 'could not record the certificates an agent trusts');
      });
  });
}

/**
 * Sends the new secret to the device's connected agent. Resolves the network address of the
 * connection that answered it stored the secret (logged: who now holds it), or null when none is
 * connected or none answered in time.
 */
export async function handOverSecret(
  agents: AgentNamespace,
  deviceId: string,
  secret: string,
  timeoutMs: number,
): Promise<string | null> {
  // This hub's own sockets; the other hubs are asked in turn (hub-cluster.ts, shareSecretHandover).
  const ids = [...(agents.adapter.rooms.get(roomForDevice(deviceId)) ?? [])];
  const connections = ids.flatMap((id) => agents.sockets.get(id) ?? []);
  const answers = await Promise.all(
    connections.map(async (socket) => {
      try {
        const answer = await socket.timeout(timeoutMs).emitWithAck('device:secret', { secret });
        return answer.ok ? socket.handshake.address : null;
      } catch {
        return null;
      }
    }),
  );
  return answers.find((address) => address !== null) ?? null;
}
