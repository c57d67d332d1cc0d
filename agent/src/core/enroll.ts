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
import { HubCertificateError } from './trust/hub-certificate-error.ts';
import { postJsonToHub } from './trust/hub-request.ts';
import { PinnedAgent } from './trust/pinned-agent.ts';

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

/** How long enrollment waits for the hub's answer, in ms. */
const ENROLL_TIMEOUT_MS = 30_000;

/** What enrollment gives: the device's id and secret, and the hub certificates now pinned. */
export type EnrolledWithHub = Enrolled & { hubPins?: string[] };

/**
 * Presents an enrollment token to the hub and returns the device id and secret it issues. Over
 * HTTPS, the hub must present the certificate `hubFingerprint` names; without one, the certificate
 * it presents now is trusted from then on (trust on first use) and returned as the pin.
 */
export async function enroll(
  hub: string,
  token: string,
  identity: DeviceIdentity,
  /** Where the computer sits (`--seat`), if the person enrolling it said. */
  seat?: Seat,
  hubFingerprint?: string,
): Promise<EnrolledWithHub> {
  const url = new URL('/api/enroll', hub);
  if (url.protocol !== 'https:' && hubFingerprint) {
    throw new EnrollmentError(
      'invalid-response',
      `a certificate fingerprint was given, but ${hub} is not an https:// address`,
    );
  }
  const agent =
    url.protocol === 'https:'
      ? new PinnedAgent({ pins: hubFingerprint ? [hubFingerprint] : 'first-use' })
      : undefined;
  let answer: unknown;
  try {
    answer = await postJsonToHub(
      url,
      { token, identity, protocolVersion: PROTOCOL_VERSION, ...(seat ? { seat } : {}) },
      { agent, timeoutMs: ENROLL_TIMEOUT_MS },
    );
  } catch (error) {
    if (error instanceof HubCertificateError) {
      throw new EnrollmentError('hub-certificate-changed', error.message);
    }
    throw new EnrollmentError('unreachable', `cannot reach the hub at ${hub}`);
  } finally {
    agent?.destroy();
  }
  const body = answer as Ack<Enrolled> | null;
  if (!body || typeof body !== 'object' || typeof body.ok !== 'boolean')
    throw new EnrollmentError('invalid-response', `${hub} did not answer like a Handraise hub`);
  if (!body.ok) {
    const why =
      body.error === 'invalid-token'
        ? 'the enrollment token was refused (wrong, expired or used up)'
        : body.error;
    throw new EnrollmentError(body.error, `enrollment failed: ${why}`);
  }
  const pinned = agent?.lastAccepted;
  return { ...body.data, ...(pinned ? { hubPins: [pinned] } : {}) };
}
