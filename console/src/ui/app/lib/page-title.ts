import type { Route, View } from './route.ts';

/** The name of each view, as the tab's title and the page-change announcement say it. */
export const VIEW_TITLES: Record<View, string> = {
  today: 'Today',
  requests: 'Requests',
  devices: 'Devices',
  hardware: 'Hardware health',
  software: 'Software',
  rooms: 'Rooms',
  tasks: 'Tasks',
  program: 'Program',
  'quick-fixes': 'Quick fixes',
  people: 'People',
  settings: 'Settings',
};

const APP_NAME = 'Handraise';

/**
 * What the page shows: the view, and the item opened in it if any ("art-room-pc-3 · Devices"); a
 * request says what it is by itself ("Request 42").
 */
export function pageName(route: Route, item: string | null): string {
  const view = VIEW_TITLES[route.view];
  if (!item) return view;
  return route.view === 'requests' ? item : `${item} · ${view}`;
}

/**
 * The tab's title: "(3) art-room-pc-3 · Devices · Handraise". The count of waiting requests comes
 * first, for a console left open behind other windows.
 */
export function documentTitle(name: string, waiting: number): string {
  const title = `${name} · ${APP_NAME}`;
  return waiting > 0 ? `(${waiting}) ${title}` : title;
}

/**
 * The item a route opens, by the name people use, when the console knows it already; a title's
 * name comes from its page (see useRouteFocus).
 */
export function routeItemName(
  route: Route,
  known: {
    deviceName: (id: string) => string | undefined;
    requestNumber: (id: string) => number | undefined;
  },
): string | null {
  if (route.view === 'devices' && route.deviceId) return known.deviceName(route.deviceId) ?? null;
  if (route.view === 'requests' && route.requestId) {
    const number = known.requestNumber(route.requestId);
    return number === undefined ? null : `Request ${number}`;
  }
  if (route.view === 'rooms' && route.room) return route.room;
  return null;
}

/** One key per place (view and item), so that changing a view's filters is not a page change. */
export function placeKey(route: Route): string {
  switch (route.view) {
    case 'requests':
      return `requests/${route.requestId ?? ''}`;
    case 'devices':
      return `devices/${route.deviceId ?? ''}`;
    case 'software':
      return `software/${route.titleKey ?? ''}`;
    case 'rooms':
      return `rooms/${route.room ?? ''}`;
    default:
      return route.view;
  }
}
