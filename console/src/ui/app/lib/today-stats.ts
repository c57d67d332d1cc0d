import type { Device, HelpRequest, RequestState } from '@handraise/shared';
import { needsUpdates } from './device-filters.ts';
import { OPEN_STATES } from './labels.ts';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/**
 * How long an open request has waited, in the buckets the Today view colours: a class period is
 * about 45 minutes, so "over an hour" means someone lost a lesson to it.
 */
export const AGE_BUCKETS = [
  { label: 'Under 15 min', maxMs: 15 * MINUTE_MS },
  { label: '15–60 min', maxMs: 60 * MINUTE_MS },
  { label: '1–4 hours', maxMs: 4 * 60 * MINUTE_MS },
  { label: 'Over 4 hours', maxMs: Number.POSITIVE_INFINITY },
] as const;

/** A request waiting longer than this is shown in red in the queue. */
export const LATE_AFTER_MS = 60 * MINUTE_MS;

export type StateAgeRow = { state: RequestState; counts: number[]; total: number };

/** Open requests per state, split by how long they have waited. */
export function openByStateAndAge(requests: readonly HelpRequest[], now: number): StateAgeRow[] {
  return OPEN_STATES.map((state) => {
    const counts = AGE_BUCKETS.map(() => 0);
    for (const request of requests) {
      if (request.state !== state) continue;
      const age = now - Date.parse(request.createdAt);
      const bucket = AGE_BUCKETS.findIndex((b) => age < b.maxMs);
      counts[bucket] = (counts[bucket] ?? 0) + 1;
    }
    return { state, counts, total: counts.reduce((a, b) => a + b, 0) };
  });
}

/** Open requests, longest waiting first. */
export function longestWaiting(requests: readonly HelpRequest[], limit: number): HelpRequest[] {
  return requests
    .filter((r) => OPEN_STATES.includes(r.state))
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt))
    .slice(0, limit);
}

/** A calendar day in the reader's time zone, as YYYY-MM-DD. */
export function localDay(time: number): string {
  const d = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export type DayCount = { day: string; label: string; count: number };

const dayLabel = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });

/** Requests raised per local day over the last `days` days, today included, oldest first. */
export function requestsPerDay(
  requests: readonly HelpRequest[],
  now: number,
  days = 30,
): DayCount[] {
  const result: DayCount[] = [];
  const index = new Map<string, DayCount>();
  for (let i = days - 1; i >= 0; i--) {
    // Noon avoids daylight-saving days that are 23 or 25 hours long landing on the wrong date.
    const noon = new Date(now - i * DAY_MS);
    noon.setHours(12, 0, 0, 0);
    const entry = { day: localDay(noon.getTime()), label: dayLabel.format(noon), count: 0 };
    result.push(entry);
    index.set(entry.day, entry);
  }
  for (const request of requests) {
    const entry = index.get(localDay(Date.parse(request.createdAt)));
    if (entry) entry.count++;
  }
  return result;
}

export type FleetCounts = {
  total: number;
  online: number;
  offline: number;
  /** Computers with at least one title behind (needsUpdates): the Software overview's number. */
  needUpdates: number;
  /** Of those, computers waiting for a security fix. */
  needSecurity: number;
};

/** How many devices there are, are online, and need updates. */
export function fleetCounts(devices: readonly Device[]): FleetCounts {
  let online = 0;
  let needUpdates = 0;
  let needSecurity = 0;
  for (const device of devices) {
    if (device.online) online++;
    if (needsUpdates(device)) needUpdates++;
    if (device.securityCount > 0) needSecurity++;
  }
  return {
    total: devices.length,
    online,
    offline: devices.length - online,
    needUpdates,
    needSecurity,
  };
}

/** The computers that need updates: those waiting for a security fix first, then most behind. */
export function mostBehind(devices: readonly Device[]): Device[] {
  return devices
    .filter(needsUpdates)
    .sort(
      (a, b) =>
        Number(b.securityCount > 0) - Number(a.securityCount > 0) ||
        b.outdatedCount - a.outdatedCount ||
        b.securityCount - a.securityCount ||
        a.name.localeCompare(b.name, undefined, { numeric: true }),
    );
}
