// What the help window can ask of main, without Electron: the help desk, the held screenshot,
// "about this computer" and the language. The IPC router calls it; the browser test does too.
import type { Logger } from 'pino';
import { HelpDeskError, type HelpDesk } from '../core/help-desk.ts';
import type { AboutInfo, Locale, TrayCalls } from '../ipc/tray-api.ts';
import { toPreview, type ScreenshotSession } from './screenshot-session.ts';
import { toTrayRequest } from './tray-events.ts';
import { TrayFailure } from './tray-failure.ts';

export type TrayBackendDeps = {
  desk: HelpDesk;
  screenshots: ScreenshotSession;
  about: () => AboutInfo;
  locale: () => Locale;
  logger: Logger;
};

/** The calls behind the TrayApi. Throws TrayFailure with the code the window may see. */
export function createTrayBackend(deps: TrayBackendDeps): TrayCalls {
  const { desk, screenshots, logger } = deps;
  return {
    async ask(input) {
      // Attached only if the user kept it; blurring was done on this very copy.
      const shot = input.keepScreenshot ? screenshots.held() : null;
      try {
        const request = await desk.ask({
          category: input.category,
          text: input.text,
          screenshot: shot?.bytes,
        });
        screenshots.drop();
        return toTrayRequest(request);
      } catch (error) {
        if (error instanceof HelpDeskError) throw new TrayFailure('too-large', error.message);
        throw error;
      }
    },
    async reply(requestId, text) {
      desk.reply(requestId, text);
    },
    async feedback(requestId, fixed) {
      desk.feedback(requestId, fixed);
    },
    async listRequests() {
      return desk.list().map(toTrayRequest);
    },
    async connection() {
      return desk.connection();
    },
    async captureScreenshot() {
      try {
        return toPreview(await screenshots.take());
      } catch (error) {
        // No picture is not an error for the student: the request can go without one.
        logger.warn({ err: error }, 'screen capture failed');
        return null;
      }
    },
    async blurScreenshot(rect) {
      return toPreview(screenshots.blur(rect));
    },
    async dropScreenshot() {
      screenshots.drop();
    },
    async aboutThisComputer() {
      return deps.about();
    },
    async whoLooked() {
      const looks = await desk.looks();
      // The log lives on the hub: without it there is nothing true to show.
      if (!looks) throw new TrayFailure('unavailable');
      return looks;
    },
    async locale() {
      return deps.locale();
    },
  };
}
