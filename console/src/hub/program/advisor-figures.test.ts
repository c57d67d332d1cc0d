import { describe, expect, test } from 'vitest';
import type { HelpCategory } from '@handraise/shared';
import { figuresFor, type RequestRecord } from './advisor-figures.ts';
import { replayTimeline, type TimelineLine } from './timeline-replay.ts';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
const START = Date.parse('2026-11-02T08:00:00Z');
const at = (minutes: number) => START + minutes * MINUTE_MS;

let number = 0;
/** A request raised at `created` (minutes), and what people did to it. */
function record(
  category: HelpCategory,
  created: number,
  lines: Omit<TimelineLine, 'actorType'>[],
): RequestRecord {
  number += 1;
  return {
    id: `r${number}`,
    number,
    category,
    room: 'Room 12',
    createdAt: at(created),
    facts: replayTimeline(
      lines.map((l) => ({ ...l, actorType: l.actorId === 'pc' ? 'device' : 'user' })),
    ),
  };
}
const claim = (who: string, minute: number) => ({
  at: at(minute),
  kind: 'claimed',
  actorId: who,
  body: null,
});
const resolve = (who: string, minute: number) => ({
  at: at(minute),
  kind: 'state-changed',
  actorId: who,
  body: 'resolved',
});
const stillBroken = (minute: number) => ({
  at: at(minute),
  kind: 'state-changed',
  actorId: 'pc',
  body: 'claimed',
});

describe('figuresFor', () => {
  const records = [
    // Printer: claimed after 2 min, fixed in 10.
    record('printer', 0, [claim('ana', 2), resolve('ana', 12)]),
    // Printer: claimed after 4 min, fixed in 6, came back, fixed again in 4 more (10 in all).
    record('printer', 100, [
      claim('ana', 104),
      resolve('ana', 110),
      stillBroken(200),
      resolve('ana', 204),
    ]),
    // Internet: claimed after 9 min, not fixed yet.
    record('internet', 300, [claim('ana', 309)]),
    // Someone else's request.
    record('app', 400, [claim('ben', 401), resolve('ben', 402)]),
  ];
  const window = { from: START, to: START + DAY_MS };

  test('counts, medians and categories of one advisor', () => {
    const figures = figuresFor('ana', records, window);
    expect(figures.totals).toEqual({
      claimed: 3,
      resolved: 2,
      reopened: 1,
      // 2, 4 and 9 minutes.
      medianResponseSeconds: 4 * 60,
      // 10 and 10 minutes.
      medianResolutionSeconds: 10 * 60,
    });
    expect(figures.byCategory).toEqual([
      {
        category: 'internet',
        claimed: 1,
        resolved: 0,
        reopened: 0,
        medianResponseSeconds: 9 * 60,
        medianResolutionSeconds: null,
      },
      {
        category: 'printer',
        claimed: 2,
        resolved: 2,
        reopened: 1,
        medianResponseSeconds: 3 * 60,
        medianResolutionSeconds: 10 * 60,
      },
    ]);
  });

  test('only what happened inside the period counts', () => {
    // Up to minute 150: the second printer request was claimed and resolved, not yet reopened;
    // the internet one was not claimed yet.
    const early = figuresFor('ana', records, { from: START, to: at(150) });
    expect(early.totals).toMatchObject({ claimed: 2, resolved: 2, reopened: 0 });
    // From minute 150: only the reopen, the second fix and the internet claim.
    const late = figuresFor('ana', records, { from: at(150), to: START + DAY_MS });
    expect(late.totals).toEqual({
      claimed: 1,
      resolved: 1,
      reopened: 1,
      medianResponseSeconds: 9 * 60,
      // Only the stint resolved in the period: the 4 minutes after it came back.
      medianResolutionSeconds: 4 * 60,
    });
  });

  test('someone with nothing in the period has zeros and no medians', () => {
    expect(figuresFor('cleo', records, window)).toEqual({
      totals: {
        claimed: 0,
        resolved: 0,
        reopened: 0,
        medianResponseSeconds: null,
        medianResolutionSeconds: null,
      },
      byCategory: [],
    });
  });
});
