// The tray's Electron main process, bundled as it ships (esbuild), run on Node with Electron stood
// in, against a real hub: tray states, menu, the secure window, IPC checks, notifications.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import type { HelpRequest } from '@handraise/shared';
import { writeCredentials } from '../../src/core/credentials.ts';
import { IPC_CHANNELS, IPC_EVENT_CHANNEL } from '../../src/ipc/channels.ts';
import { buildTrayMain } from '../../tools/build-tray-main.ts';
import { hubTest } from '../support/hub-fixture.ts';
import { enrollComputer } from '../support/hub-harness.ts';
import {
  killAllMains,
  startMain,
  type MainProcess,
  type Reported,
} from '../support/main-process.ts';

const AGENT_DIST = join(import.meta.dirname, '..', '..', 'dist');
const NO_POLICY = join(tmpdir(), 'handraise-no-such-policy.json');
/** A channel no service listens on: a machine that really runs the service changes no test. */
const NO_SERVICE_SOCKET = join(tmpdir(), 'handraise-no-service', 'agent.sock');

const isIcon = (icon: string) => (r: Reported) => r.type === 'tray-icon' && r.icon === icon;
const isSent = (check: (payload: Record<string, unknown>) => boolean) => (r: Reported) =>
  r.type === 'send' &&
  r.channel === IPC_EVENT_CHANNEL &&
  check(r.payload as Record<string, unknown>);

/**
 * The hub fixtures, plus `startTray(env)`: the tray's main bundle started with `env`, built once
 * for the file and killed, if still running, when the test ends.
 */
const trayTest = hubTest
  // Built where it ships from, so its paths to the preload, the page and the icons are real.
  .extend('trayBundle', { scope: 'file' }, async () => (await buildTrayMain(AGENT_DIST)).main)
  .extend('startTray', async ({ trayBundle }, { onCleanup }) => {
    onCleanup(killAllMains);
    return (env: NodeJS.ProcessEnv) =>
      startMain(trayBundle, { HANDRAISE_AGENT_SOCKET: NO_SERVICE_SOCKET, ...env });
  });

