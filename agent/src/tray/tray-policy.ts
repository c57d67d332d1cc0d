// What the school allows at this computer's tray, from a machine-wide file students cannot edit.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { z } from 'zod';

export const trayPolicySchema = z.strictObject({
  /** Show "Quit" in the tray menu (e.g. on staff laptops). Hidden unless the school says so. */
  allowQuit: z.boolean().default(false),
});
export type TrayPolicy = z.infer<typeof trayPolicySchema>;

const DEFAULT_POLICY: TrayPolicy = { allowQuit: false };

/**
 * Where the policy lives: a machine-wide folder only administrators write (the installer or the
 * coordinator's deployment tool puts it there). HANDRAISE_TRAY_POLICY names another file.
 */
export function trayPolicyPath(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (env.HANDRAISE_TRAY_POLICY) return env.HANDRAISE_TRAY_POLICY;
  if (platform === 'win32') {
    return join(env.PROGRAMDATA ?? 'C:\\ProgramData', 'Handraise', 'Agent', 'tray-policy.json');
  }
  if (platform === 'darwin') return '/Library/Application Support/Handraise Agent/tray-policy.json';
  return '/etc/handraise/tray-policy.json';
}

/** Reads the policy; a missing or broken file means the defaults (and a broken one is logged). */
export function readTrayPolicy(path: string, logger: Logger): TrayPolicy {
  if (!existsSync(path)) return DEFAULT_POLICY;
  try {
    const parsed = trayPolicySchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (parsed.success) return parsed.data;
    logger.warn({ path, issues: parsed.error.issues }, 'tray policy ignored: invalid');
  } catch (error) {
    logger.warn({ path, err: error }, 'tray policy ignored: unreadable');
  }
  return DEFAULT_POLICY;
}
