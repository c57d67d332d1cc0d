// What the help window can ask of main, without Electron: the help desk, the held screenshot,
// "about this computer", the requester's name and the language. The IPC router calls it; the
// browser test does too.
import type { Logger } from 'pino';
import type { HelpDeskInfo } from '@handraise/shared';
import { HelpDeskError, type RequesterDesk } from '../core/help-desk.ts';
import type { AboutInfo, Locale, TrayCalls } from '../ipc/tray-api.ts';
import type { QuickFixChannel } from '../core/quick-fixes.ts';
import type { RequesterNameStore } from './requester-name.ts';
import { toPreview, type ScreenshotSession } from './screenshot-session.ts';
import { toTrayRequest } from './tray-events.ts';
import { TrayFailure } from './tray-failure.ts';

export type TrayBackendDeps = {
  /** This process's help desk, or the machine-wide service's over the local channel. */
  desk: RequesterDesk;
  screenshots: ScreenshotSession;
  /** This computer's facts, with what the school said of it (null: never known). */
  about: (known: HelpDeskInfo | null) => AboutInfo;
  /** The signed-in account's own first name, kept in its own tray folder. */
  requesterName: RequesterNameStore;
  locale: () => Locale;
  logger: Logger;
  /** The school's quick fixes; left out by a front end that never shows them. */
  quickFixes?: QuickFixChannel;
};

/** The calls behind the TrayApi. Throws TrayFailure with the code the window may see. */
export function createTrayBackend(deps: TrayBackendDeps): TrayCalls {
  const { desk, screenshots, logger } = deps;
  const remember = (name: string) => {
    try {
      deps.requesterName.save(name || null);
    } catch (error) {
      // The request is saved; not remembering the name is no reason to say it failed.
      logger.warn({ err: error }, 'the requester name could not be remembered');
    }
  };
  return {
    async ask(input) {
      // Attached only if the user kept it; blurring was done on this very copy, and a blur
      // still running in the image worker is waited for, so it is never sent half-done.
      const shot = input.keepScreenshot ? await screenshots.settled() : null;
      try {
        const request = await desk.ask({
          category: input.category,
          text: input.text,
          requester: input.requester || undefined,
          urgent: input.urgent,
          screenshot: shot?.bytes,
        });
        screenshots.drop();
        // Remembered once the request is saved: typed once, there next time ('' forgets it).
        if (input.requester !== undefined) remember(input.requester);
        return toTrayRequest(request);
      } catch (error) {
        if (error instanceof HelpDeskError) throw new TrayFailure('too-large', error.message);
        throw error;
      }
    },
    async requesterName() {
      return deps.requesterName.read();
    },
    async reply(requestId, text) {
      await desk.reply(requestId, text);
    },
    async feedback(requestId, fixed) {
      await desk.feedback(requestId, fixed);
    },
    async listRequests() {
      return desk.list().map(toTrayRequest);
    },
    async connection() {
      return desk.connection();
    },
    async captureScreenshot() {
      try {
        return await screenshots.preview();
      } catch (error) {
        // No picture is not an error for the student: the request can go without one.
        logger.warn({ err: error }, 'screen capture failed');
        return null;
      }
    },
    async blurScreenshot(rect) {
      return toPreview(await screenshots.blur(rect), screenshots.blurred());
    },
    async dropScreenshot() {
      screenshots.drop();
    },
    async aboutThisComputer() {
      // The name, site and room the school enrolled it under; kept from the last answer offline.
      return deps.about(await desk.helpDesk());
    },
    async whoLooked() {
      const looks = await desk.looks();
      // The log lives on the hub: without it there is nothing true to show.
      if (!looks) throw new TrayFailure('unavailable');
      return looks;
    },
    async helpDesk() {
      const known = await desk.helpDesk();
      if (!known) throw new TrayFailure('unavailable');
      return known;
    },
    async quickFixes(category) {
      // Offline, or a hub without fixes: the window asks as it always did.
      const fixes = await deps.quickFixes?.fixes(category);
      if (!fixes) throw new TrayFailure('unavailable');
      return fixes;
    },
    async fixWorked(fixId) {
      // Thanked either way: the fix worked for them, whether or not the hub could count it now.
      if (!(await deps.quickFixes?.fixWorked(fixId)))
        logger.info({ fixId }, 'a quick fix that worked was not counted by the hub');
    },
    async locale() {
      return deps.locale();
    },
    async liveViewers() {
      return desk.liveViewers();
    },
  };
}
