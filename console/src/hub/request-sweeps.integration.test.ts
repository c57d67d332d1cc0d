// On a real hub with a clock the test moves: a request nobody takes is escalated by the hub after
// the coordinator's setting (a third of it when the class is stopped), with a line saying why,
// pushed to consoles; a claimed one is never escalated; urgent open requests come first. A
// resolved request, with the helper's note for the requester, closes by itself after its days.
import { describe, expect } from 'vitest';
import type { HelpRequest, HelpRequestDetail, HubSettingsView } from '@handraise/shared';
import { hubTest } from './testing/hub-test.ts';
import { manualClock } from './testing/manual-clock.ts';
import { raiseHand } from './testing/raise-hand.ts';
import { nextEvent } from './testing/test-hub.ts';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
/** Bound on a sweep (every 20 ms here) noticing what the moved clock made due. */
const SWEEP_WAIT_MS = 5_000;

describe('requests move on by themselves', () => {
  const clock = manualClock('2026-12-07T09:00:00Z');
  const test = hubTest.override('hubOptions', { clock, escalationSweepMs: 20 });

  test('after the set minutes, a third of them when the class is stopped; never once claimed', async ({
    t,
    admin,
    agent,
    coordinator,
  }) => {
    const settings = await t.http<HubSettingsView>('/api/settings', { token: admin });
    expect(settings.body.ok && settings.body.data.escalateAfterMinutes).toBe(10);
    const saved = await t.http<HubSettingsView>('/api/settings', {
      token: admin,
      method: 'PUT',
      body: { hubAddress: null, retentionDays: 365, escalateAfterMinutes: 9 },
    });
    expect(saved.body.ok && saved.body.data.escalateAfterMinutes).toBe(9);
    for (const escalateAfterMinutes of [0, 241, 2.5, '9'])
      expect(
        (
          await t.http('/api/settings', {
            token: admin,
            method: 'PUT',
            body: { hubAddress: null, retentionDays: 365, escalateAfterMinutes },
          })
        ).status,
      ).toBe(400);

    const calm = await raiseHand(agent, { category: 'printer', text: 'Paper jam' });
    const stopped = await raiseHand(agent, {
      category: 'sound-screen',
      text: 'The projector is off and the class is waiting',
      urgent: true,
    });
    const taken = await raiseHand(agent, { category: 'app', text: 'Scratch will not open' });
    expect(await coordinator.emitWithAck('request:claim', { requestId: taken })).toMatchObject({
      ok: true,
    });
    // The stopped class goes first among the open requests.
    const listed = await coordinator.emitWithAck('requests:list', {});
    expect(listed.ok && listed.data[0]?.id).toBe(stopped);

    const state = async (requestId: string) => {
      const detail = await t.http<HelpRequestDetail>(`/api/requests/${requestId}`, {
        token: admin,
      });
      return detail.body.ok ? detail.body.data.state : null;
    };
    // Two minutes: nothing is due yet (the urgent one waits 3).
    clock.advance(2 * MINUTE_MS);
    const pushed = nextEvent<HelpRequest>(coordinator, 'request:updated', SWEEP_WAIT_MS);
    expect(await state(stopped)).toBe('new');
    // Just past three minutes (each event takes its own millisecond on the hub's clock).
    clock.advance(MINUTE_MS + 1_000);
    expect(await pushed).toMatchObject({ id: stopped, state: 'escalated' });
    expect(await state(calm)).toBe('new');

    clock.advance(6 * MINUTE_MS);
    await expect.poll(() => state(calm), { timeout: SWEEP_WAIT_MS }).toBe('escalated');
    expect(await state(taken)).toBe('claimed');
    const detail = await t.http<HelpRequestDetail>(`/api/requests/${calm}`, { token: admin });
    const lines = detail.body.ok ? detail.body.data.events.slice(-2) : [];
    expect(lines.map((e) => [e.kind, e.actor.type, e.actor.name, e.body])).toEqual([
      ['state-changed', 'hub', 'Handraise', 'escalated'],
      ['escalated', 'hub', 'Handraise', 'Nobody took it in 9 minutes.'],
    ]);

    // Later sweeps leave escalated and claimed requests as they are.
    clock.advance(60 * MINUTE_MS);
    await coordinator.emitWithAck('requests:list', {});
    expect([await state(calm), await state(stopped), await state(taken)]).toEqual([
      'escalated',
      'escalated',
      'claimed',
    ]);
  });

  test('a resolved request carries its note to the requester, and closes by itself after the set days', async ({
    t,
    admin,
    agent,
    coordinator,
  }) => {
    // Three days to say "Still broken" (a week would outlast the coordinator's session here).
    const saved = await t.http<HubSettingsView>('/api/settings', {
      token: admin,
      method: 'PUT',
      body: { hubAddress: null, retentionDays: 365, closeResolvedAfterDays: 3 },
    });
    expect(saved.body.ok && saved.body.data).toMatchObject({
      closeResolvedAfterDays: 3,
      escalateAfterMinutes: 10,
    });
    const first = await raiseHand(agent, { category: 'printer', text: 'Paper jam' });
    const second = await raiseHand(agent, { category: 'internet', text: 'No Wi-Fi' });
    expect(
      await coordinator.emitWithAck('request:resolve', {
        requestId: first,
        note: 'Opened tray 2 and closed it again; it prints now.',
      }),
    ).toMatchObject({ ok: true, data: { state: 'resolved' } });
    const mine = await agent.emitWithAck('help:list', {});
    const seen = mine.ok ? mine.data.find((r) => r.id === first) : undefined;
    expect(seen?.state).toBe('resolved');
    expect(seen?.messages.filter((m) => m.kind === 'message').at(-1)).toMatchObject({
      from: 'helper',
      body: 'Opened tray 2 and closed it again; it prints now.',
    });
    // A blank note is refused, and nothing changes.
    expect(
      await coordinator.emitWithAck('request:resolve', { requestId: second, note: '   ' }),
    ).toEqual({ ok: false, error: 'invalid-payload' });

    clock.advance(DAY_MS);
    await coordinator.emitWithAck('request:resolve', { requestId: second });
    const state = async (requestId: string) => {
      const detail = await t.http<HelpRequestDetail>(`/api/requests/${requestId}`, {
        token: admin,
      });
      return detail.body.ok ? detail.body.data.state : null;
    };
    // Three days after the first was resolved: it closes; the second, resolved a day later, waits.
    clock.advance(2 * DAY_MS + 1_000);
    await expect.poll(() => state(first), { timeout: SWEEP_WAIT_MS }).toBe('closed');
    expect(await state(second)).toBe('resolved');
    const closed = await agent.emitWithAck('help:list', {});
    expect(closed.ok && closed.data.find((r) => r.id === first)?.state).toBe('closed');
  });
});