describe('tray Electron main', () => {
  trayTest(
    'shows the state in the tray, opens a secure window, checks every IPC call and notifies news',
    async ({ hub, helper, tempDir, startTray }) => {
      const agentDir = tempDir('handraise-agent-');
      // The signed-in user's own folder for the app (Electron's userData), apart from the
      // agent's data folder, which may be machine-wide.
      const userData = tempDir('handraise-user-data-');
      await enrollComputer(hub.url, agentDir, 'music-room-pc');
      const main = startTray({
        HANDRAISE_AGENT_DATA_DIR: agentDir,
        HANDRAISE_TRAY_POLICY: NO_POLICY,
        STAND_IN_USER_DATA: userData,
      });

      // Offline at first, connected moments later; the icons exist in both sizes.
      expect(await main.waitFor((r) => r.type === 'tray')).toEqual({
        type: 'tray',
        icon: 'tray-offline.png',
        exists: true,
      });
      expect(await main.waitFor(isIcon('tray-connected.png'))).toMatchObject({ exists: true });
      const reports = main.reports();
      expect(reports.find((r) => r.type === 'tray-menu')?.items).toEqual([
        'Ask for help…',
        'My requests',
        'About this computer',
      ]);
      expect(reports.find((r) => r.type === 'login-item')?.settings).toEqual({ openAtLogin: true });
      expect(reports.filter((r) => r.type === 'ipc-handle').map((r) => r.channel)).toEqual(
        Object.values(IPC_CHANNELS),
      );
      expect(reports.some((r) => r.type === 'permission-handler')).toBe(true);
      main.send({ do: 'permission', permission: 'media' });
      expect(await main.waitFor((r) => r.type === 'permission')).toMatchObject({ granted: false });

      // "Ask for help…": the picture of the screen under the pointer first, at full resolution, then the window.
      const beforeAsk = main.reports().length;
      main.send({ do: 'menu', label: 'Ask for help…' });
      const loaded = await main.waitFor((r) => r.type === 'loaded', beforeAsk);
      const sinceAsk = main.reports().slice(beforeAsk);
      const capture = sinceAsk.findIndex((r) => r.type === 'capture');
      const window = sinceAsk.findIndex((r) => r.type === 'window');
      expect(capture).toBeGreaterThanOrEqual(0);
      expect(capture).toBeLessThan(window);
      expect(sinceAsk[capture]?.options).toEqual({
        types: ['screen'],
        thumbnailSize: { width: 1920, height: 1200 },
      });
      expect(sinceAsk[window]?.options).toMatchObject({
        webPreferences: {
          contextIsolation: true,
          sandbox: true,
          nodeIntegration: false,
          webviewTag: false,
        },
      });
      expect(
        (sinceAsk[window]?.options as { webPreferences: { preload: string } }).webPreferences
          .preload,
      ).toBe(join(AGENT_DIST, 'preload.cjs'));
      expect(loaded).toMatchObject({
        file: join(AGENT_DIST, 'renderer', 'index.html'),
        hash: 'ask',
      });

      // Only the window's own page is answered, and only with valid arguments.
      expect(await main.invoke(IPC_CHANNELS.listRequests, [], 'foreign')).toEqual({
        ok: false,
        error: 'forbidden',
      });
      expect(await main.invoke(IPC_CHANNELS.listRequests, [], 'subframe')).toEqual({
        ok: false,
        error: 'forbidden',
      });
      expect(await main.invoke(IPC_CHANNELS.listRequests, [])).toEqual({ ok: true, data: [] });
      expect(await main.invoke(IPC_CHANNELS.listRequests, ['extra'])).toEqual({
        ok: false,
        error: 'invalid-payload',
      });
      expect(await main.invoke(IPC_CHANNELS.reply, ['not-a-uuid', 'hi'])).toEqual({
        ok: false,
        error: 'invalid-payload',
      });
      expect(
        await main.invoke(IPC_CHANNELS.ask, [
          { category: 'homework', text: '', keepScreenshot: false },
        ]),
      ).toEqual({ ok: false, error: 'invalid-payload' });
      expect(
        await main.invoke(IPC_CHANNELS.ask, [
          { category: 'other', text: '', keepScreenshot: false, requester: 'Ana\nBen' },
        ]),
      ).toEqual({ ok: false, error: 'invalid-payload' });
      expect(await main.invoke(IPC_CHANNELS.requesterName, [])).toEqual({ ok: true, data: null });
      expect(
        await main.invoke(IPC_CHANNELS.blurScreenshot, [{ x: -5, y: 0, width: 10, height: 10 }]),
      ).toEqual({
        ok: false,
        error: 'invalid-payload',
      });
      expect(await main.invoke(IPC_CHANNELS.locale, [])).toEqual({ ok: true, data: 'en' });

      // The picture main took, blurred in main.
      const preview = (await main.invoke(IPC_CHANNELS.captureScreenshot, [])) as {
        data: Record<string, unknown>;
      };
      expect(preview.data).toMatchObject({ width: 1920, height: 1200 });
      expect(preview.data.dataUrl).toMatch(/^data:image\/jpeg;base64,/);
      // Blurred in main's image worker thread (image-thread.cjs, built beside the bundle): while
      // it works, main answers the window's other calls.
      expect(existsSync(join(AGENT_DIST, 'image-thread.cjs'))).toBe(true);
      const answered: string[] = [];
      const blurring = main
        .invoke(IPC_CHANNELS.blurScreenshot, [{ x: 100, y: 100, width: 600, height: 300 }])
        .then((answer) => {
          answered.push('blur');
          return answer;
        });
      expect(await main.invoke(IPC_CHANNELS.locale, [])).toEqual({ ok: true, data: 'en' });
      answered.push('locale');
      const blurred = (await blurring) as { data: Record<string, unknown> };
      expect(answered).toEqual(['locale', 'blur']);
      expect(blurred.data).toMatchObject({ width: 1920, height: 1200 });
      expect(blurred.data.dataUrl).not.toBe(preview.data.dataUrl);

      expect(blurred.data.blurred).toEqual([{ x: 100, y: 100, width: 600, height: 300 }]);

      const asked = (await main.invoke(IPC_CHANNELS.ask, [
        {
          category: 'sound-screen',
          text: 'No sound in the video\n',
          keepScreenshot: true,
          requester: 'Ana',
          urgent: true,
        },
      ])) as { ok: boolean; data: { key: string; text: string; hasScreenshot: boolean } };
      expect(asked).toMatchObject({
        ok: true,
        data: { text: 'No sound in the video', hasScreenshot: true, urgent: true },
      });
      // The name is remembered in the user's own folder, never in the agent's.
      expect(await main.invoke(IPC_CHANNELS.requesterName, [])).toEqual({ ok: true, data: 'Ana' });
      expect(existsSync(join(userData, 'requester.json'))).toBe(true);
      expect(readdirSync(agentDir).filter((name) => name.startsWith('requester'))).toEqual([]);
      await main.waitFor(isIcon('tray-request-open.png'));
      await main.waitFor(
        isSent((p) => p.type === 'requests' && JSON.stringify(p).includes('"state":"new"')),
      );
      const [request] = await helper.ask<HelpRequest[]>('requests:list', {});
      expect(request).toMatchObject({
        category: 'sound-screen',
        screenshot: { type: 'image/jpeg' },
        requester: 'Ana',
        urgent: true,
      });
      // "This computer" and the request view hear of it from the hub: the name it goes by there.
      expect(await main.invoke(IPC_CHANNELS.helpDesk, [])).toMatchObject({
        ok: true,
        data: { deviceName: request?.deviceName, live: true },
      });

      // A helper writes: a desktop notification and the "new reply" icon; a click opens My
      // requests.
      await helper.ask('request:claim', { requestId: request?.id });
      await main.waitFor(
        (r) => r.type === 'notification' && r.title === 'Coordinator is helping you',
      );
      await helper.ask('request:message', { requestId: request?.id, text: 'Is the volume up?' });
      expect(
        await main.waitFor(
          (r) => r.type === 'notification' && r.title === 'Coordinator wrote to you',
        ),
      ).toMatchObject({
        body: 'Is the volume up?',
      });
      await main.waitFor(isIcon('tray-new-reply.png'));
      await main.waitFor(isSent((p) => p.type === 'news'));
      const beforeClick = main.reports().length;
      main.send({ do: 'notification-click' });
      await main.waitFor(
        isSent((p) => p.type === 'navigate' && p.view === 'requests'),
        beforeClick,
      );
      await main.waitFor(isIcon('tray-request-open.png'), beforeClick);

      // With the window open, asking again keeps its picture (what was previewed is what is sent).
      const beforeAgain = main.reports().length;
      const toAsk = isSent((p) => p.type === 'navigate' && p.view === 'ask');
      main.send({ do: 'menu', label: 'Ask for help…' });
      const shown = main.reports().indexOf(await main.waitFor(toAsk, beforeAgain));
      // Starting the app a second time does the same.
      main.send({ do: 'second-instance' });
      await main.waitFor(toAsk, shown + 1);
      expect(
        main
          .reports()
          .slice(beforeAgain)
          .filter((r) => r.type === 'capture'),
      ).toEqual([]);
      // A category is enough: no words, no picture.
      expect(
        await main.invoke(IPC_CHANNELS.ask, [
          { category: 'other', text: '', keepScreenshot: false },
        ]),
      ).toMatchObject({ ok: true, data: { category: 'other', text: '', hasScreenshot: false } });

      main.send({ do: 'close-window' });
      await main.waitFor((r) => r.type === 'window-closed');
      main.child.kill('SIGTERM');
      const finished = await main.finished;
      expect(finished.code).toBe(0);
      expect(
        main
          .reports()
          .slice(-2)
          .map((r) => r.type),
      ).toEqual(['tray-destroyed', 'quit']);
    },
  );

  trayTest(
    'offers Quit only where the policy allows it, in the OS language',
    async ({ tempDir, startTray }) => {
      const policy = join(tempDir('handraise-policy-'), 'tray-policy.json');
      writeFileSync(policy, JSON.stringify({ allowQuit: true }));
      const main = startTray({
        HANDRAISE_AGENT_DATA_DIR: tempDir('handraise-agent-'),
        HANDRAISE_TRAY_POLICY: policy,
        STAND_IN_LANGUAGES: 'es-MX,en-US',
        // Not enrolled: the tray still starts, offline, and says so.
        HANDRAISE_LOG_LEVEL: 'silent',
      });
      expect(await main.waitFor((r) => r.type === 'tray-menu')).toMatchObject({
        items: [
          'Pedir ayuda…',
          'Mis pedidos',
          'Acerca de esta computadora',
          '---',
          'Salir de Handraise',
        ],
      });
      expect(main.reports().find((r) => r.type === 'tray-tooltip')).toMatchObject({
        text: 'Handraise: sin conexión',
      });
      main.send({ do: 'menu', label: 'Salir de Handraise' });
      expect((await main.finished).code).toBe(0);
      expect(main.reports().at(-1)).toEqual({ type: 'quit' });
    },
  );

  trayTest(
    'leaves at once when the tray already runs in this session',
    async ({ tempDir, startTray }) => {
      const main = startTray({
        HANDRAISE_AGENT_DATA_DIR: tempDir('handraise-agent-'),
        HANDRAISE_TRAY_POLICY: NO_POLICY,
        STAND_IN_SECOND_INSTANCE: '1',
      });
      expect((await main.finished).code).toBe(0);
      expect(main.reports().map((r) => r.type)).toEqual(['single-instance-lock', 'quit']);
    },
  );
});

