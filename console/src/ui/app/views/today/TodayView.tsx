import { useEffect, useMemo, useState } from 'react';
import type { SoftwareTitleSummary } from '@handraise/shared';
import { StatTile } from '../../components/StatTile.tsx';
import { formatCount } from '../../lib/format.ts';
import {
  DEVICES_BEHIND_HREF,
  DEVICES_OFFLINE_HREF,
  DEVICES_ONLINE_HREF,
  requestsInState,
} from '../../lib/today-links.ts';
import {
  fleetCounts,
  longestWaiting,
  mostBehind,
  openByStateAndAge,
  requestsPerDay,
} from '../../lib/today-stats.ts';
import { useNow } from '../../lib/use-now.ts';
import { useDevices, useHub, useRequests } from '../../state/hub-context.ts';
import { behindDetail, DeviceListCard, lastSeen, securityMark } from './DeviceListCard.tsx';
import { HardwareHealthTiles } from './HardwareHealthTiles.tsx';
import { OnDutyCard } from './OnDutyCard.tsx';
import { PendingUpdatesChart } from './PendingUpdatesChart.tsx';
import { RequestsPerDayChart } from './RequestsPerDayChart.tsx';
import { StateAgeCard } from './StateAgeCard.tsx';
import { TechAdvisorsCard } from './TechAdvisorsCard.tsx';
import { WaitingLongestCard } from './WaitingLongestCard.tsx';
import { WelcomeCard } from './WelcomeCard.tsx';

/** Rows in the short lists; the full lists are one click away. */
const SHORT_LIST = 6;
const SUMMARY_REFRESH_MS = 60_000;

const today = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  month: 'long',
  day: 'numeric',
});

/**
 * The coordinator's home: what is waiting, for how long, which machines need attention, and the
 * Tech Advisors: who is on duty and what each carries.
 */
export function TodayView() {
  const { api, onDuty, devices: deviceStore } = useHub();
  const devices = useDevices();
  const requests = useRequests();
  const now = useNow();
  const [titles, setTitles] = useState<SoftwareTitleSummary[] | null>(null);

  useEffect(() => {
    let current = true;
    const load = () => {
      // The verdict engine's titles, so each bar opens the Software page's title it counts.
      void api<SoftwareTitleSummary[]>('/api/software').then((result) => {
        if (current && result.ok) setTitles(result.data);
      });
    };
    load();
    // A fleet-wide summary, not a live feed: a minute behind the inventories is fine.
    const timer = setInterval(load, SUMMARY_REFRESH_MS);
    return () => {
      current = false;
      clearInterval(timer);
    };
  }, [api]);

  const stats = useMemo(() => {
    const fleet = fleetCounts(devices);
    const offline = devices.filter((d) => !d.online);
    offline.sort((a, b) => (b.lastSeenAt ?? '').localeCompare(a.lastSeenAt ?? ''));
    return { fleet, offline, behind: mostBehind(devices) };
  }, [devices]);
  const byState = useMemo(() => openByStateAndAge(requests, now), [requests, now]);
  const waiting = useMemo(() => longestWaiting(requests, SHORT_LIST), [requests]);
  const perDay = useMemo(() => requestsPerDay(requests, now), [requests, now]);

  const count = (state: string) => byState.find((r) => r.state === state)?.total ?? 0;
  const firstStart = deviceStore.isLoaded() && devices.length === 0 && requests.length === 0;

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>Today</h1>
          <p className="subtitle">{today.format(now)}</p>
        </div>
      </header>
      {firstStart ? (
        <WelcomeCard />
      ) : (
        <>
          <div className="grid tiles">
            <StatTile
              label="Waiting for someone"
              value={count('new')}
              tone={count('new') > 0 ? 'bad' : 'good'}
              href={requestsInState('new')}
            />
            <StatTile
              label="In progress"
              value={count('claimed')}
              tone={count('claimed') > 0 ? 'warn' : undefined}
              href={requestsInState('claimed')}
            />
            <StatTile
              label="Escalated"
              value={count('escalated')}
              href={requestsInState('escalated')}
            />
            <StatTile
              label="Devices online"
              value={stats.fleet.online}
              note={`of ${formatCount(stats.fleet.total)} enrolled`}
              tone="good"
              href={DEVICES_ONLINE_HREF}
            />
            <StatTile
              label="Devices offline"
              value={stats.fleet.offline}
              href={DEVICES_OFFLINE_HREF}
            />
            {/* The device list's own count: the same rows the Devices view shows under needs=updates. */}
            <StatTile
              label="Need updates"
              value={stats.fleet.needUpdates}
              tone={
                stats.fleet.needSecurity > 0 ? 'bad' : stats.fleet.needUpdates > 0 ? 'warn' : 'good'
              }
              note={
                stats.fleet.needSecurity > 0
                  ? `${formatCount(stats.fleet.needSecurity)} with security updates`
                  : `of ${formatCount(stats.fleet.total)} computers`
              }
              href={DEVICES_BEHIND_HREF}
            />
            <HardwareHealthTiles />
          </div>
          <div className="grid two">
            <StateAgeCard rows={byState} />
            <WaitingLongestCard requests={waiting} now={now} />
          </div>
          <TechAdvisorsCard now={now} />
          <div className="grid two">
            <RequestsPerDayChart days={perDay} />
            <PendingUpdatesChart titles={titles} />
          </div>
          <div className="grid three">
            <DeviceListCard
              title="Devices offline"
              id="devices-offline"
              devices={stats.offline.slice(0, SHORT_LIST)}
              total={stats.offline.length}
              allHref={DEVICES_OFFLINE_HREF}
              empty={stats.fleet.total > 0 ? 'Every enrolled device is online.' : 'No devices yet.'}
              detail={lastSeen(now)}
            />
            <DeviceListCard
              title="Most behind"
              id="devices-behind"
              devices={stats.behind.slice(0, SHORT_LIST)}
              total={stats.behind.length}
              allHref={DEVICES_BEHIND_HREF}
              empty="Every computer is up to date."
              detail={behindDetail}
              mark={securityMark}
            />
            <OnDutyCard people={onDuty} />
          </div>
        </>
      )}
    </div>
  );
}
