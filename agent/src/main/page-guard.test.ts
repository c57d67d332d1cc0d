import { EventEmitter } from 'node:events';
import type { App, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { confineContents, confineEveryPage, denyAllPermissions } from './page-guard.ts';

/** A page's WebContents as far as the guard sees it: its events and its window.open handler. */
class StandInContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.openHandler = handler;
  }
  /** Emits `name` as Electron would; true when a listener refused it. */
  attempt(name: string, url: string): boolean {
    let refused = false;
    this.emit(name, { url, preventDefault: () => (refused = true) }, url);
    return refused;
  }
}
const asContents = (contents: StandInContents) => contents as unknown as WebContents;

const ELSEWHERE = 'https://example.org/phish';
const OWN_PAGE = 'file:///opt/Handraise%20Agent/resources/app.asar/agent/dist/renderer/index.html';

describe('page guard', () => {
  it('refuses every navigation, redirect, <webview> and new window, even to its own page', () => {
    const contents = new StandInContents();
    confineContents(asContents(contents));
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(contents.attempt(event, ELSEWHERE), event).toBe(true);
      expect(contents.attempt(event, `${OWN_PAGE}#requests`), event).toBe(true);
    }
    expect(contents.attempt('will-attach-webview', OWN_PAGE)).toBe(true);
    expect(contents.openHandler?.({ url: ELSEWHERE })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: OWN_PAGE })).toEqual({ action: 'deny' });
  });

  it('confines every page the app makes once installed, and none before', () => {
    const app = new EventEmitter();
    const before = new StandInContents();
    app.emit('web-contents-created', {}, before);
    confineEveryPage(app as unknown as App);
    const after = new StandInContents();
    app.emit('web-contents-created', {}, after);
    expect(before.attempt('will-navigate', ELSEWHERE)).toBe(false);
    expect(after.attempt('will-navigate', ELSEWHERE)).toBe(true);
    expect(after.openHandler?.({ url: ELSEWHERE })).toEqual({ action: 'deny' });
  });

  it('grants no permission, whatever is asked and by whom', () => {
    type RequestHandler = (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: { requestingUrl: string },
    ) => void;
    // Until the guard sets them, the handlers grant everything: a guard that sets none fails.
    let onRequest: RequestHandler = (_contents, _permission, callback) => callback(true);
    let onCheck: (contents: unknown, permission: string, origin: string) => boolean = () => true;
    const session = {
      setPermissionRequestHandler: (handler: RequestHandler) => (onRequest = handler),
      setPermissionCheckHandler: (handler: typeof onCheck) => (onCheck = handler),
    };
    denyAllPermissions(session);
    for (const permission of ['notifications', 'media', 'clipboard-read', 'geolocation']) {
      const answers: boolean[] = [];
      onRequest(null, permission, (granted) => answers.push(granted), {
        requestingUrl: OWN_PAGE,
      });
      expect(answers, permission).toEqual([false]);
      expect(onCheck(null, permission, 'file://'), permission).toBe(false);
    }
  });
});
