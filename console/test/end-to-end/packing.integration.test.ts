// Packs both apps with `electron-builder --dir` as `npm run dist:*` would, against a stand-in
// Electron runtime (the real one cannot be downloaded here), and checks what would ship: the
// built main, preload and pages inside app.asar and nothing else, the fuses flipped in the
// executable, the headless agent as one executable beside the tray, nothing secret or dev-only
// anywhere in the packed apps, and the installer files the configurations name present.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ELECTRON_DEFAULT_FUSES } from './support/stand-in-electron.ts';
import {
  packWithStandIn,
  PACKED_APPS,
  REPO_ROOT,
  stageProject,
  type PackedAppName,
} from './support/pack-with-stand-in.ts';

/**
 * Building both apps and the headless agent's executable and packing them takes tens of seconds;
 * a busy machine may need more.
 */
const PACKING_TIMEOUT_MS = 300_000;

/** Anything matching one of these is source, test, map or development leftovers. */
const NOT_FOR_SHIPPING = [
  /\.tsx?$/,
  /\.map$/,
  /\.test\./,
  /(^|\/)(test|tests|src|tools|bench|node_modules)\//,
  /(^|\/)tsconfig[^/]*\.json$/,
  /(^|\/)vite\.config\./,
  /(^|\/)\.env/,
];

/** Files that would hand over a secret: keys, certificates' keys, tokens, databases, settings. */
const SECRET_LOOKING = [
  /\.(pem|key|p12|pfx|sqlite)$/,
  /(^|\/)(credentials|agent|console)\.json$/,
  /(^|\/)\.npmrc$/,
  /(^|\/)enroll-token/,
];

const ON = FuseV1Options;
/** What each fuse must be in both packaged apps (the console also withdraws file:// rights). */
const HARDENED_FUSES = {
  [ON.RunAsNode]: false,
  [ON.EnableNodeOptionsEnvironmentVariable]: false,
  [ON.EnableNodeCliInspectArguments]: false,
  [ON.EnableEmbeddedAsarIntegrityValidation]: true,
  [ON.OnlyLoadAppFromAsar]: true,
  [ON.EnableCookieEncryption]: true,
};

const staging = mkdtempSync(join(tmpdir(), 'handraise-packing-'));
const unpacked: Partial<Record<PackedAppName, string>> = {};
afterAll(() => rmSync(staging, { recursive: true, force: true }));

beforeAll(async () => {
  await stageProject(staging);
  // One after the other: electron-builder keeps per-project state while it packs.
  unpacked.agent = await packWithStandIn(staging, 'agent', join(staging, 'electron-agent'));
  unpacked.console = await packWithStandIn(staging, 'console', join(staging, 'electron-console'));
}, PACKING_TIMEOUT_MS);

