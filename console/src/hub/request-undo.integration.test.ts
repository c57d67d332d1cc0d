// On a real hub with a clock the test moves: a resolve its resolver takes back within the undo
// window (nobody else, never later), putting the request (and an incident's others) back as they
// were, and the requester's tray follows. Whatever is refused changes nothing.
import { describe, expect } from 'vitest';
import { RESOLVE_UNDO_MS } from '@handraise/shared';
import { RESOLVE_UNDO_WINDOW_MS } from './sockets/request-desk-handlers.ts';
import { hubTest } from './testing/hub-test.ts';
import { manualClock } from './testing/manual-clock.ts';
import {
  FORBIDDEN,
  INVALID_PAYLOAD,
  INVALID_STATE,
  NOT_FOUND,
  room12Desk,
} from './testing/request-desk.ts';
import { computersIn, internetFrom, requestNow, trayView } from './testing/room-incidents.ts';
import { nextEvent, unchecked } from './testing/test-hub.ts';

const clock = manualClock('2026-12-07T10:00:00Z');
const test = hubTest
  .override('hubOptions', { clock })
  .extend('room12', async ({ t, admin }) => room12Desk(t, admin));

describe('undoing a resolve', () => {
  test('only the resolver, only within the window; the request and the tray go back', async ({
    t,
    admin,
    coordinator,
    room12,
  }) => {
    const { pc, requestId, ana, ben, zoe } = room12;
    expect(await ana.socket.emitWithAck('request:claim', { requestId })).toMatchObject({
      ok: true,
    });
    // Nothing resolved yet: nothing to undo.
    expect(await ana.socket.emitWithAck('request:unresolve', { requestId })).toEqual(INVALID_STATE);

    const resolvedTold = nextEvent(pc.agent, 'help:updated');
    expect(
      await ana.socket.emitWithAck('request:resolve', { requestId, note: 'Cleared the jam' }),
    ).toMatchObject({ ok: true, data: { state: 'resolved', assigneeId: ana.user.id } });
    await resolvedTold;
    expect((await trayView(pc, requestId)).state).toBe('resolved');

    // Someone else, even the coordinator, cannot take Ana's resolve back; outside one's reach it
    // does not exist; a malformed payload is refused. Nothing changes.
    for (const other of [ben.socket, coordinator])
      expect(await other.emitWithAck('request:unresolve', { requestId })).toEqual(FORBIDDEN);
    expect(await zoe.socket.emitWithAck('request:unresolve', { requestId })).toEqual(NOT_FOUND);
    for (const payload of [{}, { requestId: 'x' }, { requestId, extra: 1 }])
      expect(await unchecked(ana.socket).emitWithAck('request:unresolve', payload)).toEqual(
        INVALID_PAYLOAD,
      );
    expect((await requestNow(t, admin, requestId)).state).toBe('resolved');

    // Within the window (on the hub's clock), Ana's undo puts it back as it was.
    clock.advance(RESOLVE_UNDO_MS - 1_000);
    const undoneTold = nextEvent(pc.agent, 'help:updated');
    const pushed = nextEvent(coordinator, 'request:updated');
    expect(await ana.socket.emitWithAck('request:unresolve', { requestId })).toMatchObject({
      ok: true,
      data: { state: 'claimed', assigneeId: ana.user.id },
    });
    expect(await pushed).toMatchObject({ id: requestId, state: 'claimed' });
    await undoneTold;
    const detail = await requestNow(t, admin, requestId);
    expect(detail.events.at(-1)).toMatchObject({
      kind: 'resolve-undone',
      actor: { id: ana.user.id },
      body: 'claimed',
    });
    // The tray no longer shows it fixed: it is being helped, and its last line says it changed.
    const tray = await trayView(pc, requestId);
    expect(tray).toMatchObject({ state: 'claimed', helperName: 'ANA' });
    expect(tray.messages.at(-1)).toMatchObject({ kind: 'state-changed', body: 'claimed' });
    expect(tray.messages.map((m) => m.body)).toContain('Cleared the jam');
    // An undo is taken once.
    expect(await ana.socket.emitWithAck('request:unresolve', { requestId })).toEqual(INVALID_STATE);

    // Resolved again, and past the window: too late, and it stays resolved.
    await ana.socket.emitWithAck('request:resolve', { requestId });
    clock.advance(RESOLVE_UNDO_WINDOW_MS + 1);
    expect(await ana.socket.emitWithAck('request:unresolve', { requestId })).toEqual(INVALID_STATE);
    expect((await requestNow(t, admin, requestId)).state).toBe('resolved');
    expect((await trayView(pc, requestId)).state).toBe('resolved');
  });

  test('a request that waited goes back to waiting; an incident comes back whole', async ({
    t,
    admin,
    coordinator,
  }) => {
    const pcs = await computersIn(t, admin, 'Room 9', 3);
    const ids = [];
    for (const pc of pcs) ids.push(await internetFrom(pc));
    const [first] = ids;
    if (!first) throw new Error('requests missing');
    // All three form one incident; the coordinator resolves them from one, then takes it back.
    const grouped = await requestNow(t, admin, first);
    expect(grouped.incidentId).not.toBeNull();
    expect(await coordinator.emitWithAck('request:resolve', { requestId: first })).toMatchObject({
      ok: true,
    });
    for (const id of ids) expect((await requestNow(t, admin, id)).state).toBe('resolved');
    expect(await coordinator.emitWithAck('request:unresolve', { requestId: first })).toMatchObject({
      ok: true,
      data: { state: 'new', assigneeId: null },
    });
    for (const id of ids) {
      const now = await requestNow(t, admin, id);
      expect([now.state, now.assigneeId, now.events.at(-1)?.kind]).toEqual([
        'new',
        null,
        'resolve-undone',
      ]);
    }
  });

  test('a helper handed a request from another room may still undo their resolve', async ({
    t,
    admin,
    coordinator,
    room12,
  }) => {
    const { requestId, zoe } = room12;
    await coordinator.emitWithAck('request:assign', { requestId, assigneeId: zoe.user.id });
    expect(await zoe.socket.emitWithAck('request:resolve', { requestId })).toMatchObject({
      ok: true,
    });
    // Done, it is out of her reach; her undo still finds it, and gives it back to her.
    expect(await zoe.socket.emitWithAck('request:get', { requestId })).toEqual(NOT_FOUND);
    expect(await zoe.socket.emitWithAck('request:unresolve', { requestId })).toMatchObject({
      ok: true,
      data: { state: 'claimed', assigneeId: zoe.user.id },
    });
    expect((await requestNow(t, admin, requestId)).state).toBe('claimed');
  });

  test('once the requester says it is fixed, the resolve stands', async ({
    coordinator,
    room12,
  }) => {
    const { pc, requestId } = room12;
    await coordinator.emitWithAck('request:resolve', { requestId });
    const fixed = await pc.agent.emitWithAck('help:feedback', {
      requestId,
      idempotencyKey: crypto.randomUUID(),
      fixed: true,
    });
    expect(fixed).toMatchObject({ ok: true });
    expect(await coordinator.emitWithAck('request:unresolve', { requestId })).toEqual(
      INVALID_STATE,
    );
    expect((await trayView(pc, requestId)).state).toBe('closed');
  });
});
