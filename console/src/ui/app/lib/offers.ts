// Requests the hub offered to this helper (`request:offered`): a new request in their rooms,
// fitting their skills, while they are on duty. Several helpers get the same offer and the first
// to claim it owns it, so an offer lasts only while the request still waits for someone.
import type { HelpRequest } from '@handraise/shared';
import { CATEGORY_LABELS, requestNumber } from './labels.ts';

/** Whether a request still waits for a helper: nobody holds it and it has not moved on. */
export function stillOffered(request: Pick<HelpRequest, 'state' | 'assigneeId'>): boolean {
  return request.state === 'new' && request.assigneeId === null;
}

/** The offers after a new one: each request once, newest first, as last sent. */
export function addOffer(
  offers: readonly HelpRequest[],
  request: HelpRequest,
): readonly HelpRequest[] {
  if (!stillOffered(request)) return offers;
  return [request, ...offers.filter((o) => o.id !== request.id)];
}

/**
 * The offers after a request changed (`request:updated`, or a claim's answer): it goes once
 * anyone, this helper included, took it or it moved on. Unchanged offers keep their identity.
 */
export function settleOffers(
  offers: readonly HelpRequest[],
  request: HelpRequest,
): readonly HelpRequest[] {
  if (!offers.some((o) => o.id === request.id)) return offers;
  return stillOffered(request)
    ? offers.map((o) => (o.id === request.id ? request : o))
    : offers.filter((o) => o.id !== request.id);
}

/**
 * After a reconnect, pushes sent meanwhile are lost: only offers the fresh list still shows
 * waiting stay (one claimed or gone while away goes).
 */
export function offersStillOpen(
  offers: readonly HelpRequest[],
  requests: readonly HelpRequest[],
): readonly HelpRequest[] {
  const current = new Map(requests.map((r) => [r.id, r]));
  const kept = offers.flatMap((o) => {
    const now = current.get(o.id);
    return now && stillOffered(now) ? [now] : [];
  });
  return kept.length === offers.length && kept.every((r, i) => r === offers[i]) ? offers : kept;
}

/** "#42 · Room 12 · Printer": what people say aloud, where it is, what it is about. */
export function offerTitle(
  request: Pick<HelpRequest, 'number' | 'room' | 'site' | 'deviceName' | 'category'>,
): string {
  const place = request.room ?? request.site ?? request.deviceName;
  return `${requestNumber(request)} · ${place} · ${CATEGORY_LABELS[request.category]}`;
}

/** The start of what was written, cut at a word, enough to judge whether to go now. */
export function textStart(text: string, maxChars = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxChars) return flat;
  const cut = flat.slice(0, maxChars);
  const lastSpace = cut.lastIndexOf(' ');
  // A long first word (a link, an error code) is cut where it is rather than dropped.
  return `${(lastSpace > maxChars / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:]+$/, '')}…`;
}
