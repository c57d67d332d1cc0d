// `npm run dev` as a developer uses it: the console page from its sources, with Vite's hot-reload
// client, in front of a hub it starts; the API and the sockets reach that hub through it.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';

const DEV = join(import.meta.dirname, 'dev.ts');
const BROWSER_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe('npm run dev', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'handraise-dev-'));
  const agentDir = mkdtempSync(join(tmpdir(), 'handraise-dev-agent-'));
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(agentDir, { recursive: true, force: true });
  });

  it('serves the console and the help window with hot reload, in front of the hub it starts', async () => {
    const [port, hubPort, windowPort] = [await freePort(), await freePort(), await freePort()];
    const dev = spawn(
      process.execPath,
      [
        '--disable-warning=ExperimentalWarning',
        DEV,
        '--port',
        String(port),
        '--hub-port',
        String(hubPort),
        '--window-port',
        String(windowPort),
        '--data-dir',
        dataDir,
        '--agent-dir',
        agentDir,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const exited = new Promise<number | null>((resolve) => dev.once('exit', resolve));
    try {
      const [url = '', windowUrl = ''] = await new Promise<string[]>((resolve, reject) => {
        let output = '';
        const timer = setTimeout(() => reject(new Error(`no dev URLs; said: ${output}`)), 90_000);
        dev.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const found = [...output.matchAll(/hot reload at (\S+)/g)].map((m) => m[1] ?? '');
          if (found.length === 2) {
            clearTimeout(timer);
            resolve(found);
          }
        });
        dev.once('exit', () => reject(new Error(`dev exited; said: ${output}`)));
      });
      expect(url).toBe(`http://127.0.0.1:${port}/`);
      expect(windowUrl).toBe(`http://127.0.0.1:${windowPort}/`);

      // The page from its sources, with Vite's client and React's refresh runtime.
      const page = await (await fetch(url)).text();
      expect(page).toContain('/@vite/client');
      expect(page).toContain('/@react-refresh');
      // The hub it started answers through it: a fresh data folder wants its first account.
      expect(await (await fetch(new URL('api/status', url))).json()).toMatchObject({
        ok: true,
        data: { setupRequired: true },
      });
      const handshake = await fetch(new URL('socket.io/?EIO=4&transport=polling', url));
      expect(handshake.status).toBe(200);
      expect(await handshake.text()).toMatch(/^0\{"sid":/);

      // In a browser: the page renders, and Vite's hot-reload channel connects.
      const browser = await chromium.launch({
        executablePath: '/usr/bin/chromium',
        args: BROWSER_FLAGS,
      });
      try {
        const tab = await browser.newPage();
        const hotReload = tab.waitForEvent('console', {
          predicate: (message) => message.text().includes('[vite] connected'),
          timeout: 30_000,
        });
        await tab.goto(url);
        await hotReload;
        await tab.getByRole('heading', { name: 'Welcome to Handraise' }).waitFor();

        // The help window, on a development agent that enrolled with the dev hub and connected.
        const window = await browser.newPage();
        await window.goto(windowUrl);
        await window.getByRole('heading', { name: 'What is not working?' }).waitFor();
        await window.getByText('Connected to school help').waitFor({ timeout: 30_000 });
      } finally {
        await browser.close();
      }
    } finally {
      dev.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  });
});
