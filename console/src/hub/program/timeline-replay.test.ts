import { describe, expect, test } from 'vitest';
import { replayTimeline, workedMsWithin, type TimelineLine } from './timeline-replay.ts';

const MINUTE_MS = 60_000;
const at = (minutes: number) => minutes * MINUTE_MS;
const by = (id: string) => ({ actorType: 'user' as const, actorId: id });
const device = { actorType: 'device' as const, actorId: 'pc-1' };
const created: TimelineLine = { at: 0, kind: 'created', ...device, body: null };

describe('replayTimeline', () => {
  test('a claim, a message and a resolution: first response, one stint of work', () => {
    const facts = replayTimeline([
      created,
      { at: at(4), kind: 'claimed', ...by('ana'), body: null },
      { at: at(6), kind: 'message', ...by('ana'), body: 'On my way' },
      { at: at(6), kind: 'message', ...device, body: 'Thanks' },
      { at: at(19), kind: 'state-changed', ...by('ana'), body: 'resolved' },
    ]);
    expect(facts.claims).toEqual([{ personId: 'ana', at: at(4) }]);
    expect(facts.firstResponse).toEqual({ personId: 'ana', at: at(4) });
    expect(facts.ownFirstResponse.get('ana')).toBe(at(4));
    expect(facts.stints).toEqual([{ personId: 'ana', since: at(4), resolvedAt: at(19) }]);
    expect(facts.standingResolverId).toBe('ana');
    expect(facts.reopens).toEqual([]);
  });

  test('a resolve its resolver undid counts as neither a fix nor a reopen; the stint goes on', () => {
    const facts = replayTimeline([
      created,
      { at: at(4), kind: 'claimed', ...by('ana'), body: null },
      { at: at(10), kind: 'state-changed', ...by('ana'), body: 'resolved' },
      { at: at(10) + 5_000, kind: 'resolve-undone', ...by('ana'), body: 'claimed' },
      { at: at(25), kind: 'state-changed', ...by('ana'), body: 'resolved' },
    ]);
    expect(facts.resolutions).toEqual([{ personId: 'ana', at: at(25) }]);
    expect(facts.reopens).toEqual([]);
    expect(facts.stints).toEqual([{ personId: 'ana', since: at(4), resolvedAt: at(25) }]);
    expect(facts.standingResolverId).toBe('ana');
  });

  test('a message before any claim is the first response', () => {
    const facts = replayTimeline([
      created,
      { at: at(2), kind: 'message', ...by('coord'), body: 'Is it plugged in?' },
      { at: at(9), kind: 'claimed', ...by('ana'), body: 'Assigned by Coord' },
    ]);
    expect(facts.firstResponse).toEqual({ personId: 'coord', at: at(2) });
    expect(facts.ownFirstResponse.get('ana')).toBe(at(9));
  });

  test('"Still broken" back to the helper charges them a reopen and starts a new stint', () => {
    const facts = replayTimeline([
      created,
      { at: at(1), kind: 'claimed', ...by('ana'), body: null },
      { at: at(11), kind: 'state-changed', ...by('ana'), body: 'resolved' },
      { at: at(30), kind: 'state-changed', ...device, body: 'claimed' },
      { at: at(35), kind: 'state-changed', ...by('ana'), body: 'resolved' },
    ]);
    expect(facts.reopens).toEqual([{ resolverId: 'ana', at: at(30) }]);
    expect(facts.stints).toEqual([
      { personId: 'ana', since: at(1), resolvedAt: at(11) },
      { personId: 'ana', since: at(30), resolvedAt: at(35) },
    ]);
    expect(workedMsWithin(facts, 'ana', { from: 0, to: at(60) })).toBe(at(10 + 5));
    // Only the stints resolved inside the window count.
    expect(workedMsWithin(facts, 'ana', { from: at(20), to: at(60) })).toBe(at(5));
    expect(workedMsWithin(facts, 'ana', { from: at(40), to: at(60) })).toBeNull();
    expect(facts.resolutions).toHaveLength(2);
    expect(facts.standingResolverId).toBe('ana');
  });

  test('a reopen to the queue leaves nobody standing; someone else finishing it works from their claim', () => {
    const facts = replayTimeline([
      created,
      { at: at(1), kind: 'claimed', ...by('ana'), body: null },
      { at: at(3), kind: 'state-changed', ...by('ana'), body: 'resolved' },
      { at: at(8), kind: 'state-changed', ...by('coord'), body: 'new' },
      { at: at(9), kind: 'claimed', ...by('ben'), body: null },
      { at: at(29), kind: 'state-changed', ...by('ben'), body: 'resolved' },
    ]);
    expect(facts.reopens).toEqual([{ resolverId: 'ana', at: at(8) }]);
    expect(facts.stints.map((s) => [s.personId, s.resolvedAt - s.since])).toEqual([
      ['ana', at(2)],
      ['ben', at(20)],
    ]);
    expect(facts.standingResolverId).toBe('ben');
  });

  test('escalated or sent back to the queue, a stint is not finished work', () => {
    const facts = replayTimeline([
      created,
      { at: at(1), kind: 'claimed', ...by('ana'), body: null },
      { at: at(5), kind: 'state-changed', ...by('ana'), body: 'escalated' },
      { at: at(40), kind: 'state-changed', ...by('coord'), body: 'resolved' },
    ]);
    // Ana's stint ended in an escalation; the coordinator resolved without claiming: nothing to time.
    expect(facts.stints).toEqual([]);
    expect(facts.standingResolverId).toBe('coord');
    const released = replayTimeline([
      created,
      { at: at(1), kind: 'claimed', ...by('ana'), body: null },
      { at: at(2), kind: 'returned-to-queue', ...by('coord'), body: "Ana's account was disabled." },
      { at: at(3), kind: 'claimed', ...by('ben'), body: null },
      { at: at(4), kind: 'state-changed', ...by('ben'), body: 'resolved' },
    ]);
    expect(released.stints).toEqual([{ personId: 'ben', since: at(3), resolvedAt: at(4) }]);
  });

  test('the requester closing a resolved request is no reopen; Handraise is nobody', () => {
    const facts = replayTimeline([
      created,
      { at: at(1), kind: 'claimed', ...by('ana'), body: null },
      { at: at(2), kind: 'state-changed', ...by('ana'), body: 'resolved' },
      { at: at(3), kind: 'state-changed', ...device, body: 'closed' },
      { at: at(4), kind: 'state-changed', actorType: 'hub', actorId: 'handraise', body: 'closed' },
    ]);
    expect(facts.reopens).toEqual([]);
    expect(facts.standingResolverId).toBe('ana');
  });
});
