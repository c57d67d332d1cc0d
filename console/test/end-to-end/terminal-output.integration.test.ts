// What `npm run hub`, `npm start` and the demo print: readable lines on a terminal, JSON lines
// into a pipe or a file, and, when the port is taken, one sentence naming the setting to change.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { killAll, REPO_ROOT, startNode, type Finished } from '../support/processes.ts';

const HUB_MAIN = join(REPO_ROOT, 'console/src/hub/main.ts');
/** Longest a hub takes to start, or to give up, on a busy 2-core machine. */
const START_TIMEOUT_MS = 30_000;
/** The hub's first-start line, logged at info: there on every fresh data folder. */
const ACCOUNT_LINE = 'created the coordinator account "admin" from HANDRAISE_ADMIN_PASSWORD';
// eslint-disable-next-line no-control-regex -- terminal colour codes are what is stripped here
const COLOUR_CODES = /\u001b\[[0-9;]*m/g;

describe('terminal output', () => {
  const folders: string[] = [];
  const servers: Server[] = [];
  const dataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'handraise-terminal-'));
    folders.push(dir);
    return dir;
  };
  const hubEnv = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
    HANDRAISE_DATA_DIR: dataDir(),
    HANDRAISE_PORT: '0',
    HANDRAISE_HOST: '127.0.0.1',
    HANDRAISE_LOG_LEVEL: 'info',
    HANDRAISE_ADMIN_PASSWORD: 'a long terminal passphrase',
    ...extra,
  });
  afterAll(async () => {
    killAll();
    for (const server of servers) await new Promise((done) => server.close(done));
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  });

  it('writes one JSON object per log line when its output is a pipe', async () => {
    const hub = startNode([HUB_MAIN], hubEnv());
    await hub.waitForLine(/Handraise hub: console and API at http:\/\/127\.0\.0\.1:\d+/);
    hub.child.kill('SIGTERM');
    const { code, stdout } = await hub.finished;
    expect(code).toBe(0);
    const logLines = stdout
      .split('\n')
      .filter((line) => line && !line.startsWith('Handraise hub:'));
    expect(logLines.length).toBeGreaterThan(0);
    const entries = logLines.map((line) => JSON.parse(line) as { level: number; msg: string });
    expect(entries).toContainEqual(expect.objectContaining({ msg: ACCOUNT_LINE, name: 'hub' }));
  });

  it('writes readable lines, with time and level, on a terminal', async () => {
    // util-linux `script` gives the hub a pseudo-terminal as its output, as a person's shell does.
    const command = [process.execPath, '--disable-warning=ExperimentalWarning', HUB_MAIN]
      .map((part) => `'${part}'`)
      .join(' ');
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...hubEnv() },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (data: Buffer) => (output += data.toString()));
    const finished = new Promise<number | null>((done) => child.on('close', done));
    await expect
      .poll(() => output.replace(COLOUR_CODES, ''), { timeout: START_TIMEOUT_MS })
      .toContain(ACCOUNT_LINE);
    // Ending `script` hangs up its terminal, which ends the hub inside it.
    child.kill('SIGTERM');
    await finished;

    const lines = output.replace(COLOUR_CODES, '').split(/\r?\n/);
    const account = lines.find((line) => line.includes(ACCOUNT_LINE));
    expect(account).toMatch(/^\[\d\d:\d\d:\d\d\] INFO \(hub\): created the coordinator account/);
    expect(output).toMatch(COLOUR_CODES);
    expect(lines.filter((line) => line.startsWith('{'))).toEqual([]);
  });

  it('names the setting to change when the port is taken, and exits with an error', async () => {
    const server = createServer();
    servers.push(server);
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    const address = server.address();
    if (!address || typeof address === 'string') throw new Error('no port for the blocker');
    const taken = String(address.port);
    const sentence = `Port ${taken} is in use by another program. Set HANDRAISE_PORT (or --port) to another port.`;
    // No display: `npm start` runs the hub itself rather than the Electron window.
    const withoutDisplay = { without: ['DISPLAY', 'WAYLAND_DISPLAY'] } as const;
    const runs: [string, Promise<Finished>][] = [
      ['hub', startNode([HUB_MAIN], hubEnv({ HANDRAISE_PORT: taken })).finished],
      [
        'start',
        startNode(
          [join(REPO_ROOT, 'console/src/start.ts')],
          hubEnv({ HANDRAISE_PORT: taken }),
          withoutDisplay,
        ).finished,
      ],
      [
        'demo',
        startNode(
          [join(REPO_ROOT, 'console/bench/demo.ts')],
          hubEnv({ HANDRAISE_PORT: taken, HANDRAISE_DEMO_DEVICES: '2' }),
        ).finished,
      ],
    ];
    for (const [name, run] of runs) {
      const { code, stderr } = await run;
      expect(code, name).not.toBe(0);
      expect(stderr, name).toContain(sentence);
      // A sentence, not a stack trace.
      expect(stderr, name).not.toMatch(/^\s+at /m);
    }
    // The second flag named works too: the port given on the command line.
    const flagged = await startNode([HUB_MAIN, '--port', taken], hubEnv({ HANDRAISE_PORT: '0' }))
      .finished;
    expect(flagged.code).not.toBe(0);
    expect(flagged.stderr).toBe(`Handraise hub: ${sentence}\n`);
  });
});
