// Test support: the tray's main side without Electron — the real runtime (help desk, outbox,
// hub connection), screenshot session, backend, IPC router and handlers — wired to a page in
// Chromium through the real TrayApi client (page-bridge.ts) instead of the preload.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { build } from 'esbuild';
import pino from 'pino';
import type { Page } from 'playwright-core';
import { fail } from '@handraise/shared';
import type { Screenshot } from '../../src/core/screenshot/screenshot.ts';
import {
  syntheticScreen,
  toPngScreenshot,
} from '../../src/core/screenshot/testing/synthetic-screen.ts';
import { IPC_EVENT_CHANNEL } from '../../src/ipc/channels.ts';
import type { Locale } from '../../src/ipc/tray-api.ts';
import { aboutThisComputer } from '../../src/tray/about-computer.ts';
import { startTrayRuntime, type TrayRuntime } from '../../src/tray/help-desk-runtime.ts';
import { createRequesterNameStore, requesterNameFile } from '../../src/tray/requester-name.ts';
import { registerIpcHandlers } from '../../src/main/ipc-handlers.ts';
import { createIpcRouter } from '../../src/tray/ipc-router.ts';
import {
  createScreenshotSession,
  type ScreenshotSession,
} from '../../src/tray/screenshot-session.ts';
import { createTrayBackend } from '../../src/tray/tray-backend.ts';
import { toTrayEvent } from '../../src/tray/tray-events.ts';
import { INVOKE_BINDING, PUSH_FUNCTION } from './bridge-names.ts';

/** The "screen" the tray captures in tests: a desktop-like picture with text to blur. */
export const TEST_SCREEN_SIZE = { width: 1920, height: 1080 } as const;

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

let bridgeScript: Promise<string> | undefined;

/** The page bridge bundled for the browser, built once per test file. */
function pageBridge(): Promise<string> {
  bridgeScript ??= build({
    entryPoints: [join(import.meta.dirname, 'page-bridge.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    logLevel: 'warning',
  }).then((result) => result.outputFiles[0]?.text ?? '');
  return bridgeScript;
}

export type TrayHarness = {
  runtime: TrayRuntime;
  screenshots: ScreenshotSession;
  /** The signed-in user's own tray folder (Electron's userData), apart from the agent's. */
  userDir: string;
  setLocale(locale: Locale): void;
  /** Gives `page` the TrayApi (before its scripts run) and pushes the desk's events into it. */
  attach(page: Page): Promise<void>;
  close(): void;
};

/**
 * Starts the tray's main side over `dataDir` (where the test put the credentials). `userDir`: the
 * signed-in user's tray folder; a fresh one, removed on close, when left out.
 */
export function startTrayHarness(
  dataDir: string,
  options: { locale?: Locale; userDir?: string } = {},
): TrayHarness {
  const logger = pino({ level: process.env.DEBUG_TEST ? 'debug' : 'silent' });
  let currentLocale = options.locale ?? 'en';
  const userDir = options.userDir ?? mkdtempSync(join(tmpdir(), 'handraise-user-'));
  const runtime = startTrayRuntime({
    dataDir,
    logger,
    collect: async () => {
      throw new Error('inventory is not part of this test');
    },
  });
  const screen = toPngScreenshot(syntheticScreen(TEST_SCREEN_SIZE.width, TEST_SCREEN_SIZE.height));
  const screenshots = createScreenshotSession(async (): Promise<Screenshot> => screen);
  const backend = createTrayBackend({
    desk: runtime.desk,
    quickFixes: runtime.quickFixes,
    screenshots,
    about: (known) => aboutThisComputer(dataDir, known),
    requesterName: createRequesterNameStore(requesterNameFile(userDir)),
    locale: () => currentLocale,
    logger,
  });
  const handlers = new Map<string, Handler>();
  // The real registration, on an ipcMain that keeps the handlers for the bridge to call.
  const pageSender = { id: 1 };
  registerIpcHandlers(
    {
      handle: (channel, handler) => void handlers.set(channel, handler as Handler),
      removeHandler: (channel) => void handlers.delete(channel),
    },
    createIpcRouter(backend, logger),
    (event) => event.sender === (pageSender as unknown),
  );
  const stops: (() => void)[] = [];

  return {
    runtime,
    screenshots,
    userDir,
    setLocale: (next) => (currentLocale = next),
    async attach(page) {
      await page.exposeFunction(INVOKE_BINDING, (channel: string, args: unknown[]) => {
        const handler = handlers.get(channel);
        const event = { sender: pageSender } as unknown as IpcMainInvokeEvent;
        return handler ? handler(event, ...args) : fail('not-found');
      });
      await page.addInitScript({ content: await pageBridge() });
      const stop = runtime.desk.subscribe((event) => {
        page
          .evaluate(
            ([push, channel, payload]) =>
              (window as unknown as Record<string, (c: string, p: unknown) => void>)[push]?.(
                channel,
                payload,
              ),
            [PUSH_FUNCTION, IPC_EVENT_CHANNEL, toTrayEvent(event)] as const,
          )
          // A page that is navigating or closed misses the event, as a closed window would.
          .catch(() => undefined);
      });
      stops.push(stop);
      page.once('close', stop);
    },
    close() {
      for (const stop of stops) stop();
      screenshots.close();
      runtime.close();
      if (!options.userDir) rmSync(userDir, { recursive: true, force: true });
    },
  };
}
