import { useSyncExternalStore } from 'react';

/** Every place in the console; the hash keeps routes working when served from / or from disk. */
export type Route =
  | { view: 'today' }
  | { view: 'requests'; requestId: string | null }
  | { view: 'devices'; deviceId: string | null }
  | { view: 'software'; titleKey: string | null }
  | { view: 'tasks' }
  | { view: 'program' }
  | { view: 'quick-fixes' }
  | { view: 'people' }
  | { view: 'settings' };

export type View = Route['view'];

/** Reads a route from `#/devices/<id>`-style hashes; anything unknown is Today. */
export function parseRoute(hash: string): Route {
  const [view, id] = hash.replace(/^#\/?/, '').split('/');
  const decoded = id ? decodeURIComponent(id) : null;
  switch (view) {
    case 'requests':
      return { view, requestId: decoded };
    case 'devices':
      return { view, deviceId: decoded };
    case 'software':
      return { view, titleKey: decoded };
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

/** The href of a route. */
export function hrefFor(view: View, id?: string | null): string {
  return id ? `#/${view}/${encodeURIComponent(id)}` : `#/${view}`;
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** The current route, following the address bar. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}

/** Goes to a route as if a link was followed. */
export function navigate(view: View, id?: string | null): void {
  window.location.hash = hrefFor(view, id);
}
