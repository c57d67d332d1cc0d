// `npm run dev`: the console page and the tray's help window from their sources with hot reload,
// in front of a hub. Starts a hub of its own on a development data folder (.data/dev-hub), or uses
// a running one (`--hub URL`; the help window then needs HANDRAISE_ENROLL_TOKEN to enroll).
// Stops everything it started on Ctrl+C or SIGTERM. Options: --port (the console, 5173),
// --window-port (the help window, 5174), --hub-port (the hub it starts, 7310), --data-dir (that
// hub's data), --agent-dir (the development agent's; one per hub unless told), --hub URL (use a running hub instead).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createServer, type ViteDevServer } from 'vite';

const ROOT = join(import.meta.dirname, '..', '..');
/** A port apart from the hub's usual 7300, so a school's own hub on this machine is left alone. */
const DEV_HUB_PORT = 7310;
/** How often `dev` checks that whoever started it is still there. */
const PARENT_CHECK_MS = 1_000;
/** How long a starting hub may take to answer before `dev` gives up on it. */
const HUB_START_TIMEOUT_MS = 60_000;

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    hub: { type: 'string' },
    port: { type: 'string', default: '5173' },
    'hub-port': { type: 'string', default: String(DEV_HUB_PORT) },
    'window-port': { type: 'string', default: '5174' },
    'agent-dir': { type: 'string' },
    'data-dir': { type: 'string', default: join(ROOT, '.data', 'dev-hub') },
  },
  strict: true,
});

/** Starts the hub as `npm run hub` would, and resolves with its URL once it says it listens. */
function startHub(
  dataDir: string,
  port: string,
  enrollToken: string,
): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    [
      '--disable-warning=ExperimentalWarning',
      join(ROOT, 'console', 'src', 'hub', 'main.ts'),
      '--host',
      '127.0.0.1',
      '--port',
      port,
      '--data-dir',
      dataDir,
    ],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, HANDRAISE_ENROLL_TOKEN: enrollToken },
    },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`the hub did not start within ${HUB_START_TIMEOUT_MS / 1000} s`));
    }, HUB_START_TIMEOUT_MS);
    child.stdout?.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      output += chunk.toString();
      const url = /console and API at (\S+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ url, child });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the hub exited (code ${code}) before it listened`));
    });
  });
}

/**
 * The development agent's folder for a hub: one per hub address, since an agent stays enrolled
 * with the hub it first joined (`.data/dev-agents/127.0.0.1-7310`).
 */
function devAgentDir(hubUrl: string): string {
  const { hostname, port } = new URL(hubUrl);
  return join(ROOT, '.data', 'dev-agents', `${hostname}-${port || 'default'}`);
}

/** Starts the help window's dev server (agent/tools/dev-help-window.ts); resolves with its URL. */
function startHelpWindow(
  hubUrl: string,
  enrollToken: string,
): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    [
      '--disable-warning=ExperimentalWarning',
      join(ROOT, 'agent', 'tools', 'dev-help-window.ts'),
      '--hub',
      hubUrl,
      '--port',
      values['window-port'],
      '--data-dir',
      values['agent-dir'] ?? devAgentDir(hubUrl),
    ],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, HANDRAISE_ENROLL_TOKEN: enrollToken },
    },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /hot reload at (\S+)/.exec(output)?.[1];
      if (url) resolve({ url, child });
    });
    child.once('exit', (code) => reject(new Error(`the help window exited (code ${code})`)));
  });
}

let hub: ChildProcess | undefined;
let helpWindow: ChildProcess | undefined;
let server: ViteDevServer | undefined;
let stopping: Promise<void> | undefined;
/** Stops everything once, whichever signal or event asks first. */
const stop = () =>
  (stopping ??= (async () => {
    clearInterval(parentWatch);
    helpWindow?.kill('SIGTERM');
    hub?.kill('SIGTERM');
    await server?.close();
    process.exitCode ??= 0;
  })());
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
// `npm run dev` stopped with SIGTERM exits without passing it on: when the process that started
// this one is gone (this one is handed to init), stop too, rather than hold the ports.
const parent = process.ppid;
const parentWatch = setInterval(() => {
  if (process.ppid !== parent) void stop();
}, PARENT_CHECK_MS);

try {
  let hubUrl = values.hub;
  // The development agent behind the help window enrolls with this (a fresh one each run).
  let enrollToken = process.env.HANDRAISE_ENROLL_TOKEN;
  if (!hubUrl) {
    enrollToken ??= randomBytes(24).toString('base64url');
    const started = await startHub(values['data-dir'], values['hub-port'], enrollToken);
    hub = started.child;
    hubUrl = started.url;
  }
  // Read by console/vite.config.ts: where the dev server sends /api and /socket.io.
  process.env.HANDRAISE_DEV_HUB_URL = hubUrl;
  server = await createServer({
    configFile: join(ROOT, 'console', 'vite.config.ts'),
    server: { port: Number(values.port), strictPort: false },
  });
  await server.listen();
  const local = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${values.port}/`;
  process.stdout.write(`Handraise dev: console with hot reload at ${local} (hub ${hubUrl})\n`);
  if (enrollToken) {
    const window = await startHelpWindow(hubUrl, enrollToken);
    helpWindow = window.child;
    process.stdout.write(
      `Handraise dev: the tray's help window with hot reload at ${window.url} (a development agent)\n`,
    );
  } else {
    process.stdout.write('Handraise dev: no help window (set HANDRAISE_ENROLL_TOKEN for one)\n');
  }
  process.stdout.write('Ctrl+C stops everything\n');
} catch (error) {
  process.stderr.write(
    `handraise dev: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  await stop();
  process.exitCode = 1;
}
