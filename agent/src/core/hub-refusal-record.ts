// The hub's last word turning this computer away, kept in the data folder beside the credentials:
// `status` and the tray can say why nothing goes, and after a retirement or a revocation the agent
// stays away even across restarts, instead of coming back (a deleted computer's secret is simply
// unknown to the hub, which would otherwise read as a lost enrollment and enroll it anew).
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { HUB_REFUSALS, type HubRefusal } from './hub-refusal.ts';
import { PRIVATE_FILE_MODE, refuseForeignFile, setMode } from './storage/private-files.ts';

/** The file's name, in the data folder. */
export const REFUSAL_FILE = 'refusal.json';

/**
 * After these the agent does not connect again by itself: only a deliberate new enrollment
 * (`handraise-agent enroll`) brings the computer back. `unauthorized` is not among them: a hub
 * that lost its database says the same, and the agent may enroll again once with its token.
 */
const FINAL_REFUSALS: readonly HubRefusal[] = ['device-retired', 'device-revoked'];

const storedRefusalSchema = z.object({
  refusal: z.enum(HUB_REFUSALS),
  /** When the hub said so (ISO 8601). */
  at: z.string(),
  /** The enrollment it concerns: a new enrollment (another device id) is not held back by it. */
  deviceId: z.string(),
  hub: z.string(),
});
export type StoredRefusal = z.infer<typeof storedRefusalSchema>;

/** Where the record lives: beside the credentials it concerns. */
export function refusalFileBeside(credentialsPath: string): string {
  return join(dirname(credentialsPath), REFUSAL_FILE);
}

/** The kept refusal, or null when there is none (or it cannot be read: then nothing is held back). */
export function readStoredRefusal(path: string): StoredRefusal | null {
  if (!existsSync(path)) return null;
  // Planted by another local user, it could stop the agent: refused like the agent's other files.
  refuseForeignFile(path);
  try {
    const parsed = storedRefusalSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Keeps the hub's refusal (0600, written whole or not at all). */
export function storeRefusal(path: string, record: StoredRefusal): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(record, null, 2)}\n`, { mode: PRIVATE_FILE_MODE });
  setMode(temporary, PRIVATE_FILE_MODE);
  renameSync(temporary, path);
}

/** The hub took this computer again (or it was enrolled anew): the refusal no longer holds. */
export function clearStoredRefusal(path: string): void {
  if (existsSync(path)) rmSync(path, { force: true });
}

/**
 * The refusal that keeps this enrollment away for good, or null: a retirement or revocation of
 * this very device id (a later enrollment is another device and goes ahead).
 */
export function finalRefusalFor(record: StoredRefusal | null, deviceId: string): HubRefusal | null {
  if (!record || record.deviceId !== deviceId) return null;
  return FINAL_REFUSALS.includes(record.refusal) ? record.refusal : null;
}

/** Whether the hub's refusal is worth keeping: its own word, not this computer's distrust. */
export function isKeptRefusal(code: string): code is HubRefusal {
  return (HUB_REFUSALS as readonly string[]).includes(code) && code !== 'hub-certificate-changed';
}
