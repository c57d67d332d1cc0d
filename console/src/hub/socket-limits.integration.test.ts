// Per-device and per-person limits on socket events that fan out: past the limit the sender gets
// `rate-limited`, nothing is stored, and nothing is pushed to consoles or agents for it.
import { describe, expect } from 'vitest';
import {
  INVENTORY_ASK_RATE_LIMIT,
  REQUESTER_MESSAGE_RATE_LIMIT,
  type HelpRequestDetail,
  type SessionCreated,
} from '@handraise/shared';
import { fullReport } from './testing/sample-inventory.ts';
import { hubTest } from './testing/hub-test.ts';
import { manualClock } from './testing/manual-clock.ts';
import type { ConsoleClient } from './testing/test-hub.ts';
import { raiseHand } from './testing/raise-hand.ts';

const RATE_LIMITED = { ok: false, error: 'rate-limited' };
/** Bound on waiting for pushes that must arrive. */
const PUSH_WAIT_MS = 10_000;

/** Counts every emission of an event on a socket. */
function counter(socket: { on(event: string, listener: () => void): unknown }, event: string) {
  let count = 0;
  socket.on(event, () => (count += 1));
  return () => count;
}

/** Waits (bounded) until the count reaches `expected`. */
async function reaches(count: () => number, expected: number): Promise<void> {
  const deadline = Date.now() + PUSH_WAIT_MS;
  while (count() < expected) {
    if (Date.now() > deadline) throw new Error(`saw ${count()} of ${expected}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('limits on socket events', () => {
  // Windows run out only when a test moves this clock.
  const clock = manualClock();
  const test = hubTest.override('hubOptions', { clock });

  test('help:reply and help:feedback: the (N+1)th in a window is refused and reaches no console', async ({
    agent,
    coordinator,
  }) => {
    const requestId = await raiseHand(agent, {
      category: 'printer',
      text: 'The printer prints blank pages',
    });
    const reply = (text: string) =>
      agent.emitWithAck('help:reply', { requestId, idempotencyKey: crypto.randomUUID(), text });

    const pushes = counter(coordinator, 'request:updated');
    for (let i = 1; i <= REQUESTER_MESSAGE_RATE_LIMIT.requests; i++) {
      expect(await reply(`still blank (${i})`)).toMatchObject({ ok: true });
    }
    await reaches(pushes, REQUESTER_MESSAGE_RATE_LIMIT.requests);

    expect(await reply('one too many')).toEqual(RATE_LIMITED);
    expect(
      await agent.emitWithAck('help:feedback', {
        requestId,
        idempotencyKey: crypto.randomUUID(),
        fixed: true,
      }),
    ).toEqual(RATE_LIMITED);
    // Anything pushed for those would have reached this console before its own answer.
    const detail = await coordinator.emitWithAck('request:get', { requestId });
    expect(pushes()).toBe(REQUESTER_MESSAGE_RATE_LIMIT.requests);
    const timeline = (detail as { ok: true; data: HelpRequestDetail }).data;
    expect(timeline.state).toBe('new');
    expect(timeline.events.filter((e) => e.kind === 'message')).toHaveLength(
      REQUESTER_MESSAGE_RATE_LIMIT.requests,
    );

    // Another window: the device is heard again.
    clock.advance(REQUESTER_MESSAGE_RATE_LIMIT.windowMs);
    expect(await reply('it works now, thanks')).toMatchObject({ ok: true });
    await reaches(pushes, REQUESTER_MESSAGE_RATE_LIMIT.requests + 1);
  });

  test('device:request-inventory: one open ask per device, and a limit per person and device', async ({
    t,
    admin,
    device,
    agent,
    coordinator,
  }) => {
    // The device answers the ask made at its enrollment: no ask is open now.
    expect(await agent.emitWithAck('inventory:report', fullReport())).toMatchObject({ ok: true });
    const asks = counter(agent, 'inventory:request');
    const ask = (socket: ConsoleClient, id = device.deviceId) =>
      socket.emitWithAck('device:request-inventory', { deviceId: id });
    /** Anything the hub sent the agent before now has arrived once this round trip is back. */
    const agentCaughtUp = () => agent.emitWithAck('help:list', {});

    expect(await ask(coordinator)).toEqual({ ok: true, data: { delivered: true } });
    await agentCaughtUp();
    expect(asks()).toBe(1);
    // Asked again before the device answered: the same ask stands, the device is not told twice.
    expect(await ask(coordinator)).toEqual({ ok: true, data: { delivered: true } });
    await agentCaughtUp();
    expect(asks()).toBe(1);

    // The device answers; the next ask reaches it.
    expect(await agent.emitWithAck('inventory:report', fullReport())).toMatchObject({ ok: true });
    expect(await ask(coordinator)).toEqual({ ok: true, data: { delivered: true } });
    await agentCaughtUp();
    expect(asks()).toBe(2);

    // The rest of this person's asks for this device in the window, then one too many.
    for (let i = 4; i <= INVENTORY_ASK_RATE_LIMIT.requests; i++) {
      expect(await ask(coordinator)).toMatchObject({ ok: true });
    }
    expect(await ask(coordinator)).toEqual(RATE_LIMITED);
    await agentCaughtUp();
    expect(asks()).toBe(2);

    // Someone else still may; an unknown device is still not found.
    const { body: created } = await t.http('/api/users', {
      token: admin,
      body: {
        username: 'ms-okafor',
        displayName: 'Ms Okafor',
        password: 'advisor password 1',
        role: 'advisor',
        advisorKind: 'teacher',
      },
    });
    expect(created).toMatchObject({ ok: true });
    const { body: session } = await t.http<SessionCreated>('/api/session', {
      body: { username: 'ms-okafor', password: 'advisor password 1' },
    });
    if (!session.ok) throw new Error(session.error);
    const advisor = await t.connectConsole(session.data.token);
    expect(await ask(advisor)).toEqual({ ok: true, data: { delivered: true } });
    expect(await ask(advisor, crypto.randomUUID())).toEqual({ ok: false, error: 'not-found' });

    // The window passes: the coordinator may ask again.
    clock.advance(INVENTORY_ASK_RATE_LIMIT.windowMs);
    expect(await ask(coordinator)).toEqual({ ok: true, data: { delivered: true } });
  });
});
