// What `npm run agent` reads of its arguments before it opens the tray; the rest is the tray's.
import { parseArgs } from 'node:util';
import { ENROLL_TOKEN_VARIABLE } from './core/enrollment/token-sources.ts';

export type StartOptions = {
  dataDir: string | undefined;
  /** Enroll (with the headless command line) before the tray opens. */
  enrollFirst: boolean;
};

/**
 * Reads the options `npm run agent` acts on. A token given on the command line (`--token`,
 * `--token -`, `--token-file`) enrolls first, as `handraise-agent enroll` would; so does a hub
 * address with a token in the environment. A token in the environment alone is left to the tray,
 * which enrolls with it only if this computer is not enrolled yet.
 */
export function readStartOptions(args: string[], env: NodeJS.ProcessEnv): StartOptions {
  const { values } = parseArgs({
    args,
    options: {
      'data-dir': { type: 'string' },
      hub: { type: 'string' },
      token: { type: 'string' },
      'token-file': { type: 'string' },
    },
    strict: false,
  });
  // Without `strict`, an option given without its value reads as `true`: not given.
  const given = (value: unknown): value is string => typeof value === 'string';
  const dataDir = values['data-dir'];
  return {
    dataDir: given(dataDir) ? dataDir : undefined,
    enrollFirst:
      given(values.token) ||
      given(values['token-file']) ||
      (given(values.hub) && Boolean(env[ENROLL_TOKEN_VARIABLE]?.trim())),
  };
}
