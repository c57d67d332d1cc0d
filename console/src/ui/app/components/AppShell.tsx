import { useEffect, useMemo, useState } from 'react';
import { hrefFor, useRoute } from '../lib/route.ts';
import { useHub, useRequests, useTasks } from '../state/hub-context.ts';
import { DevicePage } from '../views/devices/DevicePage.tsx';
import { DevicesView } from '../views/devices/DevicesView.tsx';
import { PeopleView } from '../views/people/PeopleView.tsx';
import { QuickFixesView } from '../views/quick-fixes/QuickFixesView.tsx';
import { useQuickFixAccess } from '../state/use-quick-fix-access.ts';
import { RequestsView } from '../views/requests/RequestsView.tsx';
import { SettingsView } from '../views/settings/SettingsView.tsx';
import { SoftwareView } from '../views/software/SoftwareView.tsx';
import { TasksView } from '../views/tasks/TasksView.tsx';
import { ProgramView } from '../views/program/ProgramView.tsx';
import { AdvisorToday } from '../views/today/AdvisorToday.tsx';
import { TodayView } from '../views/today/TodayView.tsx';
import { OfferNotices } from './OfferNotices.tsx';
import { Sidebar } from './Sidebar.tsx';
import { Topbar } from './Topbar.tsx';

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
  const { user, offers } = useHub();
  const requests = useRequests();
  const isCoordinator = user.role === 'coordinator';
  const writesQuickFixes = useQuickFixAccess(user);
  // What waits for this person: requests nobody has taken, and for the coordinator the escalated
  // ones too (theirs to pick up, the hub having cleared the helper). Advisors' reach is the hub's.
  const waiting = useMemo(
    () =>
      requests.filter((r) => r.state === 'new' || (isCoordinator && r.state === 'escalated'))
        .length,
    [requests, isCoordinator],
  );
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

  useEffect(() => {
    // The badge also shows in the tab, for a console left open behind other windows.
    document.title = waiting > 0 ? `(${waiting}) Handraise` : 'Handraise console';
  }, [waiting]);

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
      view = route.deviceId ? <DevicePage deviceId={route.deviceId} /> : <DevicesView />;
      break;
    case 'software':
      view = isCoordinator ? (
        <SoftwareView titleKey={route.titleKey} />
      ) : (
        <p className="notice">The school's software is the IT coordinator's to manage.</p>
      );
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
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Sidebar
        current={route.view}
        waiting={waiting}
        openTasks={openTasks}
        isCoordinator={isCoordinator}
        writesQuickFixes={writesQuickFixes}
      />
      <Topbar />
      <main id="main" className="main" tabIndex={-1}>
        {view}
      </main>
      <div className="sr-only" role="status" aria-live="polite">
        {announcement?.text}
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
