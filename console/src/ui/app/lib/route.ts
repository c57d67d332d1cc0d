import { useCallback, useSyncExternalStore } from 'react';

/** Every place in the console; the hash keeps routes working when served from / or from disk. */
export type Route =
  | { view: 'today' }
  | { view: 'requests'; requestId: string | null }
  | { view: 'devices'; deviceId: string | null }
  | { view: 'hardware' }
  | { view: 'software'; titleKey: string | null }
  | { view: 'rooms'; room: string | null }
  | { view: 'tasks' }
  | { view: 'program' }
  | { view: 'quick-fixes' }
  | { view: 'people' }
  | { view: 'settings' };

export type View = Route['view'];

/**
 * A view's filters, search, sorting and the like, kept after `?` in the hash
 * (`#/devices?status=offline&q=lab`), so a reload, back/forward and a shared link keep them.
 */
export type RouteParams = Record<string, string>;

function splitHash(hash: string): { path: string; query: string } {
  const bare = hash.replace(/^#\/?/, '');
  const at = bare.indexOf('?');
  return at < 0
    ? { path: bare, query: '' }
    : { path: bare.slice(0, at), query: bare.slice(at + 1) };
}

/** Reads a route from `#/devices/<id>`-style hashes; anything unknown is Today. */
export function parseRoute(hash: string): Route {
  const [view, id] = splitHash(hash).path.split('/');
  const decoded = id ? decodeURIComponent(id) : null;
  switch (view) {
    case 'requests':
      return { view, requestId: decoded };
    case 'devices':
      return { view, deviceId: decoded };
    case 'software':
      return { view, titleKey: decoded };
    case 'rooms':
      return { view, room: decoded };
    case 'hardware':
    case 'tasks':
    case 'program':
    case 'quick-fixes':
    case 'people':
    case 'settings':
      return { view };
    default:
      return { view: 'today' };
  }
}

/** The parameters after `?` in a hash; empty values are dropped. */
export function parseParams(hash: string): RouteParams {
  const params: RouteParams = {};
  for (const [key, value] of new URLSearchParams(splitHash(hash).query)) {
    if (value !== '') params[key] = value;
  }
  return params;
}

function queryOf(params: RouteParams | undefined): string {
  if (!params) return '';
  const entries = Object.entries(params).filter(([, value]) => value !== '');
  if (entries.length === 0) return '';
  entries.sort(([a], [b]) => a.localeCompare(b));
  return `?${new URLSearchParams(entries).toString()}`;
}

/** The href of a route, with its parameters if any. */
export function hrefFor(view: View, id?: string | null, params?: RouteParams): string {
  const path = id ? `#/${view}/${encodeURIComponent(id)}` : `#/${view}`;
  return path + queryOf(params);
}

// replaceState does not fire hashchange, so the console tells its own listeners.
const REPLACED = 'handraise:route-replaced';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  window.addEventListener(REPLACED, onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener(REPLACED, onChange);
  };
};

const currentHash = () => window.location.hash;

/** The current route, following the address bar. */
export function useRoute(): Route {
  return parseRoute(useSyncExternalStore(subscribe, currentHash));
}

/** Goes to a route as if a link was followed (a new history entry). */
export function navigate(view: View, id?: string | null, params?: RouteParams): void {
  window.location.hash = hrefFor(view, id, params);
}

/**
 * Changes some of the current view's parameters, keeping its path. `replace` (typing in a search
 * box) rewrites the current history entry instead of adding one per key press.
 */
export function setRouteParams(
  changes: Record<string, string | null | undefined>,
  options: { replace?: boolean } = {},
): void {
  const hash = window.location.hash;
  const params = parseParams(hash);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === '') delete params[key];
    else params[key] = value;
  }
  const next = `#/${splitHash(hash).path}${queryOf(params)}`;
  if (next === (hash || '#/')) return;
  if (options.replace) {
    window.history.replaceState(window.history.state, '', next);
    window.dispatchEvent(new Event(REPLACED));
  } else {
    window.location.hash = next;
  }
}

/**
 * The current view's parameters and a setter for them. The object is rebuilt only when the hash
 * changes, so it can be a hook dependency.
 */
export function useRouteParams(): [
  RouteParams,
  (changes: Record<string, string | null | undefined>, options?: { replace?: boolean }) => void,
] {
  const hash = useSyncExternalStore(subscribe, currentHash);
  const params = useParamsMemo(hash);
  const set = useCallback(
    (changes: Record<string, string | null | undefined>, options?: { replace?: boolean }) =>
      setRouteParams(changes, options),
    [],
  );
  return [params, set];
}

let lastHash: string | null = null;
let lastParams: RouteParams = {};
function useParamsMemo(hash: string): RouteParams {
  if (hash !== lastHash) {
    lastHash = hash;
    lastParams = parseParams(hash);
  }
  return lastParams;
}
