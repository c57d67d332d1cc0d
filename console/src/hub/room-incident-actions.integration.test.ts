// On a real hub: an incident's requests are claimed, resolved and escalated together, each with
// its own timeline line, push and requester update; a helper splits one out or merges one in.
// Whatever a helper may not do to every request of it is refused, and nothing changes.
import { describe, expect } from 'vitest';
import type { HelpRequest, User } from '@handraise/shared';
import { hubTest } from './testing/hub-test.ts';
import { manualClock } from './testing/manual-clock.ts';
import { raiseHand } from './testing/raise-hand.ts';
import {
  computersIn,
  internetFrom,
  pushesFor,
  requestNow,
  trayView,
  type Computer,
} from './testing/room-incidents.ts';
import { advisorConsole } from './testing/school.ts';
import { unchecked, type ConsoleClient } from './testing/test-hub.ts';

const NOT_FOUND = { ok: false, error: 'not-found' };
const FORBIDDEN = { ok: false, error: 'forbidden' };
const INVALID_STATE = { ok: false, error: 'invalid-state' };

type Helper = { user: User; socket: ConsoleClient };
type Room12 = {
  pcs: Computer[];
  /** The incident's three Internet requests, oldest first. */
  ids: string[];
  /** A printer request from the same room, on its own. */
  printer: string;
  ana: Helper;
  ben: Helper;
  /** A student advisor for Room 14 only. */
  zoe: Helper;
};

const clock = manualClock('2026-12-07T10:00:00Z');
const test = hubTest
  .override('hubOptions', { clock })
  .extend('room12', async ({ t, admin }): Promise<Room12> => {
    const pcs = await computersIn(t, admin, 'Room 12', 3);
    const ids = [];
    for (const pc of pcs) ids.push(await internetFrom(pc));
    const [pc1] = pcs;
    if (!pc1) throw new Error('computers missing');
    const printer = await raiseHand(pc1.agent, { category: 'printer', text: 'Paper jam' });
    const advisor = (username: string, rooms: string[], advisorKind = 'student') =>
      advisorConsole(t, admin, {
        username,
        displayName: username.toUpperCase(),
        advisorKind,
        scope: { sites: [], rooms },
      });
    return {
      pcs,
      ids,
      printer,
      ana: await advisor('ana', ['Room 12']),
      ben: await advisor('ben', ['Room 12'], 'teacher'),
      zoe: await advisor('zoe', ['Room 14']),
    };
  });

/** State and helper of each request, as the coordinator reads them. */
const states = async (t: Parameters<typeof requestNow>[0], admin: string, ids: string[]) =>
  Promise.all(
    ids.map(async (id) => {
      const r = await requestNow(t, admin, id);
      return [r.state, r.assigneeId, r.incidentId !== null];
    }),
  );

