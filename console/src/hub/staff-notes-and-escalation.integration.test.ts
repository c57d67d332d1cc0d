// On a real hub: private staff notes that only the coordinator and the request's helpers read
// (never the requester's tray, never another advisor), written only by the coordinator or the
// helper holding it; and a coordinator never escalates to themself. Whatever is refused changes
// nothing.
import { describe, expect } from 'vitest';
import { hubTest } from './testing/hub-test.ts';
import { FORBIDDEN, INVALID_PAYLOAD, NOT_FOUND, room12Desk } from './testing/request-desk.ts';
import { computersIn, internetFrom, requestNow, trayView } from './testing/room-incidents.ts';
import { unchecked, type ConsoleClient } from './testing/test-hub.ts';

const test = hubTest.extend('room12', async ({ t, admin }) => room12Desk(t, admin));

describe('staff notes', () => {
  test('the coordinator and the helpers read them; the requester and other advisors never', async ({
    t,
    coordinator,
    room12,
  }) => {
    const { pc, requestId, ana, cy, ben, zoe } = room12;
    await ana.socket.emitWithAck('request:claim', { requestId });
    const written = await ana.socket.emitWithAck('request:staff-note', {
      requestId,
      text: 'Toner is low too; order more',
    });
    expect(written).toMatchObject({
      ok: true,
      data: { kind: 'staff-note', body: 'Toner is low too; order more' },
    });
    expect(
      await coordinator.emitWithAck('request:staff-note', { requestId, text: 'Ordered.' }),
    ).toMatchObject({ ok: true });

    const notesOf = async (socket: ConsoleClient) => {
      const read = await socket.emitWithAck('request:get', { requestId });
      if (!read.ok) throw new Error(read.error);
      return read.data.events.filter((e) => e.kind === 'staff-note').map((e) => e.body);
    };
    const both = ['Toner is low too; order more', 'Ordered.'];
    expect(await notesOf(coordinator)).toEqual(both);
    expect(await notesOf(ana.socket)).toEqual(both);
    // Advisors of the room who are not helping: neither the student nor the teacher.
    expect(await notesOf(cy.socket)).toEqual([]);
    expect(await notesOf(ben.socket)).toEqual([]);
    const overHttp = await t.http<{ events: { kind: string }[] }>(`/api/requests/${requestId}`, {
      token: cy.token,
    });
    expect(overHttp.body.ok && overHttp.body.data.events.some((e) => e.kind === 'staff-note')).toBe(
      false,
    );
    expect(await zoe.socket.emitWithAck('request:get', { requestId })).toEqual(NOT_FOUND);
    // The requester's tray never sees them.
    const tray = JSON.stringify(await trayView(pc, requestId));
    expect(tray).not.toContain('Toner');
    expect(tray).not.toContain('Ordered');

    // Someone not helping cannot write one; bad input is refused; nothing is added.
    expect(
      await ben.socket.emitWithAck('request:staff-note', { requestId, text: 'Mine too' }),
    ).toEqual(FORBIDDEN);
    expect(
      await zoe.socket.emitWithAck('request:staff-note', { requestId, text: 'Mine too' }),
    ).toEqual(NOT_FOUND);
    for (const payload of [
      { requestId, text: '   ' },
      { requestId, text: 'x'.repeat(4_001) },
      { requestId, text: 'bell\u0007' },
      { requestId },
      { requestId: 'x', text: 'Hi' },
    ])
      expect(await unchecked(ana.socket).emitWithAck('request:staff-note', payload)).toEqual(
        INVALID_PAYLOAD,
      );
    expect(await notesOf(coordinator)).toEqual(both);

    // Ana stays a reader after the request moves on to someone else.
    await coordinator.emitWithAck('request:assign', { requestId, assigneeId: cy.user.id });
    expect(await notesOf(ana.socket)).toEqual(both);
    expect(await notesOf(cy.socket)).toEqual(both);
  });
});

describe('escalating', () => {
  test('a coordinator cannot escalate to themself, alone or in an incident', async ({
    t,
    admin,
    coordinator,
    room12,
  }) => {
    const { requestId } = room12;
    const before = await requestNow(t, admin, requestId);
    expect(await coordinator.emitWithAck('request:escalate', { requestId })).toEqual(FORBIDDEN);
    await coordinator.emitWithAck('request:claim', { requestId });
    expect(
      await coordinator.emitWithAck('request:escalate', { requestId, note: 'for me' }),
    ).toEqual(FORBIDDEN);
    const after = await requestNow(t, admin, requestId);
    expect(after.state).toBe('claimed');
    expect(after.events.filter((e) => e.kind === 'escalated' || e.body === 'escalated')).toEqual(
      [],
    );
    expect(after.events.length).toBe(before.events.length + 1);

    const pcs = await computersIn(t, admin, 'Room 5', 2);
    const ids = [];
    for (const pc of pcs) ids.push(await internetFrom(pc));
    const [one] = ids;
    if (!one) throw new Error('requests missing');
    expect(await coordinator.emitWithAck('request:escalate', { requestId: one })).toEqual(
      FORBIDDEN,
    );
    for (const id of ids) expect((await requestNow(t, admin, id)).state).toBe('new');
  });
});
