// `handraise-agent service install|uninstall` against stand-in service managers: real programs
// named systemctl and launchctl on PATH, and a stand-in Windows service wrapper beside a stand-in
// agent, that log how they were called, and a temporary folder for the unit or plist. Real files,
// real processes; the machine's services are untouched.
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/core/service/command-runner.ts';
import {
  describeService,
  renderLaunchdPlist,
  renderSystemdUnit,
  renderWinswConfig,
} from '../../src/core/service/service-definition.ts';
import {
  installService,
  ServiceInstallError,
  uninstallService,
  type ServiceSetup,
} from '../../src/core/service/service-install.ts';
import { runAgent } from '../../../console/test/support/processes.ts';

let dir = '';
let log = '';
let bin = '';
let originalPath: string | undefined;

/** A stand-in program: logs its name and arguments, exits with `code`. */
function standIn(name: string, code = 0, folder = bin) {
  const path = join(folder, name);
  writeFileSync(path, `#!/bin/sh\nprintf '%s %s\\n' "${name}" "$*" >> "${log}"\nexit ${code}\n`);
  chmodSync(path, 0o755);
}
const calls = () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'handraise-service-install-'));
  bin = join(dir, 'bin');
  log = join(dir, 'calls.log');
  mkdirSync(bin);
  originalPath = process.env.PATH;
  // Found first: the stand-ins, never the machine's own service manager.
  process.env.PATH = `${bin}${delimiter}${originalPath ?? ''}`;
});
afterEach(() => {
  process.env.PATH = originalPath;
  rmSync(dir, { recursive: true, force: true });
});

const setupFor = (platform: NodeJS.Platform, admin = true): ServiceSetup => ({
  service: describeService('/opt/Handraise Agent/resources/agent/handraise-agent'),
  platform,
  run: runCommand,
  isAdmin: async () => admin,
  definitionDir: join(dir, 'units'),
});

