// Packs both apps with `electron-builder --dir` against the stand-in Electron runtime, in a copy of
// the project's layout: the real configuration files, freshly built bundles, the real assets. The
// work tree itself is never written to, so other builds and tests running meanwhile are not upset.
import { execFile } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildAgentBinary } from '../../../../agent/tools/build-agent-binary.ts';
import { buildTrayApp } from '../../../../agent/tools/build-tray.ts';
import { buildElectronMain } from '../../../tools/build-electron-main.ts';
import { buildConsoleUi } from '../../../tools/build-ui.ts';
import { writeStandInElectron } from './stand-in-electron.ts';

const run = promisify(execFile);
const require = createRequire(import.meta.url);

export const REPO_ROOT = join(import.meta.dirname, '..', '..', '..', '..');

/** The two packaged apps: their configuration file and where `--dir` puts the unpacked app. */
export const PACKED_APPS = {
  console: { config: 'electron-builder.yml', unpacked: join('out', 'linux-unpacked') },
  agent: { config: 'electron-builder.agent.yml', unpacked: join('out', 'agent', 'linux-unpacked') },
} as const;
export type PackedAppName = keyof typeof PACKED_APPS;

/** A packing run may take a while on a busy machine; past this something is stuck. */
const PACK_TIMEOUT_MS = 180_000;

/**
 * Lays out `stagingDir` as the project is laid out for `npm run dist:*`: the bundles built into
 * agent/dist (with the headless agent as one executable) and console/dist, the assets, build
 * resources and both configuration files copied, and a package.json with the root's identity but
 * no workspaces, so nothing else is collected.
 */
export async function stageProject(stagingDir: string): Promise<void> {
  await Promise.all([
    buildTrayApp(join(stagingDir, 'agent', 'dist')),
    buildAgentBinary(join(stagingDir, 'agent', 'dist', 'headless')),
    buildElectronMain(join(stagingDir, 'console', 'dist')),
    buildConsoleUi(join(stagingDir, 'console', 'dist', 'ui')),
  ]);
  cpSync(join(REPO_ROOT, 'agent', 'assets'), join(stagingDir, 'agent', 'assets'), {
    recursive: true,
  });
  // Build resources (icons, installer scripts), without the tooling beside them.
  cpSync(join(REPO_ROOT, 'build'), join(stagingDir, 'build'), {
    recursive: true,
    filter: (source) => !source.startsWith(join(REPO_ROOT, 'build', 'tools')),
  });
  for (const { config } of Object.values(PACKED_APPS)) {
    cpSync(join(REPO_ROOT, config), join(stagingDir, config));
  }
  const root = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const { name, version, description, license } = root;
  writeFileSync(
    join(stagingDir, 'package.json'),
    JSON.stringify({ name, version, description, license, author: 'Handraise contributors' }),
  );
}

/** The Electron version the apps are built against: the one installed for development. */
export function electronVersion(): string {
  const manifest = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

/**
 * Runs `electron-builder --dir --linux` for `app` in the staged project, with the stand-in runtime
 * as its Electron; returns the unpacked app's folder. electron-builder's own output is returned
 * in the error when it fails.
 */
export async function packWithStandIn(
  stagingDir: string,
  app: PackedAppName,
  standInDir: string,
): Promise<string> {
  const cli = join(require.resolve('electron-builder/package.json'), '..', 'cli.js');
  const { config, unpacked } = PACKED_APPS[app];
  await run(
    process.execPath,
    [
      cli,
      '--dir',
      '--linux',
      '--x64',
      '--publish',
      'never',
      '--projectDir',
      stagingDir,
      '--config',
      config,
      `-c.electronDist=${writeStandInElectron(standInDir)}`,
      `-c.electronVersion=${electronVersion()}`,
    ],
    { cwd: stagingDir, timeout: PACK_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 },
  );
  return join(stagingDir, unpacked);
}
