// The tray's help window from its sources with hot reload (`npm run dev` starts it): the page in a
// browser, and the tray's real backend (help desk, outbox, hub connection, screenshot session)
// here, on a development agent enrolled to the dev hub. The page reaches the backend over Vite's
// hot-reload channel (src/renderer/dev-tray-bridge.ts) instead of Electron's IPC; the screen it
// captures is a synthetic one, since no desktop can be captured without Electron.
// Settings: --hub URL, --data-dir DIR, --port N; the enrollment token in HANDRAISE_ENROLL_TOKEN.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { createServer, type Plugin } from 'vite';
import type { NormalizedHotChannelClient } from 'vite';
import { fail } from '@handraise/shared';
import { agentFiles } from '../src/core/agent-paths.ts';
import {
  syntheticScreen,
  toPngScreenshot,
} from '../src/core/screenshot/testing/synthetic-screen.ts';
import { ensurePrivateDir } from '../src/core/storage/private-files.ts';
import { IPC_CHANNELS, IPC_EVENT_CHANNEL, type IpcCallName } from '../src/ipc/channels.ts';
import { aboutThisComputer } from '../src/tray/about-computer.ts';
import { startTrayRuntime, type TrayRuntime } from '../src/tray/help-desk-runtime.ts';
import { createRequesterNameStore, requesterNameFile } from '../src/tray/requester-name.ts';
import { createIpcRouter } from '../src/tray/ipc-router.ts';
import { createScreenshotSession } from '../src/tray/screenshot-session.ts';
import { createTrayBackend } from '../src/tray/tray-backend.ts';
import { toTrayEvent } from '../src/tray/tray-events.ts';

const ROOT = join(import.meta.dirname, '..');
/** What the synthetic screen measures: a common laptop's. */
const SCREEN = { width: 1366, height: 768 } as const;

const CALL_OF_CHANNEL = new Map<string, IpcCallName>(
  (Object.entries(IPC_CHANNELS) as [IpcCallName, string][]).map(([name, channel]) => [
    channel,
    name,
  ]),
);

/** Serves the bridge to the page and answers its calls with the tray's router. */
function trayBridge(runtime: TrayRuntime, dataDir: string): Plugin {
  const logger = pino({ level: 'warn' });
  const screen = toPngScreenshot(syntheticScreen(SCREEN.width, SCREEN.height));
  const backend = createTrayBackend({
    desk: runtime.desk,
    screenshots: createScreenshotSession(async () => screen),
    about: (known) => aboutThisComputer(dataDir, known),
    // Beside the development agent's folder, as a signed-in user's own tray folder would be.
    requesterName: createRequesterNameStore(requesterNameFile(`${dataDir}-tray-user`)),
    locale: () => 'en',
    logger,
  });
  const router = createIpcRouter(backend, logger);
  return {
    name: 'handraise-dev-tray-bridge',
    apply: 'serve',
    transformIndexHtml: (html) => ({
      // The page's CSP allows no connection and no inline script; in development it must reach
      // the dev server's socket (calls and hot reload) and run React's refresh preamble. The
      // built page keeps its CSP as it is.
      html: html
        .replace("connect-src 'none'", "connect-src 'self' ws://127.0.0.1:*")
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
      tags: [
        {
          tag: 'script',
          attrs: { type: 'module', src: './dev-tray-bridge.ts' },
          injectTo: 'head-prepend',
        },
      ],
    }),
    configureServer(server) {
      server.ws.on('handraise:invoke', (payload: unknown, client: NormalizedHotChannelClient) => {
        const call = payload as { id: number; channel: string; args: unknown };
        const name = CALL_OF_CHANNEL.get(call.channel);
        void (name ? router.dispatch(name, call.args) : Promise.resolve(fail('not-found'))).then(
          (result) => client.send('handraise:result', { id: call.id, result }),
        );
      });
      const stop = runtime.desk.subscribe((event) =>
        server.ws.send('handraise:push', {
          channel: IPC_EVENT_CHANNEL,
          payload: toTrayEvent(event),
        }),
      );
      server.httpServer?.once('close', stop);
    },
  };
}

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    hub: { type: 'string' },
    'data-dir': { type: 'string', default: join(ROOT, '..', '.data', 'dev-agent') },
    port: { type: 'string', default: '5174' },
  },
  strict: true,
});

const dataDir = values['data-dir'];
ensurePrivateDir(dataDir);
// The development agent enrolls with the dev hub by itself (token from the environment). An agent
// stays with the hub it joined: another hub needs another folder, which is said rather than
// leaving the page quietly offline.
const configFile = agentFiles(dataDir).config;
if (values.hub && !existsSync(configFile))
  writeFileSync(configFile, JSON.stringify({ hub: values.hub }));
const joined = existsSync(configFile)
  ? (JSON.parse(readFileSync(configFile, 'utf8')) as { hub?: string }).hub
  : undefined;
if (values.hub && joined && joined !== values.hub) {
  console.error(
    `${dataDir} belongs to the agent of ${joined}; give --data-dir another folder for ${values.hub}.`,
  );
  process.exit(2);
}
const runtime = startTrayRuntime({ dataDir, logger: pino({ level: 'warn' }) });
const server = await createServer({
  configFile: join(ROOT, 'vite.config.ts'),
  server: { host: '127.0.0.1', port: Number(values.port), strictPort: false },
  plugins: [trayBridge(runtime, dataDir)],
});
await server.listen();
let stopping: Promise<void> | undefined;
/** Stops once: Ctrl+C reaches this process from the terminal and from `dev` both. */
const stop = () =>
  (stopping ??= (async () => {
    clearInterval(parentWatch);
    await server.close();
    runtime.close();
  })());
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
// Started by `npm run dev`: when that process is gone, so is this one.
const parent = process.ppid;
const parentWatch = setInterval(() => {
  if (process.ppid !== parent) void stop();
}, 1_000);
const local = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${values.port}/`;
process.stdout.write(`help window with hot reload at ${local}\n`);
