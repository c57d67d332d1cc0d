import { Suspense, useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { seesHardwareHealth } from '../lib/hardware-health-access.ts';
import { documentTitle, pageName, routeItemName } from '../lib/page-title.ts';
import { hrefFor, useRoute } from '../lib/route.ts';
import { useSidebarMode } from '../lib/sidebar-state.ts';
import { waitingRequests } from '../lib/waiting-requests.ts';
import { useHub, useRequests, useTasks } from '../state/hub-context.ts';
import { useRouteFocus } from '../state/use-route-focus.ts';
import {
  AdvisorToday,
  DevicePage,
  DevicesView,
  HardwareHealthView,
  PeopleView,
  ProgramView,
  QuickFixesView,
  RequestsView,
  RoomsView,
  SettingsView,
  SoftwareView,
  TasksView,
  TodayView,
  ViewLoading,
} from './lazy-views.tsx';
import { useQuickFixAccess } from '../state/use-quick-fix-access.ts';
import { OfferNotices } from './OfferNotices.tsx';
import { Sidebar } from './Sidebar.tsx';
import { Topbar } from './Topbar.tsx';
import { ViewErrorBoundary } from './ViewErrorBoundary.tsx';

/** How long the "new request" note stays on screen; the badge and the queue keep it after. */
const TOAST_MS = 8_000;

/** A request that just arrived, as the live announcer reads it out. */
export type Announcement = { text: string; requestId: string };

/**
 * The signed-in frame: navigation, top bar, the current view, the live announcer, and the
 * requests offered to this helper.
 */
export function AppShell({ announcement }: { announcement: Announcement | null }) {
  const route = useRoute();
  const hub = useHub();
  const { user, offers } = hub;
  const requests = useRequests();
  const isCoordinator = user.role === 'coordinator';
  const writesQuickFixes = useQuickFixAccess(user);
  // What waits for this person: requests nobody has taken, and for the coordinator the escalated
  // ones too (theirs to pick up, the hub having cleared the helper). Advisors' reach is the hub's.
  const waitingParts = useMemo(
    () => waitingRequests(requests, isCoordinator),
    [requests, isCoordinator],
  );
  const waiting = waitingParts.total;
  const tasks = useTasks();
  const openTasks = useMemo(() => tasks.filter((t) => t.state === 'open').length, [tasks]);

  const [toast, setToast] = useState<Announcement | null>(null);
  useEffect(() => {
    if (!announcement) return;
    setToast(announcement);
    const timer = setTimeout(() => setToast(null), TOAST_MS);
    return () => clearTimeout(timer);
  }, [announcement]);
  // A request offered to this helper has its own notice, with a Claim button: no note twice.
  const showToast =
    toast !== null && route.view !== 'requests' && !offers.some((o) => o.id === toast.requestId);

  // Only the open device's name: the shell does not redraw for every device the hub pushes.
  const openDeviceId = route.view === 'devices' ? route.deviceId : null;
  const deviceName = useSyncExternalStore(
    hub.devices.subscribe,
    useCallback(
      () => (openDeviceId ? hub.devices.get(openDeviceId)?.name : undefined),
      [hub.devices, openDeviceId],
    ),
  );
  const headingText = useRouteFocus(route);
  const name = pageName(
    route,
    route.view === 'software' && route.titleKey
      ? headingText
      : routeItemName(route, {
          deviceName: () => deviceName,
          requestNumber: (id) => requests.find((r) => r.id === id)?.number,
        }),
  );
  useEffect(() => {
    // The badge also shows in the tab, for a console left open behind other windows.
    document.title = documentTitle(name, waiting);
  }, [name, waiting]);

  const [sidebarMode, toggleSidebar] = useSidebarMode();
  // Narrow windows: the navigation is a menu over the page, closed again by going somewhere.
  const [menuOpen, setMenuOpen] = useState(false);
  const closeMenu = useCallback(() => {
    setMenuOpen(false);
    // Escape or a tap beside it: focus goes back to the button that opened the menu.
    document.querySelector<HTMLElement>('.menu-button')?.focus();
  }, []);
  const place = `${route.view}/${name}`;
  useEffect(() => setMenuOpen(false), [place]);

  let view;
  switch (route.view) {
    case 'today':
      // An advisor's day is their requests and their rooms', not the fleet's charts.
      view = isCoordinator ? <TodayView /> : <AdvisorToday />;
      break;
    case 'requests':
      view = <RequestsView requestId={route.requestId} />;
      break;
    case 'devices':
      // Keyed by the computer: going from one to another starts afresh ("Loading…"), never
      // showing the previous computer's facts under the next one's name until its own arrive.
      view = route.deviceId ? (
        <DevicePage key={route.deviceId} deviceId={route.deviceId} />
      ) : (
        <DevicesView />
      );
      break;
    case 'hardware':
      // The hub refuses a student advisor the fleet's hardware: say so rather than ask it.
      view = seesHardwareHealth(user) ? (
        <HardwareHealthView />
      ) : (
        <p className="notice">
          Hardware health is not available to student advisors: it is the IT coordinator&apos;s and
          teacher advisors&apos; to see.
        </p>
      );
      break;
    case 'software':
      view = isCoordinator ? (
        <SoftwareView titleKey={route.titleKey} />
      ) : (
        <p className="notice">The school's software is the IT coordinator's to manage.</p>
      );
      break;
    case 'rooms':
      view = <RoomsView room={route.room} />;
      break;
    case 'tasks':
      view = <TasksView />;
      break;
    case 'program':
      view = <ProgramView />;
      break;
    case 'quick-fixes':
      view = <QuickFixesView />;
      break;
    case 'people':
      view = isCoordinator ? (
        <PeopleView />
      ) : (
        <p className="notice">Only the IT coordinator manages accounts and enrollment.</p>
      );
      break;
    case 'settings':
      view = <SettingsView />;
      break;
  }

  return (
    <div className="shell" data-sidebar={sidebarMode}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Sidebar
        mode={sidebarMode}
        onToggle={toggleSidebar}
        menuOpen={menuOpen}
        onCloseMenu={closeMenu}
        current={route.view}
        waiting={waitingParts}
        openTasks={openTasks}
        isCoordinator={isCoordinator}
        hardwareHealth={seesHardwareHealth(user)}
        writesQuickFixes={writesQuickFixes}
      />
      <Topbar menuOpen={menuOpen} onToggleMenu={() => setMenuOpen((open) => !open)} />
      <main id="main" className="main" tabIndex={-1}>
        {/* A view that fails to draw says so here; the sidebar and the top bar stay usable. */}
        <ViewErrorBoundary place={JSON.stringify(route)}>
          <Suspense fallback={<ViewLoading />}>{view}</Suspense>
        </ViewErrorBoundary>
      </main>
      <div className="sr-only" role="status" aria-live="polite" data-testid="request-announcement">
        {/* A new element per request: a second request with the same words is still read out. */}
        {announcement && <span key={announcement.requestId}>{announcement.text}</span>}
      </div>
      {/* The page each link or Back leads to, said once its heading has focus. */}
      <div className="sr-only" role="status" aria-live="polite" data-testid="page-announcement">
        {headingText === null ? '' : name}
      </div>
      <div className="corner-stack">
        <OfferNotices />
        {showToast && (
          // Seen, not heard: the live region above already read it out.
          <a className="toast" href={hrefFor('requests')} aria-hidden="true" tabIndex={-1}>
            {toast.text}
          </a>
        )}
      </div>
    </div>
  );
}