/** The files inside an unpacked app's app.asar, as relative paths. */
function asarFiles(app: PackedAppName): { archive: string; files: string[] } {
  const archive = join(unpacked[app] ?? '', 'resources', 'app.asar');
  const files = listPackage(archive, { isPack: false }).map((entry) => entry.replace(/^\//, ''));
  return { archive, files };
}

/** Fuse states by option, read back from the packed executable. */
async function fusesOf(executable: string): Promise<Record<number, boolean>> {
  const wire = (await getCurrentFuseWire(executable)) as unknown as Record<string, number>;
  const states: Record<number, boolean> = {};
  for (const option of Object.values(ON).filter((v) => typeof v === 'number')) {
    states[option] = wire[option] === '1'.charCodeAt(0);
  }
  return states;
}

describe('packing with --dir', () => {
  it('the tray agent ships its built main, worker, preload, page and icons, and nothing else', () => {
    const { archive, files } = asarFiles('agent');
    expect(files).toEqual(
      expect.arrayContaining([
        'agent/dist/main.cjs',
        'agent/dist/image-thread.cjs',
        'agent/dist/preload.cjs',
        'agent/dist/renderer/index.html',
        'agent/assets/tray-connected.png',
        'agent/assets/tray-connected@2x.png',
        'package.json',
      ]),
    );
    expect(files.some((file) => /^agent\/dist\/renderer\/assets\/.+\.js$/.test(file))).toBe(true);
    expect(files.filter((file) => NOT_FOR_SHIPPING.some((rule) => rule.test(file)))).toEqual([]);
    // The installer only needs the icons; generation tools and installer scripts stay outside.
    expect(files.filter((file) => file.startsWith('agent/assets/'))).toSatisfy((assets: string[]) =>
      assets.every((file) => /^agent\/assets\/tray-[a-z-]+(@2x)?\.png$/.test(file)),
    );
    const manifest = JSON.parse(extractFile(archive, 'package.json').toString('utf8')) as {
      main: string;
    };
    expect(manifest.main).toBe('agent/dist/main.cjs');
  });

  it('the console ships its built main (with the hub) and its page, and nothing else', () => {
    const { archive, files } = asarFiles('console');
    expect(files).toEqual(
      expect.arrayContaining([
        'console/dist/main.cjs',
        'console/dist/ui/index.html',
        'package.json',
      ]),
    );
    expect(files.some((file) => /^console\/dist\/ui\/assets\/.+\.js$/.test(file))).toBe(true);
    expect(files.filter((file) => NOT_FOR_SHIPPING.some((rule) => rule.test(file)))).toEqual([]);
    expect(files.some((file) => file.startsWith('agent/'))).toBe(false);
    const manifest = JSON.parse(extractFile(archive, 'package.json').toString('utf8')) as {
      main: string;
    };
    expect(manifest.main).toBe('console/dist/main.cjs');
  });

  it('flips the hardening fuses in both executables', async () => {
    const agent = await fusesOf(join(unpacked.agent ?? '', 'handraise-tray'));
    const console = await fusesOf(join(unpacked.console ?? '', 'handraise'));
    expect(agent).toMatchObject(HARDENED_FUSES);
    expect(console).toMatchObject({
      ...HARDENED_FUSES,
      [ON.GrantFileProtocolExtraPrivileges]: false,
    });
    // The help window is a file:// page whose module script needs Electron's file rights.
    expect(agent[ON.GrantFileProtocolExtraPrivileges]).toBe(true);
    // Really flipped, not inherited: the stand-in started with Electron's own defaults.
    expect(ELECTRON_DEFAULT_FUSES[ON.RunAsNode]).toBe('1');
    expect(ELECTRON_DEFAULT_FUSES[ON.OnlyLoadAppFromAsar]).toBe('0');
  });

  it('the agent carries the headless agent as one executable, and the service unit, outside app.asar', () => {
    const agentDir = join(unpacked.agent ?? '', 'resources', 'agent');
    const executable = join(agentDir, 'handraise-agent');
    expect(readFileSync(executable).subarray(0, 4).toString('latin1')).toBe('\x7fELF');
    expect(statSync(executable).mode & 0o111).not.toBe(0);
    expect(readdirSync(agentDir).sort()).toEqual([
      'handraise-agent',
      'handraise-agent.service',
      'image-thread.cjs',
    ]);
    // The console carries no agent.
    expect(existsSync(join(unpacked.console ?? '', 'resources', 'agent'))).toBe(false);
  });

  it('packs no secrets, sources or development files outside app.asar either', () => {
    for (const app of ['agent', 'console'] as const) {
      const resources = join(unpacked[app] ?? '', 'resources');
      const shipped = readdirSync(resources, { recursive: true, encoding: 'utf8' });
      expect(shipped.filter((file) => NOT_FOR_SHIPPING.some((rule) => rule.test(file)))).toEqual(
        [],
      );
      expect(shipped.filter((file) => SECRET_LOOKING.some((rule) => rule.test(file)))).toEqual([]);
      expect(
        asarFiles(app).files.filter((file) => SECRET_LOOKING.some((rule) => rule.test(file))),
      ).toEqual([]);
    }
  });

  it('every file the configurations name for the installers is in place', () => {
    const named = [PACKED_APPS.agent.config, PACKED_APPS.console.config].flatMap((config) =>
      installerFiles(parse(readFileSync(join(REPO_ROOT, config), 'utf8')) as BuilderConfig),
    );
    expect(named).toEqual(
      expect.arrayContaining([
        'build/agent/windows/installer.nsh',
        'build/agent/windows/msi-enrollment.cjs',
        'build/agent/windows/write-enrollment.ps1',
        // The Windows service wrapper, from the node-windows dev package.
        'node_modules/node-windows/bin/winsw/winsw.exe',
        'node_modules/node-windows/bin/winsw/winsw.exe.config',
        'build/agent/mac/scripts/postinstall',
        'build/agent/mac/org.handraise.agent.plist',
        'build/agent/linux/after-install.sh',
        'build/agent/linux/after-remove.sh',
        'build/agent/linux/before-remove.sh',
        'build/agent/linux/handraise-tray.desktop',
        'build/agent/linux/handraise-agent.service',
        'build/agent/icon.png',
        'build/icon.png',
      ]),
    );
    const built = /^agent\/dist\//;
    for (const file of named.filter((path) => !built.test(path))) {
      expect(existsSync(join(REPO_ROOT, file)), file).toBe(true);
    }
    // What the build makes (the headless agent) was where the configuration takes it from.
    for (const file of named.filter((path) => built.test(path))) {
      expect(existsSync(join(staging, file)), file).toBe(true);
    }
  });

  it('the installer icons are large enough for every platform', () => {
    for (const icon of ['build/icon.png', 'build/agent/icon.png']) {
      const header = readFileSync(join(REPO_ROOT, icon));
      // PNG: width and height are the IHDR chunk's first two 32-bit numbers.
      expect(header.readUInt32BE(16), icon).toBeGreaterThanOrEqual(512);
      expect(header.readUInt32BE(20), icon).toBe(header.readUInt32BE(16));
    }
  });
});

type BuilderConfig = Record<string, unknown>;
type Resource = string | { from: string; to?: string };

/**
 * The repository files a configuration names for its installers: icons, extraResources, NSIS
 * include, MSI hook, pkg scripts (relative to build/), deb and rpm scripts and fpm mappings.
 */
function installerFiles(config: BuilderConfig): string[] {
  const section = (name: string) => (config[name] ?? {}) as Record<string, unknown>;
  const files: string[] = [];
  const add = (value: unknown) => {
    if (typeof value === 'string') files.push(value);
  };
  add(config.icon);
  add(section('nsis').include);
  add(config.msiProjectCreated);
  const scripts = section('pkg').scripts;
  if (typeof scripts === 'string') {
    for (const script of ['preinstall', 'postinstall']) {
      const path = `build/${scripts}/${script}`;
      if (existsSync(join(REPO_ROOT, path))) files.push(path);
    }
  }
  for (const platform of ['win', 'mac', 'linux']) {
    for (const resource of (section(platform).extraResources ?? []) as Resource[]) {
      add(typeof resource === 'string' ? resource : resource.from);
    }
  }
  for (const target of ['deb', 'rpm']) {
    add(section(target).afterInstall);
    add(section(target).afterRemove);
    for (const argument of (section(target).fpm ?? []) as string[]) {
      add(/^--[a-z-]+=(.+)$/.exec(argument)?.[1] ?? /^([^=]+)=\//.exec(argument)?.[1]);
    }
  }
  return [...new Set(files)];
}
