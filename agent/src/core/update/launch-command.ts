// `handraise-agent launch -- ARGS…`: the launcher as the service runs it. The installed version is
// this same program run with ARGS; staged versions live in `versions/` beside the executable.
import { dirname } from 'node:path';
import type { Logger } from 'pino';
import { AGENT_VERSION } from '../agent-version.ts';
import { INSTALL_ROOT_ENV, runLauncher } from './launcher.ts';

/**
 * This program as a command and the folder updates are staged below: a packaged agent's own
 * folder; run from sources (a developer), the folder HANDRAISE_INSTALL_ROOT names.
 */
function thisProgram(): { file: string; prefix: string[]; installRoot: string | undefined } {
  const sea = process.getBuiltinModule('node:sea') as { isSea?: () => boolean } | undefined;
  if (sea?.isSea?.())
    return { file: process.execPath, prefix: [], installRoot: dirname(process.execPath) };
  const script = process.argv[1];
  return {
    file: process.execPath,
    prefix: script ? [...process.execArgv, script] : [],
    installRoot: process.env[INSTALL_ROOT_ENV],
  };
}

export async function commandLaunch(args: string[], logger: Logger): Promise<number> {
  const program = thisProgram();
  if (!program.installRoot) {
    process.stderr.write(`launch: set ${INSTALL_ROOT_ENV} to the folder updates go below\n`);
    return 1;
  }
  const stop = new AbortController();
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => stop.abort());
  return runLauncher({
    installRoot: program.installRoot,
    installed: { file: program.file, args: [...program.prefix, ...args] },
    installedVersion: AGENT_VERSION,
    args,
    signal: stop.signal,
    logger,
  });
}
