import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import {
  ensurePrivateDir,
  PRIVATE_FILE_MODE,
  refuseForeignFile,
  setMode,
} from './storage/private-files.ts';
import type { SecretSealer } from './trust/secret-sealer.ts';

const secretSchema = z.string().min(16).max(256);
/** SHA-256 fingerprints as colon-separated upper-case hex (see trust/fingerprint.ts). */
const pinSchema = z.string().regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);

/** The file: the secret in the clear (0600, headless) or sealed by the user's keychain (tray). */
const credentialsFileSchema = z
  .strictObject({
    hub: z.url(),
    deviceId: z.uuid(),
    secret: secretSchema.optional(),
    sealedSecret: z.string().min(1).max(4096).optional(),
    // The hub's certificates this computer trusts (an https hub); absent for a plain-HTTP hub.
    hubPins: z.array(pinSchema).min(1).max(4).optional(),
  })
  .refine((file) => (file.secret === undefined) !== (file.sealedSecret === undefined), {
    message: 'exactly one of secret and sealedSecret',
  });

export type Credentials = {
  hub: string;
  deviceId: string;
  secret: string;
  /** Certificate fingerprints the hub may present; none for a plain-HTTP hub. */
  hubPins?: string[] | undefined;
};

/**
 * The device's identity with its hub, or null if it has not enrolled, the file is unreadable, or
 * its secret is sealed and no sealer (or another user's keychain) is at hand.
 */
export function readCredentials(path: string, sealer?: SecretSealer | null): Credentials | null {
  if (!existsSync(path)) return null;
  refuseForeignFile(path);
  try {
    const parsed = credentialsFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.success) return null;
    const { hub, deviceId, hubPins } = parsed.data;
    const secret =
      parsed.data.secret ??
      (sealer && parsed.data.sealedSecret ? sealer.unseal(parsed.data.sealedSecret) : null);
    if (!secret || !secretSchema.safeParse(secret).success) return null;
    return { hub, deviceId, secret, ...(hubPins ? { hubPins } : {}) };
  } catch {
    return null;
  }
}

/**
 * The hub certificates this computer pinned, and for which hub, even when the secret cannot be
 * read (sealed by another keychain): enrolling again must still accept only these. Null when there
 * is no readable file.
 */
export function readKeptPins(path: string): { hub: string; hubPins: string[] } | null {
  if (!existsSync(path)) return null;
  refuseForeignFile(path);
  try {
    const parsed = credentialsFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.success) return null;
    return { hub: parsed.data.hub, hubPins: parsed.data.hubPins ?? [] };
  } catch {
    return null;
  }
}

/**
 * Saves credentials readable by the owner only (0600), written to a temporary file and renamed so a
 * crash never leaves half a secret. With a sealer (the tray's keychain) only the sealed secret is
 * written.
 */
export function writeCredentials(
  path: string,
  credentials: Credentials,
  sealer?: SecretSealer | null,
): void {
  ensurePrivateDir(dirname(path));
  const { secret, hubPins, ...rest } = credentials;
  const file = {
    ...rest,
    ...(sealer ? { sealedSecret: sealer.seal(secret) } : { secret }),
    ...(hubPins?.length ? { hubPins } : {}),
  };
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(file, null, 2)}\n`, { mode: PRIVATE_FILE_MODE });
  setMode(temporary, PRIVATE_FILE_MODE);
  renameSync(temporary, path);
}

/**
 * Seals a secret stored in the clear (a tray that found a keychain since it enrolled, or took over
 * a headless agent's file); a file already sealed, or unreadable, is left as it is.
 */
export function sealStoredSecret(path: string, sealer: SecretSealer): void {
  if (!existsSync(path)) return;
  let plain: boolean;
  try {
    plain =
      typeof (JSON.parse(readFileSync(path, 'utf8')) as { secret?: unknown }).secret === 'string';
  } catch {
    return;
  }
  const credentials = plain ? readCredentials(path) : null;
  if (credentials) writeCredentials(path, credentials, sealer);
}
