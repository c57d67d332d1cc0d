import { networkInterfaces } from 'node:os';
import { PROTOCOL_VERSION, type Ack, type DeviceIdentity, type Enrolled } from '@handraise/shared';
import { hardwareSourceFor } from './collectors/hardware.ts';
import { EnrollmentError } from './enrollment-error.ts';

export { EnrollmentError };

/** What identifies this computer across agent reinstalls: hostname, hardware UUID, serial, MACs. */
export async function localIdentity(
  hostname: string,
  source = hardwareSourceFor(),
): Promise<DeviceIdentity> {
  const [system, uuid] = await Promise.all([
    source.system().catch(() => null),
    source.uuid().catch(() => null),
  ]);
  const macs = Object.values(networkInterfaces())
    .flat()
    .filter((i) => i && !i.internal && i.mac !== '00:00:00:00:00:00')
    .map((i) => i!.mac);
  return {
    hostname,
    ...(system?.uuid || uuid?.hardware ? { uuid: system?.uuid || uuid?.hardware } : {}),
    ...(system?.serial ? { serial: system.serial } : {}),
    macs: [...new Set(macs)].slice(0, 64),
  };
}

/** Presents an enrollment token to the hub and returns the device id and secret it issues. */
export async function enroll(
  hub: string,
  token: string,
  identity: DeviceIdentity,
): Promise<Enrolled> {
  let response: Response;
  try {
    response = await fetch(new URL('/api/enroll', hub), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, identity, protocolVersion: PROTOCOL_VERSION }),
      signal: AbortSignal.timeout(30_000),
    });
  } catch {
    throw new EnrollmentError('unreachable', `cannot reach the hub at ${hub}`);
  }
  const body = (await response.json().catch(() => null)) as Ack<Enrolled> | null;
  if (!body)
    throw new EnrollmentError('invalid-response', `${hub} did not answer like a Handraise hub`);
  if (!body.ok) {
    const why =
      body.error === 'invalid-token'
        ? 'the enrollment token was refused (wrong, expired or used up)'
        : body.error;
    throw new EnrollmentError(body.error, `enrollment failed: ${why}`);
  }
  return body.data;
}
