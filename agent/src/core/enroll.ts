import { networkInterfaces } from 'node:os';
import { setTimeout } from 'node:timers/promises';
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
import { HubCertificateError, type TrustedBy } from './trust/hub-certificate-error.ts';
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

/** Times enrollment asks again when the hub says too many are under way from this address. */
const RATE_LIMITED_RETRIES = 8;
/** The mean wait before asking again, in ms; each wait is 0.5 to 1.5 times this. */
const RATE_LIMITED_WAIT_MS = 5_000;

const isRateLimited = (answer: unknown) =>
  typeof answer === 'object' &&
  answer !== null &&
  (answer as { ok?: unknown }).ok === false &&
  (answer as { error?: unknown }).error === 'rate-limited';

/** One enrollment call; a connection or certificate failure ends enrollment with its reason. */
async function askHub(
  url: URL,
  hub: string,
  agent: PinnedAgent | undefined,
  body: object,
): Promise<unknown> {
  try {
    return await postJsonToHub(url, body, { agent, timeoutMs: ENROLL_TIMEOUT_MS });
  } catch (error) {
    agent?.destroy();
    if (error instanceof HubCertificateError) {
      throw new EnrollmentError(
        error.trustedBy === 'given' ? 'hub-certificate-mismatch' : 'hub-certificate-changed',
        error.message,
      );
    }
    throw new EnrollmentError('unreachable', `cannot reach the hub at ${hub}`);
  }
}

/** What enrollment gives: the device's id and secret, and the hub certificates now pinned. */
export type EnrolledWithHub = Enrolled & { hubPins?: string[] };

/** The certificates enrollment accepts, and where they came from (for the refusal's words). */
export type EnrollmentTrust = { pins: readonly string[]; trustedBy: TrustedBy };

/**
 * Presents an enrollment token to the hub and returns the device id and secret it issues. Over
 * HTTPS, the hub must present one of `trust.pins` (a fingerprint given, or the pins this computer
 * kept from before): otherwise the token is never sent. Without any, the certificate it presents
 * now is trusted from then on (trust on first use) and returned as the pin.
 */
export async function enroll(
  hub: string,
  token: string,
  identity: DeviceIdentity,
  /** Where the computer sits (`--seat`), if the person enrolling it said. */
  seat?: Seat,
  trust?: EnrollmentTrust,
): Promise<EnrolledWithHub> {
  const url = new URL('/api/enroll', hub);
  if (url.protocol !== 'https:' && trust) {
    throw new EnrollmentError(
      'invalid-response',
      trust.trustedBy === 'given'
        ? `a certificate fingerprint was given, but ${hub} is not an https:// address`
        : `this computer trusts its hub's certificate, but ${hub} is not an https:// address`,
    );
  }
  const agent =
    url.protocol === 'https:'
      ? new PinnedAgent({
          pins: trust ? trust.pins : 'first-use',
          ...(trust ? { trustedBy: trust.trustedBy } : {}),
        })
      : undefined;
  let answer: unknown;
  for (let attempt = 1; ; attempt++) {
    answer = await askHub(url, hub, agent, {
      token,
      identity,
      protocolVersion: PROTOCOL_VERSION,
      ...(seat ? { seat } : {}),
    });
    if (!isRateLimited(answer) || attempt > RATE_LIMITED_RETRIES) break;
    // Trusted on first use: asking again trusts only the certificate the first answer came with.
    if (agent?.lastAccepted && !trust) agent.setPins([agent.lastAccepted]);
    // A lab behind one school address enrolling at once: the hub lets only so many enrollments
    // from one address be under way together. Ask again shortly, not all at the same moment.
    await setTimeout(RATE_LIMITED_WAIT_MS * (0.5 + Math.random()));
  }
  agent?.destroy();
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
  // Pins kept from before stay as they were (a planned change may have added the next one).
  const pins = trust ? [...trust.pins] : agent?.lastAccepted ? [agent.lastAccepted] : null;
  return { ...body.data, ...(pins && agent ? { hubPins: pins } : {}) };
}
