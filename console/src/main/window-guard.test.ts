import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import {
  confineToOrigin,
  enforceContentSecurityPolicy,
  isOnOrigin,
  isWebAddress,
  limitPermissions,
  WINDOW_CONTENT_SECURITY_POLICY,
} from './window-guard.ts';

const CONSOLE = 'http://127.0.0.1:7300';

/** The window's WebContents as far as the guard sees it: its events and its window.open handler. */
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

function guardedWindow() {
  const contents = new StandInContents();
  const openedInBrowser: string[] = [];
  confineToOrigin(contents as unknown as WebContents, CONSOLE, (url) => openedInBrowser.push(url));
  return { contents, openedInBrowser };
}

describe('console window guard', () => {
  it('compares whole origins and knows a web address from anything else', () => {
    expect(isOnOrigin(`${CONSOLE}/devices?q=lab`, CONSOLE)).toBe(true);
    expect(isOnOrigin('http://127.0.0.1:7301/', CONSOLE)).toBe(false);
    expect(isOnOrigin('https://127.0.0.1:7300/', CONSOLE)).toBe(false);
    expect(isOnOrigin('http://127.0.0.1.evil.example:7300/', CONSOLE)).toBe(false);
    expect(isOnOrigin('not a url', CONSOLE)).toBe(false);
    expect(isWebAddress('https://www.example.org/help')).toBe(true);
    expect(isWebAddress('file:///etc/passwd')).toBe(false);
    expect(isWebAddress('smb://fileserver/share')).toBe(false);
    expect(isWebAddress('javascript:alert(1)')).toBe(false);
  });

  it('stays on the hub: its own pages load, others open in the browser, odd schemes nowhere', () => {
    const { contents, openedInBrowser } = guardedWindow();
    expect(contents.attempt('will-navigate', `${CONSOLE}/sign-in`)).toBe(false);
    expect(contents.attempt('will-redirect', `${CONSOLE}/`)).toBe(false);
    expect(contents.attempt('will-navigate', 'https://support.example.org/')).toBe(true);
    expect(contents.attempt('will-navigate', 'file:///C:/Windows/System32/calc.exe')).toBe(true);
    expect(contents.attempt('will-redirect', 'https://elsewhere.example.org/')).toBe(true);
    expect(contents.attempt('will-frame-navigate', 'https://elsewhere.example.org/')).toBe(true);
    expect(contents.attempt('will-frame-navigate', `${CONSOLE}/devices`)).toBe(false);
    expect(contents.attempt('will-attach-webview', CONSOLE)).toBe(true);
    // Only the clicked web link reached the browser; redirects and frames never do.
    expect(openedInBrowser).toEqual(['https://support.example.org/']);
  });

  it('opens no window of its own: web links go to the browser, anything else is dropped', () => {
    const { contents, openedInBrowser } = guardedWindow();
    expect(contents.openHandler?.({ url: 'https://vendor.example.org/driver' })).toEqual({
      action: 'deny',
    });
    expect(contents.openHandler?.({ url: `${CONSOLE}/devices/1` })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'ms-settings:windowsupdate' })).toEqual({
      action: 'deny',
    });
    expect(openedInBrowser).toEqual(['https://vendor.example.org/driver', `${CONSOLE}/devices/1`]);
  });

  it('grants notifications and copying to the console page only, and nothing else', () => {
    type RequestHandler = (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: { requestingUrl: string },
    ) => void;
    let onRequest: RequestHandler = () => undefined;
    let onCheck: (contents: unknown, permission: string, origin: string) => boolean = () => true;
    const session = {
      setPermissionRequestHandler: (handler: RequestHandler) => (onRequest = handler),
      setPermissionCheckHandler: (handler: typeof onCheck) => (onCheck = handler),
    };
    limitPermissions(session, CONSOLE);
    const request = (permission: string, url: string) => {
      const answers: boolean[] = [];
      onRequest(null, permission, (granted) => answers.push(granted), { requestingUrl: url });
      return answers.length === 1 ? answers[0] : 'not answered once';
    };
    expect(request('notifications', `${CONSOLE}/requests`)).toBe(true);
    expect(request('clipboard-sanitized-write', `${CONSOLE}/people`)).toBe(true);
    expect(onCheck(null, 'notifications', CONSOLE)).toBe(true);
    for (const permission of ['media', 'geolocation', 'clipboard-read', 'openExternal', 'hid']) {
      expect(request(permission, `${CONSOLE}/`), permission).toBe(false);
      expect(onCheck(null, permission, CONSOLE), permission).toBe(false);
    }
    expect(request('notifications', 'https://elsewhere.example.org/')).toBe(false);
    expect(onCheck(null, 'notifications', 'https://elsewhere.example.org')).toBe(false);
  });

  it("adds its policy to the hub's pages, beside the hub's own, and leaves others alone", () => {
    type Details = { url: string; responseHeaders?: Record<string, string[]> };
    type Answer = { responseHeaders?: Record<string, string[]> };
    let onHeaders: (details: Details, callback: (answer: Answer) => void) => void = () => undefined;
    const session = {
      webRequest: { onHeadersReceived: (handler: typeof onHeaders) => (onHeaders = handler) },
    };
    enforceContentSecurityPolicy(session as unknown as Session, CONSOLE);
    const answer = (details: Details) => {
      const given: Answer[] = [];
      onHeaders(details, (a) => given.push(a));
      expect(given).toHaveLength(1);
      return given[0];
    };
    const hubPolicy = "default-src 'self'; style-src 'self' 'sha256-abc='";
    // However the hub spells the header's name, its policy stays and the window's goes beside it.
    for (const name of [
      'content-security-policy',
      'Content-Security-Policy',
      'CONTENT-security-POLICY',
    ]) {
      const page = answer({
        url: `${CONSOLE}/`,
        responseHeaders: { [name]: [hubPolicy], 'content-type': ['text/html'] },
      });
      const headers = page?.responseHeaders ?? {};
      expect(Object.keys(headers).sort(), name).toEqual([
        'Content-Security-Policy',
        'content-type',
      ]);
      expect(headers['content-type']).toEqual(['text/html']);
      const [kept, added] = headers['Content-Security-Policy'] ?? [];
      expect(kept, name).toBe(hubPolicy);
      expect(added).toBe(WINDOW_CONTENT_SECURITY_POLICY);
    }
    for (const directive of [
      "script-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "connect-src 'self'",
    ]) {
      expect(WINDOW_CONTENT_SECURITY_POLICY).toContain(directive);
    }
    expect(WINDOW_CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
    // A page with no policy of its own still gets the window's.
    expect(answer({ url: `${CONSOLE}/x.js`, responseHeaders: {} })?.responseHeaders).toEqual({
      'Content-Security-Policy': [WINDOW_CONTENT_SECURITY_POLICY],
    });
    expect(answer({ url: 'https://elsewhere.example.org/x.png', responseHeaders: {} })).toEqual({});
  });
});
