// Builds the headless agent as one executable for computers without Node, in its own folder
// (`agent/dist/headless/handraise-agent`, `.exe` on Windows): Node's single executable
// applications (SEA). The agent is bundled into one CommonJS script (SEA runs a CommonJS main on
// Node 24), which is put inside a copy of the Node binary running this build, so it runs on the
// platform it was built on. The screenshot worker thread goes beside it as `image-thread.cjs` (a
// worker needs a file of its own). The installers carry the folder as extraResources at
// resources/agent/ (electron-builder.agent.yml); it is a folder of its own because
// electron-builder leaves every extraResources source out of app.asar, and the tray's app.asar
// needs the tray's own agent/dist/image-thread.cjs.
import { execFile } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';

const run = promisify(execFile);
const require = createRequire(import.meta.url);

/** The executable's file name on the platform it is built for. */
export function agentBinaryName(platform: NodeJS.Platform = process.platform): string {
  return platform === 'win32' ? 'handraise-agent.exe' : 'handraise-agent';
}

/** Where `npm run build:agent-binary` puts the executable and its worker. */
export const HEADLESS_DIST_DIR = join(import.meta.dirname, '..', 'dist', 'headless');

/** The worker thread's bundle, beside the executable. */
export const IMAGE_THREAD_FILE = 'image-thread.cjs';

/**
 * The marker Node's SEA support looks for in its binary; the byte after the colon says whether a
 * program is inside (`1`) or not (`0`). Node builds without SEA support (some Linux distributions'
 * packages) lack it.
 */
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

/** Injecting into a 120 MB binary takes seconds; past this something is stuck. */
const TOOL_TIMEOUT_MS = 120_000;

const CORE_DIR = join(import.meta.dirname, '..', 'src', 'core');

type Postject = {
  inject(
    file: string,
    resource: string,
    data: Buffer,
    options: { sentinelFuse: string; machoSegmentName?: string },
  ): Promise<void>;
};

/** Says why `node` cannot carry the agent, or null when it can. */
export function seaFuseProblem(binary: Buffer, node: string): string | null {
  const at = binary.indexOf(`${SEA_FUSE}:`);
  if (at < 0) {
    return `${node} has no single-executable support (a Node build from nodejs.org has it; some Linux distributions' packages do not)`;
  }
  if (binary[at + SEA_FUSE.length + 1] !== '0'.charCodeAt(0)) {
    return `${node} already carries a program; build from a plain Node binary`;
  }
  return null;
}

/** The agent's command line and its worker thread as CommonJS bundles in `workDir` / `outDir`. */
async function bundle(workDir: string, outDir: string): Promise<string> {
  const main = join(workDir, 'handraise-agent.cjs');
  await Promise.all([
    build({
      entryPoints: [join(CORE_DIR, 'cli.ts')],
      outfile: main,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node24',
      // In the executable, `__dirname` is the executable's folder. image-worker.ts starts the
      // worker as `image-thread` plus the extension of its own module's file: `.cjs`, beside it.
      define: {
        'import.meta.main': 'true',
        'import.meta.dirname': '__dirname',
        'import.meta.filename': JSON.stringify('handraise-agent.cjs'),
      },
      // ws's optional speed-ups, which it does without.
      external: ['bufferutil', 'utf-8-validate'],
      minifyWhitespace: true,
      minifySyntax: true,
      logLevel: 'warning',
    }),
    build({
      entryPoints: [join(CORE_DIR, 'screenshot', 'image-thread.ts')],
      outfile: join(outDir, IMAGE_THREAD_FILE),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node24',
      minifyWhitespace: true,
      minifySyntax: true,
      logLevel: 'warning',
    }),
  ]);
  return main;
}

/**
 * Builds the executable into `outDir` from the Node binary `node` (this one by default: it must
 * be of the platform the executable is for) and returns its path.
 */
export async function buildAgentBinary(
  outDir: string,
  options: { node?: string } = {},
): Promise<string> {
  const node = options.node ?? process.execPath;
  const problem = seaFuseProblem(readFileSync(node), node);
  if (problem) throw new Error(problem);
  mkdirSync(outDir, { recursive: true });
  const workDir = mkdtempSync(join(tmpdir(), 'handraise-agent-sea-'));
  try {
    const main = await bundle(workDir, outDir);
    const blob = join(workDir, 'sea-prep.blob');
    const config = join(workDir, 'sea-config.json');
    writeFileSync(
      config,
      JSON.stringify({ main, output: blob, disableExperimentalSEAWarning: true }),
    );
    // The blob must come from the very Node version it goes into: the binary itself makes it.
    await run(node, ['--experimental-sea-config', config], { timeout: TOOL_TIMEOUT_MS });
    const executable = join(outDir, agentBinaryName());
    rmSync(executable, { force: true });
    copyFileSync(node, executable);
    chmodSync(executable, 0o755);
    const mac = process.platform === 'darwin';
    // macOS refuses a changed binary under its old signature: remove it, sign again after.
    if (mac) await run('codesign', ['--remove-signature', executable]);
    const postject = require('postject') as Postject;
    await postject.inject(executable, 'NODE_SEA_BLOB', readFileSync(blob), {
      sentinelFuse: SEA_FUSE,
      ...(mac ? { machoSegmentName: 'NODE_SEA' } : {}),
    });
    if (mac) await run('codesign', ['--sign', '-', executable]);
    return executable;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const file = await buildAgentBinary(HEADLESS_DIST_DIR);
  process.stdout.write(`built ${file}\n`);
}