describe.runIf(process.platform !== 'win32')('service install and uninstall', () => {
  it('systemd: writes the unit, reloads, enables and starts it; uninstall undoes it', async () => {
    standIn('systemctl');
    const setup = setupFor('linux');
    await installService(setup);
    const unit = join(dir, 'units', 'handraise-agent.service');
    expect(readFileSync(unit, 'utf8')).toBe(renderSystemdUnit(setup.service));
    expect(statSync(unit).mode & 0o777).toBe(0o644);
    expect(calls()).toEqual([
      'systemctl daemon-reload',
      'systemctl enable --now handraise-agent.service',
    ]);

    await uninstallService(setup);
    expect(existsSync(unit)).toBe(false);
    expect(calls().slice(2)).toEqual([
      'systemctl disable --now handraise-agent.service',
      'systemctl daemon-reload',
    ]);
  });

  it('launchd: writes the plist and bootstraps it into the system domain', async () => {
    standIn('launchctl');
    const setup = setupFor('darwin');
    await installService(setup);
    const plist = join(dir, 'units', 'org.handraise.agent.plist');
    expect(readFileSync(plist, 'utf8')).toBe(renderLaunchdPlist(setup.service));
    expect(calls()).toEqual([
      'launchctl bootout system/org.handraise.agent',
      `launchctl bootstrap system ${plist}`,
    ]);
    await uninstallService(setup);
    expect(existsSync(plist)).toBe(false);
    expect(calls().at(-1)).toBe('launchctl bootout system/org.handraise.agent');
  });

  it('Windows: writes the wrapper’s XML beside it, installs and starts; uninstall undoes it', async () => {
    const agentDir = join(dir, 'Handraise Agent', 'resources', 'agent');
    mkdirSync(agentDir, { recursive: true });
    standIn('handraise-agent-service.exe', 0, agentDir);
    const setup: ServiceSetup = {
      ...setupFor('win32'),
      service: describeService(join(agentDir, 'handraise-agent.exe')),
      windowsLogDir: join(dir, 'logs'),
    };
    await installService(setup);
    const xml = join(agentDir, 'handraise-agent-service.xml');
    expect(readFileSync(xml, 'utf8')).toBe(renderWinswConfig(setup.service, join(dir, 'logs')));
    expect(existsSync(join(dir, 'logs'))).toBe(true);
    // A service left by an earlier install is taken away first (harmless when there is none).
    expect(calls()).toEqual([
      'handraise-agent-service.exe stop',
      'handraise-agent-service.exe uninstall',
      'handraise-agent-service.exe install',
      'handraise-agent-service.exe start',
    ]);
    await uninstallService(setup);
    expect(calls().slice(4)).toEqual([
      'handraise-agent-service.exe stop',
      'handraise-agent-service.exe uninstall',
    ]);
    expect(existsSync(xml)).toBe(false);
  });

  it('Windows: says the wrapper is missing, and writes nothing', async () => {
    const agentDir = join(dir, 'agent');
    mkdirSync(agentDir);
    const setup: ServiceSetup = {
      ...setupFor('win32'),
      service: describeService(join(agentDir, 'handraise-agent.exe')),
      windowsLogDir: join(dir, 'logs'),
    };
    await expect(installService(setup)).rejects.toThrow(
      /handraise-agent-service\.exe is missing; reinstall Handraise Agent/,
    );
    expect(existsSync(join(agentDir, 'handraise-agent-service.xml'))).toBe(false);
    expect(calls()).toEqual([]);
  });

  it('Windows: a wrapper that cannot install the service fails the install with its words', async () => {
    const agentDir = join(dir, 'agent');
    mkdirSync(agentDir);
    writeFileSync(
      join(agentDir, 'handraise-agent-service.exe'),
      '#!/bin/sh\n[ "$1" = install ] && { echo "access denied"; exit 5; }\nexit 0\n',
    );
    chmodSync(join(agentDir, 'handraise-agent-service.exe'), 0o755);
    const setup: ServiceSetup = {
      ...setupFor('win32'),
      service: describeService(join(agentDir, 'handraise-agent.exe')),
      windowsLogDir: join(dir, 'logs'),
    };
    await expect(installService(setup)).rejects.toThrow(/install failed \(exit 5\): access denied/);
  });

  it('stops with the service manager’s words when a step fails, and says which', async () => {
    standIn('systemctl', 1);
    await expect(installService(setupFor('linux'))).rejects.toThrow(
      /systemctl daemon-reload failed \(exit 1\)/,
    );
  });

  it('refuses clearly without root, and changes nothing', async () => {
    standIn('systemctl');
    const refused = installService(setupFor('linux', false));
    await expect(refused).rejects.toBeInstanceOf(ServiceInstallError);
    await expect(refused).rejects.toThrow(/sudo handraise-agent service install/);
    await expect(uninstallService(setupFor('linux', false))).rejects.toThrow(
      /sudo handraise-agent service uninstall/,
    );
    expect(existsSync(join(dir, 'units'))).toBe(false);
    expect(calls()).toEqual([]);
  });

  it('the command line installs and uninstalls (as root) or refuses (otherwise)', async () => {
    standIn('systemctl');
    standIn('launchctl');
    const env = {
      PATH: process.env.PATH,
      HANDRAISE_SERVICE_DEFINITION_DIR: join(dir, 'units'),
    };
    const installed = await runAgent(['service', 'install'], 30_000, env);
    if (process.getuid?.() === 0) {
      expect(installed.code).toBe(0);
      expect(installed.stdout).toMatch(/written.*started/);
      expect(calls().length).toBeGreaterThan(0);
      const removed = await runAgent(['service', 'uninstall'], 30_000, env);
      expect(removed.code).toBe(0);
      expect(removed.stdout).toMatch(/stopped and removed/);
    } else {
      expect(installed.code).toBe(1);
      expect(installed.stderr).toMatch(/as root/);
      expect(calls()).toEqual([]);
    }
    const wrong = await runAgent(['service', 'restart'], 30_000, env);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('service takes one of: install, uninstall, run');
  });
});
