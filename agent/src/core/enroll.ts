import { networkInterfaces } from 'node:os';
import {
  identifyingValue,
  PROTOCOL_VERSION,
  type Ack,
  type DeviceIdentity,
  type Enrolled,
  type Seat,
} from '@handraise/shared';
import { hardwareSourceFor, type HardwareSource } from './collectors/hardware.ts';
import {
  readMachineId,
  readPlatformUuid,
  systemReaders,
  type IdentityReaders,
} from './enrollment/machine-id.ts';
import { EnrollmentError } from './enrollment-error.ts';

export { EnrollmentError };

export type IdentityDeps = {
  source?: HardwareSource;
  platform?: NodeJS.Platform;
  readers?: IdentityReaders;
  interfaces?: typeof networkInterfaces;
};

/**
 * What identifies this computer across agent reinstalls: hostname, the system's machine id, the
 * hardware's UUID and serial, MACs. A value that is a placeholder is left out, never sent.
 */
export async function localIdentity(
  hostname: string,
  deps: IdentityDeps = {},
): Promise<DeviceIdentity> {
  const platform = deps.platform ?? process.platform;
  const source = deps.source ?? hardwareSourceFor(platform);
  const readers = deps.readers ?? systemReaders;
  const [system, uuid, machineId, platformUuid] = await Promise.all([
    source.system().catch(() => null),
    source.uuid().catch(() => null),
    readMachineId(platform, readers),
    readPlatformUuid(platform, readers),
  ]);
  const hardwareUuid =
    platformUuid ?? identifyingValue(system?.uuid) ?? identifyingValue(uuid?.hardware);
  const serial = identifyingValue(system?.serial);
  const macs = Object.values((deps.interfaces ?? networkInterfaces)())
    .flat()
    .filter((i) => i && !i.internal && i.mac !== '00:00:00:00:00:00')
    .map((i) => i!.mac);
  return {
    hostname,
    ...(machineId ? { machineId } : {}),
    ...(hardwareUuid ? { uuid: hardwareUuid } : {}),
    ...(serial ? { serial } : {}),
    macs: [...new Set(macs)].slice(0, 64),
  };
}

/** Presents an enrollment token to the hub and returns the device id and secret it issues. */
export async function enroll(
  hub: string,
  token: string,
  identity: DeviceIdentity,
  /** Where the computer sits (`--seat`), if the person enrolling it said. */
  seat?: Seat,
): Promise<Enrolled> {
  let response: Response;
  try {
    response = await fetch(new URL('/api/enroll', hub), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        token,
        identity,
        protocolVersion: PROTOCOL_VERSION,
        ...(seat ? { seat } : {}),
      }),
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
