import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';

/** Where the console window points: its own embedded hub, or a hub elsewhere (advisor machines). */
export type ConsoleTarget = { kind: 'embedded' } | { kind: 'remote'; url: string };

const hubUrl = z.url({ protocol: /^https?$/ });
const consoleFileSchema = z.strictObject({ hub: hubUrl.optional() });

export class ConsoleTargetError extends Error {}

/**
 * The `--hub URL` flag, else HANDRAISE_HUB_URL, else `console.json` ({ "hub": URL }) in the app's
 * data folder; with none of them the console runs its own hub. People sign in on the hub's page.
 */
export function resolveConsoleTarget(
  argv: string[],
  env: NodeJS.ProcessEnv,
  configFile: string,
): ConsoleTarget {
  const { values } = parseArgs({ args: argv, options: { hub: { type: 'string' } }, strict: false });
  const flag = typeof values.hub === 'string' ? values.hub : undefined;
  let fromFile: string | undefined;
  try {
    const parsed = consoleFileSchema.safeParse(JSON.parse(readFileSync(configFile, 'utf8')));
    if (!parsed.success)
      throw new ConsoleTargetError(`${configFile}: "hub" must be an http(s) address`);
    fromFile = parsed.data.hub;
  } catch (error) {
    if (error instanceof ConsoleTargetError) throw error;
    // No file (or not JSON): nothing configured there.
  }
  const chosen = flag ?? env.HANDRAISE_HUB_URL ?? fromFile;
  if (!chosen) return { kind: 'embedded' };
  const checked = hubUrl.safeParse(chosen);
  if (!checked.success) throw new ConsoleTargetError(`not a hub address: ${chosen}`);
  return { kind: 'remote', url: new URL(checked.data).origin };
}
