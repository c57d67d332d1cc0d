import type { ComponentType } from 'react';
import { hrefFor, type View } from '../lib/route.ts';
import {
  AwardIcon,
  ChecklistIcon,
  InboxIcon,
  LightbulbIcon,
  MonitorIcon,
  PackageIcon,
  PeopleIcon,
  SettingsIcon,
  TodayIcon,
} from './icons.tsx';

type Item = { view: View; label: string; icon: ComponentType<{ size?: number }> };

const ITEMS: readonly Item[] = [
  { view: 'today', label: 'Today', icon: TodayIcon },
  { view: 'requests', label: 'Requests', icon: InboxIcon },
  { view: 'devices', label: 'Devices', icon: MonitorIcon },
  { view: 'software', label: 'Software', icon: PackageIcon },
  { view: 'tasks', label: 'Tasks', icon: ChecklistIcon },
  { view: 'program', label: 'Program', icon: AwardIcon },
  { view: 'quick-fixes', label: 'Quick fixes', icon: LightbulbIcon },
  { view: 'people', label: 'People', icon: PeopleIcon },
  { view: 'settings', label: 'Settings', icon: SettingsIcon },
];

type Props = {
  current: View;
  waiting: number;
  openTasks: number;
  isCoordinator: boolean;
  /** The coordinator, and teachers while the coordinator lets them write quick fixes. */
  writesQuickFixes: boolean;
};

/**
 * Main navigation; Requests carries the count of requests waiting for this person (nobody has
 * taken them yet; escalated ones too, for the coordinator), Tasks the count of update tasks
 * still open.
 */
export function Sidebar({ current, waiting, openTasks, isCoordinator, writesQuickFixes }: Props) {
  // Accounts and the fleet's software are the coordinator's; advisors see what they may use.
  const items = ITEMS.filter(
    (item) => (item.view !== 'people' && item.view !== 'software') || isCoordinator,
  ).filter((item) => item.view !== 'quick-fixes' || writesQuickFixes);
  return (
    <aside className="sidebar">
      <a className="brand" href={hrefFor('today')}>
        <img src="./favicon.svg" alt="" />
        Handraise
      </a>
      <nav className="nav" aria-label="Main">
        <ul>
          {items.map(({ view, label, icon: Icon }) => (
            <li key={view}>
              <a href={hrefFor(view)} aria-current={view === current ? 'page' : undefined}>
                <Icon size={19} />
                {label}
                {view === 'requests' && waiting > 0 && (
                  <span className="count" data-testid="new-requests-badge">
                    {waiting}
                    <span className="sr-only"> waiting</span>
                  </span>
                )}
                {view === 'tasks' && openTasks > 0 && (
                  <span className="count quiet" data-testid="open-tasks-badge">
                    {openTasks}
                    <span className="sr-only"> open</span>
                  </span>
                )}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p className="sidebar-foot">Help desk and inventory for schools</p>
    </aside>
  );
}
