// `handraise-agent service install|uninstall|run`.
import { defaultAgentDataDir } from '../agent-paths.ts';
import { AgentConfigError } from '../agent-config-error.ts';
import { EXIT, say, type Values } from '../cli/arguments.ts';
import { cliLogger } from '../cli/options.ts';
import { runCommand } from './command-runner.ts';
import { describeService, installedExecutable } from './service-definition.ts';
import { adminCheck, installService, uninstallService } from './service-install.ts';
import { startService } from './service-run.ts';

/**
 * Names another folder for the unit or plist than the OS's. For tests and packagers staging a
 * file tree; the service manager reads only its own folder.
 */
export const DEFINITION_DIR_VARIABLE = 'HANDRAISE_SERVICE_DEFINITION_DIR';

export async function commandService(values: Values, rest: string[]): Promise<number> {
  const [action, ...extra] = rest;
  if (extra.length > 0 || !action || !['install', 'uninstall', 'run'].includes(action))
    throw new AgentConfigError('service takes one of: install, uninstall, run');
  if (action === 'run') return runService(values);
  const platform = process.platform;
  const definitionDir = process.env[DEFINITION_DIR_VARIABLE];
  const setup = {
    service: describeService(installedExecutable(platform)),
    platform,
    run: runCommand,
    isAdmin: adminCheck(platform, runCommand),
    ...(definitionDir ? { definitionDir } : {}),
  };
  say(action === 'install' ? await installService(setup) : await uninstallService(setup));
  return EXIT.ok;
}

async function runService(values: Values): Promise<number> {
  const logger = cliLogger();
  const running = await startService({
    dataDir: values['data-dir'] ?? defaultAgentDataDir(),
    logger,
  });
  // Listening for the stop signals before saying it runs: see cli/run.ts. Kept listening while it
  // closes: the launcher and the service manager may both signal, and a second signal must not
  // cut the close short (the launcher kills it if it takes too long).
  const stop = new Promise<void>((resolve) => {
    process.on('SIGINT', () => resolve());
    process.on('SIGTERM', () => resolve());
  });
  say(`Handraise service: the computer's users reach it at ${running.channelPath}`);
  await stop;
  await running.close();
  return EXIT.ok;
}
