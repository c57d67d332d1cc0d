// `npm start` on a machine without a display or the Electron runtime: the same hub, serving the
// console page and the API, announced in one line.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SessionCreated } from '@handraise/shared';
import { REPO_ROOT } from '../support/processes.ts';

describe('npm start without Electron', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'handraise-start-'));
  let child: ChildProcess | undefined;

  afterAll(() => {
    // npm runs the script in its own process group; end the whole group.
    if (child?.pid && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves the console page and the API, and asks for the first account', async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      HANDRAISE_DATA_DIR: dataDir,
      HANDRAISE_PORT: '0',
      HANDRAISE_HOST: '127.0.0.1',
      HANDRAISE_LOG_LEVEL: 'warn',
    };
    delete env.DISPLAY;
    delete env.WAYLAND_DISPLAY;
    delete env.HANDRAISE_ADMIN_PASSWORD;
    child = spawn('npm', ['start', '--silent'], {
      cwd: REPO_ROOT,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no start line within 30 s: ${stdout} ${stderr}`)),
        30_000,
      );
      child!.stdout?.on('data', (d: Buffer) => {
        stdout += d.toString();
        const match = /open the console at (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
    });
    expect(stdout.trim().split('\n')).toEqual([
      `Electron cannot start here (no display); open the console at ${url}`,
    ]);

    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<title>Handraise console</title>');
    // The console UI as Vite built it: the page's script is served too.
    const script = /<script type="module" crossorigin src="\.\/([^"]+)"/.exec(html)?.[1];
    expect((await fetch(`${url}/${script}`)).status).toBe(200);

    const status = await (await fetch(`${url}/api/status`)).json();
    expect(status).toMatchObject({ ok: true, data: { setupRequired: true } });
    const setup = await fetch(`${url}/api/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'coordinator', password: 'a long passphrase' }),
    });
    expect(setup.status).toBe(201);
    const session = (await setup.json()) as { data: SessionCreated };
    const devices = await fetch(`${url}/api/devices`, {
      headers: { authorization: `Bearer ${session.data.token}` },
    });
    expect(await devices.json()).toEqual({ ok: true, data: [] });

    // SIGTERM to npm alone (as a service manager or a terminal's close sends it): npm's shell
    // ends without passing it on, and the console, adopted, closes the hub by itself.
    const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
      child!.on('exit', (code, signal) => resolve([code, signal])),
    );
    process.kill(child.pid!, 'SIGTERM');
    const [code, signal] = await exited;
    expect(code === 0 || signal === 'SIGTERM').toBe(true);
    await expect
      .poll(
        () =>
          fetch(`${url}/api/status`).then(
            () => 'open',
            () => 'closed',
          ),
        {
          timeout: 10_000,
          interval: 200,
        },
      )
      .toBe('closed');
    expect(stderr).toBe('');
  });
});
