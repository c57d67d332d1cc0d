// Wires the tray app together: core runtime, tray icon, help window, IPC, notifications.
import { join } from 'node:path';
import { app, ipcMain, session } from 'electron';
import type { Logger } from 'pino';
import { defaultAgentDataDir } from '../core/agent-paths.ts';
import type { SecretSealer } from '../core/trust/secret-sealer.ts';
import { withTimeout } from '../core/with-timeout.ts';
import { pickLocale, translate } from '../ipc/messages/catalog.ts';
import { chooseTrayRuntime } from '../tray/service-runtime.ts';
import { createRequesterNameStore, requesterNameFile } from '../tray/requester-name.ts';
import { createHelpWindowController } from './help-window.ts';
import { denyAllPermissions } from './page-guard.ts';
import { registerIpcHandlers } from './ipc-handlers.ts';
import { createIpcRouter } from '../tray/ipc-router.ts';
import { startAtLogin } from './login-item.ts';
import { notifyNews } from './notifications.ts';
import { captureScreenUnderCursor } from './screen-capture.ts';
import { createScreenshotSession } from '../tray/screenshot-session.ts';
import { createTray } from './tray.ts';
import { createTrayBackend } from '../tray/tray-backend.ts';
import { toTrayEvent, toTrayRequest } from '../tray/tray-events.ts';
import { readTrayPolicy, trayPolicyPath } from '../tray/tray-policy.ts';
import { trayState } from '../tray/tray-state.ts';

/** Longest wait for the picture before the window opens anyway, in ms (it then shows without). */
export const CAPTURE_BEFORE_SHOW_MS = 4_000;

/** Where the bundle finds its page, preload and icons. */
export type TrayAppPaths = { page: string; preload: string; assets: string };

/** The default layout: agent/dist/{main,preload}.cjs, agent/dist/renderer, agent/assets. */
export function defaultPaths(distDir: string): TrayAppPaths {
  return {
    page: join(distDir, 'renderer', 'index.html'),
    preload: join(distDir, 'preload.cjs'),
    assets: join(distDir, '..', 'assets'),
  };
}

/**
 * Starts everything once Electron is ready; returns the function that shows the ask view.
 * `secretSealer`: the user's keychain for the device secret (none: the secret stays in a 0600 file).
 * The core is the machine-wide service's when it answers, else the tray's own.
 */
export async function startTrayApp(
  paths: TrayAppPaths,
  logger: Logger,
  secretSealer: SecretSealer | null = null,
): Promise<{ ask(): void }> {
  const locale = pickLocale(app.getPreferredSystemLanguages());
  const dataDir = defaultAgentDataDir();
  const policy = readTrayPolicy(trayPolicyPath(), logger);
  const runtime = await chooseTrayRuntime({ dataDir, logger, secretSealer });
  const { desk } = runtime;
  let unreadReply = false;

  const helpWindow = createHelpWindowController({
    page: paths.page,
    preload: paths.preload,
    title: translate(locale, 'app.title'),
    logger,
    onFocus: () => {
      unreadReply = false;
      refreshTray();
    },
    // A picture the student walked away from is not kept.
    onClosed: () => screenshots.drop(),
  });
  const screenshots = createScreenshotSession(() =>
    helpWindow.whileHidden(captureScreenUnderCursor),
  );
  const backend = createTrayBackend({
    desk,
    quickFixes: runtime.quickFixes,
    screenshots,
    about: (known) => runtime.about(known),
    // The signed-in account's own folder: the agent's data folder may be machine-wide.
    requesterName: createRequesterNameStore(requesterNameFile(app.getPath('userData'))),
    locale: () => locale,
    logger,
  });
  const removeHandlers = registerIpcHandlers(ipcMain, createIpcRouter(backend, logger), (event) =>
    helpWindow.isTrusted(event),
  );

  const currentState = () =>
    trayState({
      connection: desk.connection(),
      requests: desk.list().map(toTrayRequest),
      unreadReply,
    });

  /**
   * The picture is taken before the window shows, so it is of the problem, not of Handraise. An
   * open window keeps its picture: the student may have blurred it, and what was previewed is
   * exactly what will be sent.
   */
  const ask = async () => {
    if (!helpWindow.isOpen()) {
      screenshots.drop();
      await withTimeout(screenshots.take(), CAPTURE_BEFORE_SHOW_MS, 'screen capture').catch(
        (error: unknown) =>
          logger.warn({ err: error }, 'opening the help window without a picture'),
      );
    }
    helpWindow.show('ask');
  };
  const tray = createTray({
    assetsDir: paths.assets,
    locale,
    allowQuit: policy.allowQuit,
    initial: currentState(),
    actions: {
      ask: () => void ask(),
      requests: () => helpWindow.show('requests'),
      about: () => helpWindow.show('about'),
      quit: () => app.quit(),
      click: () => (unreadReply ? helpWindow.show('requests') : void ask()),
    },
  });
  const refreshTray = () => tray.setState(currentState());

  desk.subscribe((event) => {
    helpWindow.send(toTrayEvent(event));
    // Someone watching the window sees the message arrive; nobody needs to call them.
    if (event.type === 'news' && !helpWindow.isFocused()) {
      unreadReply = true;
      notifyNews(event.message, locale, () => helpWindow.show('requests'));
    }
    if (event.type === 'watchers')
      tray.setWatchedBy(
        event.viewers.length === 0
          ? null
          : event.viewers
              .map((v) => `${v.who} (${translate(locale, `about.as.${v.as}`)})`)
              .join(', '),
      );
    refreshTray();
  });

  denyAllPermissions(session.defaultSession);
  startAtLogin(app);
  let stopped = false;
  app.on('before-quit', () => {
    // Quitting can be asked twice (menu, then the OS); everything is closed once.
    if (stopped) return;
    stopped = true;
    removeHandlers();
    helpWindow.close();
    screenshots.close();
    tray.destroy();
    runtime.close();
  });
  return { ask: () => void ask() };
}
