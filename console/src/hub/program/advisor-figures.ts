// An advisor's figures over a period, in all and by category, from their requests' replayed
// timelines (see timeline-replay.ts).
import {
  HELP_CATEGORIES,
  type CategoryFigures,
  type HelpCategory,
  type ProgramFigures,
} from '@handraise/shared';
import { medianSeconds } from './median.ts';
import { workedMsWithin, type RequestFacts } from './timeline-replay.ts';

/** A request with what its timeline says. */
export type RequestRecord = {
  id: string;
  number: number;
  category: HelpCategory;
  room: string | null;
  /** Epoch milliseconds. */
  createdAt: number;
  facts: RequestFacts;
};

/** From (included) to (excluded), epoch milliseconds. */
export type Window = { from: number; to: number };

export const within = (window: Window, at: number): boolean => at >= window.from && at < window.to;

/** What one request adds to one person's figures in a window. */
type Share = {
  claimed: boolean;
  resolved: boolean;
  reopened: boolean;
  responseMs: number | null;
  resolutionMs: number | null;
};

function shareOf(personId: string, record: RequestRecord, window: Window): Share {
  const { facts } = record;
  const resolved = facts.resolutions.some((r) => r.personId === personId && within(window, r.at));
  const firstResponse = facts.ownFirstResponse.get(personId);
  return {
    claimed: facts.claims.some((c) => c.personId === personId && within(window, c.at)),
    resolved,
    reopened: facts.reopens.some((r) => r.resolverId === personId && within(window, r.at)),
    responseMs:
      firstResponse !== undefined && within(window, firstResponse)
        ? firstResponse - record.createdAt
        : null,
    resolutionMs: workedMsWithin(facts, personId, window),
  };
}

function sum(shares: readonly Share[]): ProgramFigures {
  const responses: number[] = [];
  const resolutions: number[] = [];
  for (const s of shares) {
    if (s.responseMs !== null) responses.push(s.responseMs);
    if (s.resolutionMs !== null) resolutions.push(s.resolutionMs);
  }
  return {
    claimed: shares.filter((s) => s.claimed).length,
    resolved: shares.filter((s) => s.resolved).length,
    reopened: shares.filter((s) => s.reopened).length,
    medianResponseSeconds: medianSeconds(responses),
    medianResolutionSeconds: medianSeconds(resolutions),
  };
}

const touched = (s: Share) =>
  s.claimed || s.resolved || s.reopened || s.responseMs !== null || s.resolutionMs !== null;

/**
 * One person's figures over the window: requests claimed, resolved and reopened there, the median
 * time to their first response and to their resolution; in all and for each category with any.
 */
export function figuresFor(
  personId: string,
  records: readonly RequestRecord[],
  window: Window,
): { totals: ProgramFigures; byCategory: CategoryFigures[] } {
  const shares = records
    .map((record) => ({ category: record.category, share: shareOf(personId, record, window) }))
    .filter(({ share }) => touched(share));
  const byCategory = HELP_CATEGORIES.flatMap((category) => {
    const mine = shares.filter((s) => s.category === category).map((s) => s.share);
    return mine.length > 0 ? [{ category, ...sum(mine) }] : [];
  });
  return { totals: sum(shares.map((s) => s.share)), byCategory };
}
