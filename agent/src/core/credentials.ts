import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import {
  ensurePrivateDir,
  PRIVATE_FILE_MODE,
  refuseForeignFile,
  setMode,
} from './storage/private-files.ts';

const credentialsSchema = z.strictObject({
  hub: z.url(),
  deviceId: z.uuid(),
  secret: z.string().min(16).max(256),
});
export type Credentials = z.infer<typeof credentialsSchema>;

/** The device's identity with its hub, or null if it has not enrolled (or the file is unreadable). */
export function readCredentials(path: string): Credentials | null {
  if (!existsSync(path)) return null;
  refuseForeignFile(path);
  try {
    const parsed = credentialsSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Saves credentials readable by the owner only (0600), written to a temporary file and renamed so a
 * crash never leaves half a secret. (The tray app keeps them in the OS keychain via safeStorage.)
 */
export function writeCredentials(path: string, credentials: Credentials): void {
  ensurePrivateDir(dirname(path));
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(credentials, null, 2)}\n`, {
    mode: PRIVATE_FILE_MODE,
  });
  setMode(temporary, PRIVATE_FILE_MODE);
  renameSync(temporary, path);
}
