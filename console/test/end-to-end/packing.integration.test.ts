// Packs both apps with `electron-builder --dir` as `npm run dist:*` would, against a stand-in
// Electron runtime (the real one cannot be downloaded here), and checks what would ship: the
// built main, preload and pages inside app.asar and nothing else, the fuses flipped in the
// executable, and the installer files the configurations name present.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ELECTRON_DEFAULT_FUSES } from './support/stand-in-electron.ts';
import {
  packWithStandIn,
  PACKED_APPS,
  REPO_ROOT,
  stageProject,
  type PackedAppName,
} from './support/pack-with-stand-in.ts';

/** Building both apps and packing them takes tens of seconds; a busy machine may need more. */
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

  it('the installer files the agent configuration names are in place', () => {
    const config = readFileSync(join(REPO_ROOT, PACKED_APPS.agent.config), 'utf8');
    const include = /^\s*include:\s*(\S+)/m.exec(config)?.[1];
    const fpmSources = [...config.matchAll(/'([^'=]+)=\/[^']+'/g)].map((match) => match[1] ?? '');
    expect(include).toBe('agent/assets/installer/autostart.nsh');
    expect(fpmSources).toEqual(['agent/assets/installer/handraise-tray.desktop']);
    for (const file of [include ?? '', ...fpmSources]) {
      expect(existsSync(join(REPO_ROOT, file)), file).toBe(true);
    }
  });
});
