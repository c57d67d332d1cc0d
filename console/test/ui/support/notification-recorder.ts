// Test support: the web Notification API stood in by a recorder, and a page's focus and visibility
// under the test's control, so that a console's desktop notifications can be read back.
import type { Browser, Page, ViewportSize } from 'playwright-core';

/**
 * Runs before the console's own scripts: `Notification` records what it is asked to show (and
 * asks the real API for permission, which the context grants), and the page's focus and
 * visibility follow `window.__setBackground(true|false)`, since a headless window cannot be put
 * behind another one.
 */
export const NOTIFICATION_RECORDER = `(() => {
  const Real = window.Notification;
  const shown = [];
  let permission = 'default';
  class RecordingNotification {
    static get permission() { return permission; }
    static async requestPermission() {
      permission = Real ? await Real.requestPermission() : 'granted';
      return permission;
    }
    constructor(title, options) {
      this.title = title;
      this.options = options ?? {};
      this.onclick = null;
      this.closed = false;
      shown.push(this);
    }
    close() { this.closed = true; }
  }
  window.Notification = RecordingNotification;
  window.__notifications = shown;
  let background = false;
  window.__setBackground = (value) => { background = value; };
  Document.prototype.hasFocus = function () { return !background; };
  Object.defineProperty(Document.prototype, 'visibilityState', {
    get: () => (background ? 'hidden' : 'visible'),
  });
})();`;

/** A notification as the recorder kept it. */
export type Shown = { title: string; body: string; tag: string; closed: boolean };

/** Page script: the notifications shown so far (read with `page.evaluate<Shown[]>(SHOWN)`). */
export const SHOWN = `window.__notifications.map((n) => ({ title: n.title, body: n.options.body, tag: n.options.tag, closed: n.closed }))`;

/** Page script: what the page's Notification says of permission (asked by the console or not). */
export const PERMISSION = 'window.Notification.permission';

/**
 * A page of its own context where notifications are allowed for the hub (once the console asks)
 * and recorded.
 */
export async function pageWithNotifications(
  browser: Browser,
  hubUrl: string,
  viewport: ViewportSize,
): Promise<Page> {
  const context = await browser.newContext({ viewport });
  await context.grantPermissions(['notifications'], { origin: hubUrl });
  await context.addInitScript(NOTIFICATION_RECORDER);
  return context.newPage();
}
