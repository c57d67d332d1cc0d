import { useEffect, useRef, type ComponentType } from 'react';
import { Button } from 'react-aria-components';
import { formatCount } from '../lib/format.ts';
import { hrefFor, type View } from '../lib/route.ts';
import type { SidebarMode } from '../lib/sidebar-state.ts';
import { waitingLabel, type WaitingRequests } from '../lib/waiting-requests.ts';
import {
  AwardIcon,
  BatteryIcon,
  ChecklistIcon,
  InboxIcon,
  LightbulbIcon,
  MonitorIcon,
  PackageIcon,
  PeopleIcon,
  RoomsIcon,
  SettingsIcon,
  SidebarIcon,
  TodayIcon,
} from './icons.tsx';

type Item = { view: View; label: string; icon: ComponentType<{ size?: number }> };

const ITEMS: readonly Item[] = [
  { view: 'today', label: 'Today', icon: TodayIcon },
  { view: 'requests', label: 'Requests', icon: InboxIcon },
  { view: 'devices', label: 'Devices', icon: MonitorIcon },
  { view: 'hardware', label: 'Hardware health', icon: BatteryIcon },
  { view: 'rooms', label: 'Rooms', icon: RoomsIcon },
  { view: 'software', label: 'Software', icon: PackageIcon },
  { view: 'tasks', label: 'Tasks', icon: ChecklistIcon },
  { view: 'program', label: 'Program', icon: AwardIcon },
  { view: 'quick-fixes', label: 'Quick fixes', icon: LightbulbIcon },
  { view: 'people', label: 'People', icon: PeopleIcon },
  { view: 'settings', label: 'Settings', icon: SettingsIcon },
];

type Props = {
  /** Icons only, or icons and labels (wide windows). */
  mode: SidebarMode;
  onToggle: () => void;
  /** Narrow windows: the navigation is open as a menu over the page. */
  menuOpen: boolean;
  onCloseMenu: () => void;
  current: View;
  /** The requests that need someone (see `waitingRequests`). */
  waiting: WaitingRequests;
  openTasks: number;
  isCoordinator: boolean;
  /** The fleet's batteries and disks: the coordinator's school, a teacher advisor's rooms. */
  hardwareHealth: boolean;
  /** The coordinator, and teachers while the coordinator lets them write quick fixes. */
  writesQuickFixes: boolean;
};

/**
 * Main navigation; Requests carries the count of requests that need this person (nobody has
 * taken them yet; escalated ones too, for the coordinator), its words saying which, Tasks the
 * count of update tasks still open.
 */
export function Sidebar({
  mode,
  onToggle,
  menuOpen,
  onCloseMenu,
  current,
  waiting,
  openTasks,
  isCoordinator,
  hardwareHealth,
  writesQuickFixes,
}: Props) {
  const nav = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!menuOpen) return;
    // The menu opened: its first place takes focus, as in any menu.
    nav.current?.querySelector('a')?.focus();
    // A tap beside the menu closes it (the menu button toggles it itself).
    const closeOutside = (event: PointerEvent) => {
      const target = event.target as Element | null;
      if (target?.closest('#main-nav, .menu-button')) return;
      onCloseMenu();
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [menuOpen, onCloseMenu]);
  const collapsed = mode === 'collapsed';
  // Accounts and the fleet's software are the coordinator's; advisors see what they may use.
  const items = ITEMS.filter(
    (item) => (item.view !== 'people' && item.view !== 'software') || isCoordinator,
  )
    .filter((item) => item.view !== 'hardware' || hardwareHealth)
    .filter((item) => item.view !== 'quick-fixes' || writesQuickFixes);
  return (
    <aside
      className="sidebar"
      id="main-nav"
      data-mode={mode}
      data-menu-open={menuOpen || undefined}
      onKeyDown={(event) => {
        if (menuOpen && event.key === 'Escape') onCloseMenu();
      }}
    >
      <a className="brand" href={hrefFor('today')}>
        <img src="./favicon.svg" alt="" />
        <span className="label">Handraise</span>
      </a>
      <nav className="nav" aria-label="Main" ref={nav}>
        <ul>
          {items.map(({ view, label, icon: Icon }) => (
            <li key={view}>
              <a
                href={hrefFor(view)}
                aria-current={view === current ? 'page' : undefined}
                // Icons only: the label stays for screen readers, the tooltip for the eye.
                title={collapsed ? label : undefined}
              >
                <Icon size={19} />
                <span className="label">{label}</span>
                {view === 'requests' && waiting.total > 0 && (
                  // The number alone would not say whether escalated ones count: the words do.
                  <span
                    className="count"
                    data-testid="new-requests-badge"
                    title={waitingLabel(waiting, isCoordinator)}
                  >
                    <span aria-hidden="true">{formatCount(waiting.total)}</span>
                    <span className="sr-only"> {waitingLabel(waiting, isCoordinator)}</span>
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
      <Button
        className="button quiet icon-only sidebar-toggle"
        aria-label="Show labels in the navigation"
        aria-pressed={!collapsed}
        onPress={onToggle}
      >
        <SidebarIcon />
      </Button>
    </aside>
  );
}
