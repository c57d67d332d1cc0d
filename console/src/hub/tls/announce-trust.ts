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

/** Sends the new secret to the device's connected agent; true once one answered it stored it. */
export async function handOverSecret(
  agents: AgentNamespace,
  deviceId: string,
  secret: string,
  timeoutMs: number,
): Promise<boolean> {
  try {
    const answers = await agents
      .to(roomForDevice(deviceId))
      .timeout(timeoutMs)
      .emitWithAck('device:secret', { secret });
    return answers.some((answer) => answer.ok);
  } catch {
    return false;
  }
}
