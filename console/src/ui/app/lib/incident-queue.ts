// The request queue with room incidents folded: an incident is one line at the place of its
// first listed request, with its requests inside.
import type { HelpRequest } from '@handraise/shared';
import { CATEGORY_LABELS, OPEN_STATES } from './labels.ts';

export type IncidentEntry = {
  kind: 'incident';
  incidentId: string;
  /** Its requests in the queue's order. */
  members: HelpRequest[];
  /** Any of them says the class is stopped. */
  urgent: boolean;
};
export type QueueEntry = { kind: 'request'; request: HelpRequest } | IncidentEntry;

/**
 * Folds the (already filtered and ordered) queue: requests sharing an incident become one entry
 * where the first of them stands. An incident with a single request shown stays a plain line.
 */
export function foldIncidents(requests: readonly HelpRequest[]): QueueEntry[] {
  const byIncident = new Map<string, HelpRequest[]>();
  for (const r of requests) {
    if (r.incidentId === null) continue;
    byIncident.set(r.incidentId, [...(byIncident.get(r.incidentId) ?? []), r]);
  }
  const entries: QueueEntry[] = [];
  const placed = new Set<string>();
  for (const request of requests) {
    const members = request.incidentId ? (byIncident.get(request.incidentId) ?? []) : [];
    if (!request.incidentId || members.length < 2) {
      entries.push({ kind: 'request', request });
      continue;
    }
    if (placed.has(request.incidentId)) continue;
    placed.add(request.incidentId);
    entries.push({
      kind: 'incident',
      incidentId: request.incidentId,
      members,
      urgent: members.some((r) => r.urgent && OPEN_STATES.includes(r.state)),
    });
  }
  return entries;
}

/** The value most of the members share (the first such on a tie). */
function mostCommon<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  for (const [value, count] of counts)
    if (best === undefined || count > (counts.get(best) ?? 0)) best = value;
  return best;
}

/**
 * "Internet · Room 12 · 3 requests": the category and place most of its requests share (one
 * merged in by hand from elsewhere does not rename the incident).
 */
export function incidentTitle(entry: Pick<IncidentEntry, 'members'>): string {
  const category = mostCommon(entry.members.map((r) => r.category));
  if (!category) return 'Incident';
  const place = mostCommon(entry.members.map((r) => r.room ?? r.site ?? 'No room'));
  return `${CATEGORY_LABELS[category]} · ${place ?? 'No room'} · ${entry.members.length} requests`;
}

/** The open requests of a request's incident in the live list (itself included). */
export function openIncidentMembers(
  request: Pick<HelpRequest, 'incidentId'>,
  requests: readonly HelpRequest[],
): HelpRequest[] {
  if (request.incidentId === null) return [];
  return requests.filter(
    (r) => r.incidentId === request.incidentId && OPEN_STATES.includes(r.state),
  );
}
