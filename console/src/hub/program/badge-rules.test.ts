import { describe, expect, test } from 'vitest';
import type { HelpCategory } from '@handraise/shared';
import type { RequestRecord } from './advisor-figures.ts';
import { BADGE_RULES, badgesReached } from './badge-rules.ts';
import { replayTimeline, type TimelineLine } from './timeline-replay.ts';

const by = (id: string) => ({ actorType: 'user' as const, actorId: id });

/** A request of `category` claimed by `who` and resolved at `resolvedAt`, then what follows. */
function fixed(
  category: HelpCategory,
  who: string,
  resolvedAt: number,
  after: TimelineLine[] = [],
): RequestRecord {
  return {
    id: `r${resolvedAt}`,
    number: resolvedAt,
    category,
    room: null,
    createdAt: 0,
    facts: replayTimeline([
      { at: resolvedAt - 1, kind: 'claimed', ...by(who), body: null },
      { at: resolvedAt, kind: 'state-changed', ...by(who), body: 'resolved' },
      ...after,
    ]),
  };
}

describe('badgesReached', () => {
  test('every category has one badge, each within reach', () => {
    expect(new Set(BADGE_RULES.map((r) => r.category)).size).toBe(BADGE_RULES.length);
    for (const rule of BADGE_RULES) expect(rule.threshold).toBeGreaterThan(1);
  });

  test('reached at the resolution that makes the threshold, not before', () => {
    const four = [10, 20, 30, 40].map((at) => fixed('printer', 'ana', at));
    expect(badgesReached('ana', four)).toEqual([]);
    const five = [...four, fixed('printer', 'ana', 50), fixed('printer', 'ana', 60)];
    expect(badgesReached('ana', five)).toEqual([{ key: 'printer-helper', earnedAt: 50 }]);
    // Someone else's fixes and other categories count for nothing.
    expect(badgesReached('ben', five)).toEqual([]);
    expect(
      badgesReached(
        'ana',
        [10, 20, 30, 40, 50].map((at) => fixed('app', 'ben', at)),
      ),
    ).toEqual([]);
  });

  test('a fix that came back does not count until fixed again', () => {
    const stillBroken: TimelineLine = {
      at: 100,
      kind: 'state-changed',
      actorType: 'device',
      actorId: 'pc',
      body: 'claimed',
    };
    const records = [10, 20, 30, 40].map((at) => fixed('printer', 'ana', at));
    const back = fixed('printer', 'ana', 50, [stillBroken]);
    expect(badgesReached('ana', [...records, back])).toEqual([]);
    const again = fixed('printer', 'ana', 50, [
      stillBroken,
      { at: 120, kind: 'state-changed', ...by('ana'), body: 'resolved' },
    ]);
    expect(badgesReached('ana', [...records, again])).toEqual([
      { key: 'printer-helper', earnedAt: 120 },
    ]);
  });
});