describe('an incident is handled together', () => {
  test('claim one and all are claimed by that helper, with a push each; resolve carries the note to every requester', async ({
    t,
    admin,
    coordinator,
    room12: { pcs, ids, ana },
  }) => {
    const claimedPushes = pushesFor(coordinator, ids, (r) => r.state === 'claimed');
    const [one = ''] = ids;
    const claimed = await ana.socket.emitWithAck('request:claim', { requestId: one });
    expect(claimed).toMatchObject({ ok: true, data: { id: one, state: 'claimed' } });
    const pushed = await claimedPushes;
    expect([...pushed.values()].map((r) => r.assigneeId)).toEqual([
      ana.user.id,
      ana.user.id,
      ana.user.id,
    ]);
    for (const [i, pc] of pcs.entries()) {
      const seen = await trayView(pc, ids[i] ?? '');
      expect(seen).toMatchObject({ state: 'claimed', helperName: 'ANA' });
      expect(seen.messages.filter((m) => m.kind === 'claimed')).toHaveLength(1);
    }

    // A request from the room that arrives now joins Ana's incident at once, and is hers.
    clock.advance(60_000);
    const [pc1] = pcs;
    if (!pc1) throw new Error('computer missing');
    const late = await internetFrom(pc1, 'Still no internet here');
    expect(await requestNow(t, admin, late)).toMatchObject({
      state: 'claimed',
      assigneeId: ana.user.id,
    });
    const all = [...ids, late];

    const resolvedPushes = pushesFor(coordinator, all, (r) => r.state === 'resolved');
    const note = 'The access point was restarted; it works again.';
    expect(
      await ana.socket.emitWithAck('request:resolve', { requestId: late, note }),
    ).toMatchObject({ ok: true, data: { state: 'resolved' } });
    await resolvedPushes;
    for (const [i, id] of all.entries()) {
      const seen = await trayView(pcs[i % pcs.length] ?? pc1, id);
      expect(seen.state).toBe('resolved');
      expect(seen.messages.filter((m) => m.kind === 'message').at(-1)).toMatchObject({
        from: 'helper',
        body: note,
      });
      const staff = await requestNow(t, admin, id);
      expect(staff.events.filter((e) => e.kind === 'state-changed').at(-1)).toMatchObject({
        body: 'resolved',
        actor: { id: ana.user.id },
      });
    }
  });

  test('escalating one escalates every open request of it', async ({
    t,
    admin,
    room12: { ids, ben },
  }) => {
    const [one = ''] = ids;
    expect(
      await ben.socket.emitWithAck('request:escalate', { requestId: one, note: 'Whole room' }),
    ).toMatchObject({ ok: true, data: { state: 'escalated' } });
    expect(await states(t, admin, ids)).toEqual(ids.map(() => ['escalated', null, true]));
  });

  test('an advisor who may not claim every request of it is refused, and nothing changes', async ({
    t,
    admin,
    coordinator,
    room12: { ids, printer, ana, ben, zoe },
  }) => {
    const [one = '', two = ''] = ids;
    // Outside her rooms, a student advisor finds nothing.
    for (const [event, payload] of [
      ['request:claim', { requestId: one }],
      ['request:resolve', { requestId: one }],
      ['request:escalate', { requestId: one }],
      ['request:split', { requestId: one }],
      ['request:merge', { requestId: printer, intoRequestId: one }],
    ] as const)
      expect(await unchecked(zoe.socket).emitWithAck(event, payload)).toEqual(NOT_FOUND);

    // Ben holds one request of the incident by the coordinator's hand: Ana may not take them all.
    expect(
      await coordinator.emitWithAck('request:assign', { requestId: two, assigneeId: ben.user.id }),
    ).toMatchObject({ ok: true, data: { state: 'claimed', assigneeId: ben.user.id } });
    const before = await states(t, admin, ids);
    expect(before).toEqual([
      ['new', null, true],
      ['claimed', ben.user.id, true],
      ['new', null, true],
    ]);
    for (const event of ['request:claim', 'request:resolve', 'request:escalate'] as const)
      expect(await ana.socket.emitWithAck(event, { requestId: one })).toEqual(FORBIDDEN);
    // Nor may she split or merge what Ben holds.
    expect(await ana.socket.emitWithAck('request:split', { requestId: two })).toEqual(FORBIDDEN);
    expect(
      await ana.socket.emitWithAck('request:merge', { requestId: printer, intoRequestId: two }),
    ).toEqual(FORBIDDEN);
    expect(await states(t, admin, ids)).toEqual(before);
    expect((await requestNow(t, admin, printer)).incidentId).toBeNull();
  });
});

