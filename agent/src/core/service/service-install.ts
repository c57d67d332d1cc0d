// `handraise-agent service install|uninstall`: registers the machine-wide service with the OS's
// service manager and starts it, or stops and removes it. Both need root / Administrator.
import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CommandRunner } from './command-runner.ts';
import { ServiceInstallError } from './service-install-error.ts';
import {
  renderLaunchdPlist,
  renderSystemdUnit,
  renderWinswConfig,
  windowsLogFolder,
  windowsWrapperFiles,
  type ServiceDescription,
} from './service-definition.ts';

export { ServiceInstallError };

/** Where the service's definition is written. */
export const SYSTEMD_UNIT_DIR = '/etc/systemd/system';
export const LAUNCH_DAEMONS_DIR = '/Library/LaunchDaemons';

/** Readable by all (the service manager reads it), writable by root alone. */
const DEFINITION_MODE = 0o644;

export type ServiceSetup = {
  service: ServiceDescription;
  platform: NodeJS.Platform;
  run: CommandRunner;
  /** Whether this process may change the machine's services. */
  isAdmin: () => Promise<boolean>;
  /** The folder the unit or plist goes in (the OS's, unless a test names another). */
  definitionDir?: string;
  /** Windows: where the wrapper writes its logs (ProgramData's, unless a test names another). */
  windowsLogDir?: string;
};

/** Root on Unix; on Windows, `net session` answers only to an Administrator. */
export function adminCheck(platform: NodeJS.Platform, run: CommandRunner): () => Promise<boolean> {
  if (platform === 'win32') return async () => (await run('net', ['session'])).code === 0;
  return async () => process.getuid?.() === 0;
}

const plainCommandHint = (platform: NodeJS.Platform, verb: string) =>
  platform === 'win32'
    ? `open the command prompt as Administrator and run: handraise-agent service ${verb}`
    : `run it as root: sudo handraise-agent service ${verb}`;

async function mustBeAdmin(setup: ServiceSetup, verb: string): Promise<void> {
  if (!(await setup.isAdmin()))
    throw new ServiceInstallError(
      `installing or removing the machine-wide service changes the whole computer; ${plainCommandHint(setup.platform, verb)}`,
    );
}

/** Runs one command; a failure stops the install with the manager's own words. */
async function must(setup: ServiceSetup, command: string, args: string[]): Promise<void> {
  const outcome = await setup.run(command, args);
  if (outcome.code !== 0)
    throw new ServiceInstallError(
      `${command} ${args.join(' ')} failed (exit ${outcome.code})${outcome.output ? `: ${outcome.output}` : ''}`,
    );
}

function writeDefinition(folder: string, file: string, text: string): string {
  mkdirSync(folder, { recursive: true });
  const path = join(folder, file);
  writeFileSync(path, text, { mode: DEFINITION_MODE });
  chmodSync(path, DEFINITION_MODE);
  return path;
}

/** Writes the service's definition, registers it to start at boot and starts it now. */
export async function installService(setup: ServiceSetup): Promise<string> {
  await mustBeAdmin(setup, 'install');
  const { service } = setup;
  if (setup.platform === 'win32') return installWindowsService(setup);
  if (setup.platform === 'darwin') {
    const path = writeDefinition(
      setup.definitionDir ?? LAUNCH_DAEMONS_DIR,
      `${service.launchdLabel}.plist`,
      renderLaunchdPlist(service),
    );
    // A daemon loaded already (an install run twice) is unloaded first: bootstrap refuses it.
    await setup.run('launchctl', ['bootout', `system/${service.launchdLabel}`]);
    await must(setup, 'launchctl', ['bootstrap', 'system', path]);
    return `${path} written and started`;
  }
  const path = writeDefinition(
    setup.definitionDir ?? SYSTEMD_UNIT_DIR,
    `${service.unitName}.service`,
    renderSystemdUnit(service),
  );
  await must(setup, 'systemctl', ['daemon-reload']);
  await must(setup, 'systemctl', ['enable', '--now', `${service.unitName}.service`]);
  return `${path} written, enabled and started`;
}

/** Stops the service and removes it; one not installed is no error (there is nothing to do). */
export async function uninstallService(setup: ServiceSetup): Promise<string> {
  await mustBeAdmin(setup, 'uninstall');
  const { service } = setup;
  if (setup.platform === 'win32') {
    const wrapper = windowsWrapperFiles(service.executable);
    // Stopping one that is stopped already fails harmlessly; removing is what must work.
    await setup.run(wrapper.exe, ['stop']);
    await must(setup, wrapper.exe, ['uninstall']);
    rmSync(wrapper.xml, { force: true });
    return `service ${service.windowsName} stopped and removed`;
  }
  if (setup.platform === 'darwin') {
    const path = join(setup.definitionDir ?? LAUNCH_DAEMONS_DIR, `${service.launchdLabel}.plist`);
    await setup.run('launchctl', ['bootout', `system/${service.launchdLabel}`]);
    rmSync(path, { force: true });
    return `${path} stopped and removed`;
  }
  const path = join(setup.definitionDir ?? SYSTEMD_UNIT_DIR, `${service.unitName}.service`);
  // Fails when it was never enabled; the unit file is removed all the same.
  await setup.run('systemctl', ['disable', '--now', `${service.unitName}.service`]);
  rmSync(path, { force: true });
  await must(setup, 'systemctl', ['daemon-reload']);
  return `${path} stopped and removed`;
}

/**
 * Windows: WinSW (handraise-agent-service.exe, shipped beside the agent) is the service; it reads
 * the XML of the same name beside it, registers itself with the service control manager and runs
 * the agent.
 */
async function installWindowsService(setup: ServiceSetup): Promise<string> {
  const { service } = setup;
  const wrapper = windowsWrapperFiles(service.executable);
  if (!existsSync(wrapper.exe))
    throw new ServiceInstallError(
      `the service wrapper ${wrapper.exe} is missing; reinstall Handraise Agent`,
    );
  // A service registered already (an install run twice) is removed first: WinSW's install
  // refuses an existing one. Both fail harmlessly when there is none.
  await setup.run(wrapper.exe, ['stop']);
  await setup.run(wrapper.exe, ['uninstall']);
  const logDir = setup.windowsLogDir ?? windowsLogFolder();
  mkdirSync(logDir, { recursive: true });
  writeFileSync(wrapper.xml, renderWinswConfig(service, logDir));
  await must(setup, wrapper.exe, ['install']);
  await must(setup, wrapper.exe, ['start']);
  return `service ${service.windowsName} installed and started (${wrapper.xml})`;
}