/** The credentials file as it lies on disk, with its permission bits. */
const storedCredentials = (agentDir: string) => {
  const path = join(agentDir, 'credentials.json');
  const text = readFileSync(path, 'utf8');
  return { text, file: JSON.parse(text) as Record<string, unknown>, mode: statSync(path).mode };
};
const isDecrypt = (r: Reported) => r.type === 'safe-storage' && r.call === 'decrypt';

/** Opens "About this computer" from the tray menu and answers what the window is told there. */
async function aboutThisComputer(main: MainProcess): Promise<unknown> {
  const before = main.reports().length;
  main.send({ do: 'menu', label: 'About this computer' });
  await main.waitFor((r) => r.type === 'loaded' && r.hash === 'about', before);
  return main.invoke(IPC_CHANNELS.aboutThisComputer, []);
}

describe('tray Electron main and the OS keychain', () => {
  trayTest(
    'seals the device secret with the keychain, and still connects and counts as set up with it',
    async ({ hub, tempDir, startTray }) => {
      const agentDir = tempDir('handraise-agent-');
      // Enrolled as a headless agent would be: the secret in the clear, in a 0600 file.
      const enrolled = await enrollComputer(hub.url, agentDir, 'library-pc');
      const env = {
        HANDRAISE_AGENT_DATA_DIR: agentDir,
        HANDRAISE_TRAY_POLICY: NO_POLICY,
        STAND_IN_USER_DATA: tempDir('handraise-user-data-'),
        STAND_IN_SAFE_STORAGE: 'keychain',
      };
      const first = startTray(env);
      await first.waitFor(isIcon('tray-connected.png'));
      const sealed = storedCredentials(agentDir);
      expect(sealed.file).toEqual({
        hub: hub.url,
        deviceId: enrolled.deviceId,
        sealedSecret: sealed.file.sealedSecret,
      });
      expect(typeof sealed.file.sealedSecret).toBe('string');
      expect(sealed.text).not.toContain(enrolled.secret);
      if (process.platform !== 'win32') expect(sealed.mode & 0o777).toBe(0o600);
      // "This computer" opens the sealed secret with the same keychain.
      expect(await aboutThisComputer(first)).toMatchObject({
        ok: true,
        data: { enrolled: true, hub: hub.url },
      });
      first.child.kill('SIGTERM');
      expect((await first.finished).code).toBe(0);

      // Started again, the tray connects with the sealed secret alone and leaves the file as it is.
      const second = startTray(env);
      await second.waitFor(isIcon('tray-connected.png'));
      expect(second.reports().some(isDecrypt)).toBe(true);
      expect(storedCredentials(agentDir).text).toBe(sealed.text);
      second.child.kill('SIGTERM');
      expect((await second.finished).code).toBe(0);
    },
  );

  trayTest(
    "keeps the 0600 file where the keychain protects nothing (Linux's basic_text)",
    async ({ hub, tempDir, startTray }) => {
      const agentDir = tempDir('handraise-agent-');
      const enrolled = await enrollComputer(hub.url, agentDir, 'lab-pc-3');
      const main = startTray({
        HANDRAISE_AGENT_DATA_DIR: agentDir,
        HANDRAISE_TRAY_POLICY: NO_POLICY,
        STAND_IN_USER_DATA: tempDir('handraise-user-data-'),
        // What Electron reports on Linux with no Secret Service: "available", but in plain text.
        STAND_IN_SAFE_STORAGE: process.platform === 'linux' ? 'basic_text' : 'none',
      });
      await main.waitFor(isIcon('tray-connected.png'));
      expect(await aboutThisComputer(main)).toMatchObject({
        ok: true,
        data: { enrolled: true, hub: hub.url },
      });
      const stored = storedCredentials(agentDir);
      expect(stored.file).toEqual({
        hub: hub.url,
        deviceId: enrolled.deviceId,
        secret: enrolled.secret,
      });
      if (process.platform !== 'win32') expect(stored.mode & 0o777).toBe(0o600);
      expect(main.reports().filter((r) => r.type === 'safe-storage')).toEqual([]);
      main.child.kill('SIGTERM');
      expect((await main.finished).code).toBe(0);
    },
  );

  trayTest(
    "leaves alone a secret sealed by another user's keychain: not used, not rewritten",
    async ({ hub, tempDir, startTray }) => {
      const agentDir = tempDir('handraise-agent-');
      const enrolled = await enrollComputer(hub.url, agentDir, 'staff-room-pc');
      // Sealed by a keychain this user's cannot open.
      const otherKeychain = {
        seal: (text: string) => Buffer.from(text).reverse().toString('base64'),
        unseal: () => {
          throw new Error('not this keychain');
        },
      };
      writeCredentials(
        join(agentDir, 'credentials.json'),
        { hub: hub.url, deviceId: enrolled.deviceId, secret: enrolled.secret },
        otherKeychain,
      );
      const before = storedCredentials(agentDir).text;
      const main = startTray({
        HANDRAISE_AGENT_DATA_DIR: agentDir,
        HANDRAISE_TRAY_POLICY: NO_POLICY,
        STAND_IN_USER_DATA: tempDir('handraise-user-data-'),
        STAND_IN_SAFE_STORAGE: 'keychain',
        HANDRAISE_LOG_LEVEL: 'silent',
      });
      // The agent's start tried the keychain, could not open the secret and gave up for now;
      // "This computer" cannot open it either and says the computer is not set up.
      await main.waitFor(isDecrypt);
      expect(await aboutThisComputer(main)).toMatchObject({
        ok: true,
        data: { enrolled: false },
      });
      expect(main.reports().filter(isDecrypt)).toHaveLength(2);
      expect(main.reports().some(isIcon('tray-connected.png'))).toBe(false);
      expect(storedCredentials(agentDir).text).toBe(before);
      main.child.kill('SIGTERM');
      expect((await main.finished).code).toBe(0);
    },
  );
});