describe('helpers split and merge by hand', () => {
  test('split one out; an incident left with one request ends; merge makes or joins one', async ({
    t,
    admin,
    coordinator,
    room12: { ids, printer, ana },
  }) => {
    const [one = '', two = '', three = ''] = ids;
    const incidentId = (await requestNow(t, admin, one)).incidentId;
    expect(await ana.socket.emitWithAck('request:split', { requestId: two })).toMatchObject({
      ok: true,
      data: { id: two, incidentId: null },
    });
    expect((await requestNow(t, admin, one)).incidentId).toBe(incidentId);
    const split = await requestNow(t, admin, two);
    expect(split.events.at(-1)).toMatchObject({
      kind: 'incident-left',
      body: 'Split out of its incident by ANA.',
    });
    // Splitting the second of two ends the incident for both.
    const ended = pushesFor(coordinator, [one, three], (r) => r.incidentId === null);
    expect(await ana.socket.emitWithAck('request:split', { requestId: three })).toMatchObject({
      ok: true,
    });
    await ended;
    // A request in no incident has nothing to split out of.
    expect(await ana.socket.emitWithAck('request:split', { requestId: one })).toEqual(
      INVALID_STATE,
    );

    // Merging two lone requests makes an incident of both; a third joins theirs.
    const merged = await ana.socket.emitWithAck('request:merge', {
      requestId: two,
      intoRequestId: one,
    });
    expect(merged.ok).toBe(true);
    const made = (await requestNow(t, admin, one)).incidentId;
    expect(made).not.toBeNull();
    expect((await requestNow(t, admin, two)).incidentId).toBe(made);
    // A request about something else is not the same problem, even from the same room.
    expect(
      await ana.socket.emitWithAck('request:merge', { requestId: printer, intoRequestId: one }),
    ).toEqual(INVALID_STATE);
    expect((await requestNow(t, admin, printer)).incidentId).toBeNull();
    // Once Ana has claimed it, a request merged in is hers at once.
    expect(await ana.socket.emitWithAck('request:claim', { requestId: two })).toMatchObject({
      ok: true,
    });
    await ana.socket.emitWithAck('request:merge', { requestId: three, intoRequestId: one });
    expect(await requestNow(t, admin, three)).toMatchObject({
      incidentId: made,
      state: 'claimed',
      assigneeId: ana.user.id,
    });
  });

  test("another room's request cannot be merged in, either way; nothing changes", async ({
    t,
    admin,
    coordinator,
    room12: { ids },
  }) => {
    const [one = ''] = ids;
    const [library] = await computersIn(t, admin, 'Library', 1);
    const paper = await raiseHand(library!.agent, { category: 'printer', text: 'Paper jam' });
    const before = (await requestNow(t, admin, one)).incidentId;
    for (const [requestId, intoRequestId] of [
      [paper, one],
      [one, paper],
    ] as const)
      expect(await coordinator.emitWithAck('request:merge', { requestId, intoRequestId })).toEqual(
        INVALID_STATE,
      );
    expect((await requestNow(t, admin, paper)).incidentId).toBeNull();
    expect((await requestNow(t, admin, one)).incidentId).toBe(before);
  });

  test('a finished request cannot be split or merged, a request not into itself; nothing changes', async ({
    t,
    admin,
    coordinator,
    room12: { ids, printer },
  }) => {
    const [one = '', two = ''] = ids;
    await coordinator.emitWithAck('request:resolve', { requestId: printer });
    expect(
      await coordinator.emitWithAck('request:merge', { requestId: printer, intoRequestId: one }),
    ).toEqual(INVALID_STATE);
    expect(
      await coordinator.emitWithAck('request:merge', { requestId: one, intoRequestId: printer }),
    ).toEqual(INVALID_STATE);
    await coordinator.emitWithAck('request:resolve', { requestId: one });
    expect(await coordinator.emitWithAck('request:split', { requestId: two })).toEqual(
      INVALID_STATE,
    );
    const bad = unchecked(coordinator);
    for (const payload of [
      { requestId: one, intoRequestId: one },
      { requestId: 'nope', intoRequestId: two },
      { requestId: one },
    ])
      expect(await bad.emitWithAck('request:merge', payload)).toEqual({
        ok: false,
        error: 'invalid-payload',
      });
    expect((await requestNow(t, admin, printer)).incidentId).toBeNull();
    const stillTogether: HelpRequest[] = await Promise.all(
      ids.map((id) => requestNow(t, admin, id)),
    );
    expect(new Set(stillTogether.map((r) => r.incidentId)).size).toBe(1);
    expect(stillTogether.map((r) => r.state)).toEqual(['resolved', 'resolved', 'resolved']);
  });
});
