import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { canonicalFingerprint } from '../hub/tls/announce-trust.ts';

/**
 * Where the console window points: its own embedded hub, or a hub elsewhere (advisor machines),
 * with the fingerprint of the certificate that hub serves when it made its own.
 */
export type ConsoleTarget =
  { kind: 'embedded' } | { kind: 'remote'; url: string; fingerprint?: string };

const hubUrl = z.url({ protocol: /^https?$/ });
const consoleFileSchema = z.strictObject({
  hub: hubUrl.optional(),
  hubFingerprint: z.string().max(200).optional(),
});

export class ConsoleTargetError extends Error {}

/** console.json's settings; none when the file is missing or not JSON. */
function readConsoleFile(configFile: string): z.infer<typeof consoleFileSchema> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(configFile, 'utf8'));
  } catch {
    // No file (or not JSON): nothing configured there.
    return {};
  }
  const parsed = consoleFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new ConsoleTargetError(
      `${configFile}: "hub" must be an http(s) address and "hubFingerprint" a certificate fingerprint`,
    );
  }
  return parsed.data;
}

/**
 * The `--hub URL` flag, else HANDRAISE_HUB_URL, else `console.json` ({ "hub": URL }) in the app's
 * data folder; with none of them the console runs its own hub. People sign in on the hub's page.
 * A hub that serves its own certificate (no authority signed it) is trusted by its fingerprint,
 * as the coordinator's Settings shows it: `--hub-fingerprint`, HANDRAISE_HUB_FINGERPRINT or
 * console.json's "hubFingerprint", in the same order.
 */
export function resolveConsoleTarget(
  argv: string[],
  env: NodeJS.ProcessEnv,
  configFile: string,
): ConsoleTarget {
  const { values } = parseArgs({
    args: argv,
    options: { hub: { type: 'string' }, 'hub-fingerprint': { type: 'string' } },
    strict: false,
  });
  const flag = (name: string) => (typeof values[name] === 'string' ? values[name] : undefined);
  const file = readConsoleFile(configFile);
  const chosen = flag('hub') ?? env.HANDRAISE_HUB_URL ?? file.hub;
  if (!chosen) return { kind: 'embedded' };
  const checked = hubUrl.safeParse(chosen);
  if (!checked.success) throw new ConsoleTargetError(`not a hub address: ${chosen}`);
  const url = new URL(checked.data).origin;
  const given = flag('hub-fingerprint') ?? env.HANDRAISE_HUB_FINGERPRINT ?? file.hubFingerprint;
  if (given === undefined) return { kind: 'remote', url };
  const fingerprint = canonicalFingerprint(given);
  if (!fingerprint) {
    throw new ConsoleTargetError(
      `not a hub certificate fingerprint: ${given} (64 hexadecimal digits, as the hub's Settings show it)`,
    );
  }
  if (!url.startsWith('https:')) {
    throw new ConsoleTargetError(`a hub fingerprint needs an https:// hub address, not ${url}`);
  }
  return { kind: 'remote', url, fingerprint };
}
