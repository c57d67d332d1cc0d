// The console window shows one thing: the hub it was opened on (its own embedded hub, or the one
// console.json names). Links anywhere else open in the user's browser, never inside the window;
// the page may show notifications and copy text, and ask for nothing else.
import type { Session, WebContents } from 'electron';

/** What the console page may be granted, and why: duty alerts, and the Copy buttons. */
const CONSOLE_PERMISSIONS: ReadonlySet<string> = new Set([
  'notifications',
  'clipboard-sanitized-write',
]);

/** True when `url` is on `origin` (scheme, host and port alike). */
export function isOnOrigin(url: string, origin: string): boolean {
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

/** True for an ordinary web address, the only kind handed to the user's browser. */
export function isWebAddress(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** The parts of the window's WebContents the guard listens to. */
export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Keeps `contents` on `origin`: a navigation or redirect elsewhere is refused (a link the
 * coordinator clicked opens in their browser instead), and so is every new window and <webview>.
 */
export function confineToOrigin(
  contents: GuardedContents,
  origin: string,
  openInBrowser: (url: string) => void,
): void {
  contents.on('will-navigate', (event) => {
    if (isOnOrigin(event.url, origin)) return;
    event.preventDefault();
    if (isWebAddress(event.url)) openInBrowser(event.url);
  });
  // Any frame, iframes included: the console has none, so nothing of another origin runs inside.
  contents.on('will-frame-navigate', (event) => {
    if (!isOnOrigin(event.url, origin)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isOnOrigin(event.url, origin)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isWebAddress(url)) openInBrowser(url);
    return { action: 'deny' };
  });
}

/** Grants the console page its few permissions, and nothing to any other origin. */
export function limitPermissions(
  target: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
  origin: string,
): void {
  target.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(CONSOLE_PERMISSIONS.has(permission) && isOnOrigin(details.requestingUrl, origin)),
  );
  target.setPermissionCheckHandler(
    (_contents, permission, requestingOrigin) =>
      CONSOLE_PERMISSIONS.has(permission) && isOnOrigin(requestingOrigin, origin),
  );
}

/** The window's own policy: scripts only from the hub, no plugins, no <base> tricks, no framing. */
export const WINDOW_CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' blob: data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/**
 * `headers` with every Content-Security-Policy header the page came with (under whatever case of
 * its name) and `policy` beside them, as one header of several values: a browser enforces each,
 * so the page gets the strictest of them. Written over a differently-cased name instead, the
 * hub's policy would be dropped, or kept, depending on how a server spelled it.
 */
export function withContentSecurityPolicy(
  headers: Record<string, string[] | string> | undefined,
  policy: string,
): Record<string, string[]> {
  const merged: Record<string, string[]> = {};
  const policies: string[] = [];
  for (const [name, value] of Object.entries(headers ?? {})) {
    const values = Array.isArray(value) ? value : [value];
    if (name.toLowerCase() === 'content-security-policy') policies.push(...values);
    else merged[name] = values;
  }
  merged['Content-Security-Policy'] = [...policies, policy];
  return merged;
}

/**
 * Adds the window's own Content-Security-Policy to every page it loads from `origin`, on top of
 * the one the hub sends: both apply, so a hub of another version (or one that sends none) cannot
 * loosen it. Styles may be inline here: the hub's own policy lists the few inline styles it allows.
 */
export function enforceContentSecurityPolicy(
  target: Pick<Session, 'webRequest'>,
  origin: string,
): void {
  target.webRequest.onHeadersReceived((details, callback) => {
    if (!isOnOrigin(details.url, origin)) {
      callback({});
      return;
    }
    callback({
      responseHeaders: withContentSecurityPolicy(
        details.responseHeaders,
        WINDOW_CONTENT_SECURITY_POLICY,
      ),
    });
  });
}
