// The tray app's pages stay the app's own: they navigate nowhere, open no windows, embed no
// <webview> and are granted no permission. Applied to every page the app makes, whoever makes it.
import type { App, Session, WebContents } from 'electron';

/** The parts of a page's WebContents the guard listens to. */
export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Refuses every way `contents` could show something other than the page it was loaded with. The
 * help window changes views through its URL's #hash, which is no navigation, so nothing is lost.
 */
export function confineContents(contents: GuardedContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  // Any frame, iframes included (the page has none; an injected one goes nowhere either).
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // window.open, target=_blank and middle-clicks alike.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Confines every page made from now on (call before the first window is made). */
export function confineEveryPage(app: Pick<App, 'on'>): void {
  app.on('web-contents-created', (_event, contents) => confineContents(contents));
}

/**
 * No camera, microphone, notifications-from-the-page, clipboard or anything else a page might ask
 * for: the tray's notifications are shown by main, and the page needs nothing more.
 */
export function denyAllPermissions(
  target: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
}
