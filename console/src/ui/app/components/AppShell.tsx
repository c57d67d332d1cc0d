import { useEffect, useMemo, useState } from 'react';
import { hrefFor, useRoute } from '../lib/route.ts';
import { useHub, useRequests, useTasks } from '../state/hub-context.ts';
import { DevicePage } from '../views/devices/DevicePage.tsx';
import { DevicesView } from '../views/devices/DevicesView.tsx';
import { PeopleView } from '../views/people/PeopleView.tsx';
import { RequestsView } from '../views/requests/RequestsView.tsx';
import { SettingsView } from '../views/settings/SettingsView.tsx';
import { SoftwareView } from '../views/software/SoftwareView.tsx';
import { TasksView } from '../views/tasks/TasksView.tsx';
import { TodayView } from '../views/today/TodayView.tsx';
import { Sidebar } from './Sidebar.tsx';
import { Topbar } from './Topbar.tsx';

/** How long the "new request" note stays on screen; the badge and the queue keep it after. */
const TOAST_MS = 8_000;

/** The signed-in frame: navigation, top bar, the current view, and the live announcer. */
export function AppShell({ announcement }: { announcement: string }) {
  const route = useRoute();
  const { user } = useHub();
  const requests = useRequests();
  const waiting = useMemo(() => requests.filter((r) => r.state === 'new').length, [requests]);
  const tasks = useTasks();
  const openTasks = useMemo(() => tasks.filter((t) => t.state === 'open').length, [tasks]);

  const [toast, setToast] = useState('');
  useEffect(() => {
    if (!announcement) return;
    setToast(announcement);
    const timer = setTimeout(() => setToast(''), TOAST_MS);
    return () => clearTimeout(timer);
  }, [announcement]);

  useEffect(() => {
    // The badge also shows in the tab, for a console left open behind other windows.
    document.title = waiting > 0 ? `(${waiting}) Handraise` : 'Handraise console';
  }, [waiting]);

  let view;
  switch (route.view) {
    case 'today':
      view = <TodayView />;
      break;
    case 'requests':
      view = <RequestsView requestId={route.requestId} />;
      break;
    case 'devices':
      view = route.deviceId ? <DevicePage deviceId={route.deviceId} /> : <DevicesView />;
      break;
    case 'software':
      view =
        user.role === 'coordinator' ? (
          <SoftwareView titleKey={route.titleKey} />
        ) : (
          <p className="notice">The school's software is the IT coordinator's to manage.</p>
        );
      break;
    case 'tasks':
      view = <TasksView />;
      break;
    case 'people':
      view =
        user.role === 'coordinator' ? (
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
        isCoordinator={user.role === 'coordinator'}
      />
      <Topbar />
      <main id="main" className="main" tabIndex={-1}>
        {view}
      </main>
      <div className="sr-only" role="status" aria-live="polite">
        {announcement}
      </div>
      {toast && route.view !== 'requests' && (
        // Seen, not heard: the live region above already read it out.
        <a className="toast" href={hrefFor('requests')} aria-hidden="true" tabIndex={-1}>
          {toast}
        </a>
      )}
    </div>
  );
}
