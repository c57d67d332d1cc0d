import { describe, expect } from 'vitest';
import type { HelpRequest, RequesterRequest } from '@handraise/shared';
import { hubTest } from './testing/hub-test.ts';
import { nextEvent } from './testing/test-hub.ts';
import { raiseHand } from './testing/raise-hand.ts';

/** A request the computer raised, waiting for a helper. */
const test = hubTest.extend('requestId', async ({ agent }) => {
  return raiseHand(agent, { category: 'internet', text: 'Wifi says connected but nothing loads' });
});

describe('the requester and the helper talk through the hub', () => {
  test('claim, message, reply, resolve, still broken, fixed: each reaches the other side live', async ({
    agent,
    coordinator,
    requestId,
  }) => {
    let toTray = nextEvent<RequesterRequest>(agent, 'help:updated');
    const claimed = await coordinator.emitWithAck('request:claim', { requestId });
    expect(claimed).toMatchObject({ ok: true, data: { state: 'claimed' } });
    expect(await toTray).toMatchObject({
      id: requestId,
      state: 'claimed',
      helperName: 'Coordinator',
    });

    toTray = nextEvent<RequesterRequest>(agent, 'help:updated');
    expect(
      await coordinator.emitWithAck('request:message', {
        requestId,
        text: 'Try turning the wifi off and on',
      }),
    ).toMatchObject({ ok: true });
    const withMessage = await toTray;
    expect(withMessage.messages.at(-1)).toMatchObject({
      from: 'helper',
      kind: 'message',
      name: 'Coordinator',
      body: 'Try turning the wifi off and on',
    });

    // The requester answers; a retry of the same reply is recorded once.
    const reply = {
      requestId,
      idempotencyKey: crypto.randomUUID(),
      text: 'Did that, still nothing',
    };
    const toConsole = nextEvent<HelpRequest>(coordinator, 'request:updated');
    const first = await agent.emitWithAck('help:reply', reply);
    expect(first.ok && first.data.messages.at(-1)).toMatchObject({
      from: 'requester',
      body: 'Did that, still nothing',
      name: null,
    });
    expect((await toConsole).id).toBe(requestId);
    await agent.emitWithAck('help:reply', reply);
    const detail = await coordinator.emitWithAck('request:get', { requestId });
    expect(detail.ok && detail.data.events.map((e) => e.kind)).toEqual([
      'created',
      'claimed',
      'message',
      'message',
    ]);

    toTray = nextEvent<RequesterRequest>(agent, 'help:updated');
    expect(await coordinator.emitWithAck('request:resolve', { requestId })).toMatchObject({
      ok: true,
      data: { state: 'resolved' },
    });
    expect((await toTray).state).toBe('resolved');

    const stillBroken = await agent.emitWithAck('help:feedback', {
      requestId,
      idempotencyKey: crypto.randomUUID(),
      fixed: false,
    });
    expect(stillBroken).toMatchObject({ ok: true, data: { state: 'claimed' } });
    const fixed = await agent.emitWithAck('help:feedback', {
      requestId,
      idempotencyKey: crypto.randomUUID(),
      fixed: true,
    });
    expect(fixed).toMatchObject({ ok: true, data: { state: 'closed' } });
    expect(await coordinator.emitWithAck('request:claim', { requestId })).toEqual({
      ok: false,
      error: 'invalid-state',
    });

    const list = await agent.emitWithAck('help:list', {});
    expect(list.ok && list.data.map((r) => [r.id, r.state])).toEqual([[requestId, 'closed']]);
    // Internal events stay in the console; the tray sees only what concerns the requester.
    expect(list.ok && list.data[0]!.messages.map((m) => m.kind)).toEqual([
      'claimed',
      'message',
      'message',
      'state-changed',
      'state-changed',
      'state-changed',
    ]);
  });

  test("a computer cannot see or touch another computer's requests", async ({
    t,
    agent,
    requestId,
  }) => {
    const other = await t.connectAgent(await t.enroll('room-8-pc'));
    expect(
      await other.emitWithAck('help:reply', {
        requestId,
        idempotencyKey: crypto.randomUUID(),
        text: 'hi',
      }),
    ).toEqual({ ok: false, error: 'not-found' });
    expect(
      await other.emitWithAck('help:feedback', {
        requestId,
        idempotencyKey: crypto.randomUUID(),
        fixed: true,
      }),
    ).toEqual({ ok: false, error: 'not-found' });
    expect(await other.emitWithAck('help:list', {})).toEqual({ ok: true, data: [] });
    const mine = await agent.emitWithAck('help:list', {});
    expect(mine.ok && mine.data[0]?.state).toBe('new');
  });

  test('a reopened request without a helper goes back to the queue', async ({
    agent,
    requestId,
  }) => {
    const reopened = await agent.emitWithAck('help:feedback', {
      requestId,
      idempotencyKey: crypto.randomUUID(),
      fixed: false,
    });
    expect(reopened).toMatchObject({ ok: true, data: { state: 'new', helperName: null } });
  });
});
