// The console's views, each loaded the first time it is visited: the first page downloads the
// frame and one view, not all of them (and the charts only with the views that draw them).
import { lazy } from 'react';

export const DevicePage = lazy(() =>
  import('../views/devices/DevicePage.tsx').then((m) => ({ default: m.DevicePage })),
);
export const DevicesView = lazy(() =>
  import('../views/devices/DevicesView.tsx').then((m) => ({ default: m.DevicesView })),
);
export const HardwareHealthView = lazy(() =>
  import('../views/hardware/HardwareHealthView.tsx').then((m) => ({
    default: m.HardwareHealthView,
  })),
);
export const PeopleView = lazy(() =>
  import('../views/people/PeopleView.tsx').then((m) => ({ default: m.PeopleView })),
);
export const RoomsView = lazy(() =>
  import('../views/rooms/RoomsView.tsx').then((m) => ({ default: m.RoomsView })),
);
export const QuickFixesView = lazy(() =>
  import('../views/quick-fixes/QuickFixesView.tsx').then((m) => ({ default: m.QuickFixesView })),
);
export const RequestsView = lazy(() =>
  import('../views/requests/RequestsView.tsx').then((m) => ({ default: m.RequestsView })),
);
export const SettingsView = lazy(() =>
  import('../views/settings/SettingsView.tsx').then((m) => ({ default: m.SettingsView })),
);
export const SoftwareView = lazy(() =>
  import('../views/software/SoftwareView.tsx').then((m) => ({ default: m.SoftwareView })),
);
export const TasksView = lazy(() =>
  import('../views/tasks/TasksView.tsx').then((m) => ({ default: m.TasksView })),
);
export const ProgramView = lazy(() =>
  import('../views/program/ProgramView.tsx').then((m) => ({ default: m.ProgramView })),
);
export const AdvisorToday = lazy(() =>
  import('../views/today/AdvisorToday.tsx').then((m) => ({ default: m.AdvisorToday })),
);
export const TodayView = lazy(() =>
  import('../views/today/TodayView.tsx').then((m) => ({ default: m.TodayView })),
);

/** Shown in place of a view while its code arrives (a moment, on the first visit only). */
export function ViewLoading() {
  return (
    <p className="view-loading" role="status">
      Loading…
    </p>
  );
}
