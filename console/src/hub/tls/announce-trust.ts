// After each agent connection over TLS, the hub names the certificates agents may pin: the one it
// serves and, when a change is planned, the next. Agents that pin both switch without a refusal.
import type { AgentNamespace } from '../sockets/agent-namespace.ts';
import type { HubCertificate } from './hub-certificate.ts';
import { roomForDevice } from '../rooms.ts';

export function announceHubTrust(agents: AgentNamespace, certificate: HubCertificate | null): void {
  if (!certificate) return;
  const fingerprints = [certificate.fingerprint];
  if (certificate.nextFingerprint) fingerprints.push(certificate.nextFingerprint);
  agents.on('connection', (socket) => socket.emit('hub:trust', { fingerprints }));
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
  // This hub's own sockets (it runs alone, as replaceEarlierConnections assumes too).
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
