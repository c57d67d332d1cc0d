// The hub's side of the live device view, with agent and console sockets standing in for the real
// ones: who may watch which computer, what the agent is told (who watches; nobody: stop), where
// each sample goes, and how a student advisor's view ends with the request she was helping on.
import { describe, expect } from 'vitest';
import { ERROR_CODES, type LiveFigures, type LiveViewer } from '@handraise/shared';
import { hubTest } from './testing/hub-test.ts';
import { liveSample } from './testing/live-sample.ts';
import { manualClock } from './testing/manual-clock.ts';
import { raiseHand } from './testing/raise-hand.ts';
import { advisorConsole, computerIn } from './testing/school.ts';
import { nextEvent, type AgentClient, type ConsoleClient } from './testing/test-hub.ts';

/** What a socket was pushed of one event so far. */
function heard<T>(socket: AgentClient | ConsoleClient, event: string): T[] {
  const got: T[] = [];
  (socket as unknown as { on(e: string, f: (p: T) => void): void }).on(event, (p) => got.push(p));
  return got;
}

const clock = manualClock('2026-12-07T09:00:00Z');
/** Each sample is sent a sampling interval after the one before, on the hub's clock. */
const sendSample = async (agent: AgentClient, sample = liveSample()) => {
  clock.advance(2_000);
  return agent.emitWithAck('live:sample', sample);
};

const test = hubTest.override('hubOptions', { clock });

describe('live device view on the hub', () => {
  test('tells the agent who watches, and to stop when the last one leaves or drops', async ({
    t,
    admin,
    adminUser,
    coordinator,
  }) => {
    const lab = await computerIn(t, admin, 'lab-pc-12', 'Room 12');
    const told = heard<LiveViewer[]>(lab.agent, 'live:viewers');
    const sam = await advisorConsole(t, admin, {
      username: 'sam',
      displayName: 'Sam Okafor',
      advisorKind: 'teacher',
      scope: { sites: [], rooms: [] },
    });
    const me = { who: adminUser.displayName, as: 'coordinator' };

    expect(await coordinator.emitWithAck('device:watch', { deviceId: lab.deviceId })).toEqual({
      ok: true,
      data: { online: true, intervalMs: 2_000 },
    });
    await expect.poll(() => told.at(-1)).toEqual([me]);
    expect((await sam.socket.emitWithAck('device:watch', { deviceId: lab.deviceId })).ok).toBe(
      true,
    );
    await expect.poll(() => told.at(-1)).toEqual([me, { who: 'Sam Okafor', as: 'teacher' }]);
    // Watching twice is one watcher.
    await coordinator.emitWithAck('device:watch', { deviceId: lab.deviceId });
    expect(told).toHaveLength(2);

    await coordinator.emitWithAck('device:unwatch', { deviceId: lab.deviceId });
    await expect.poll(() => told.at(-1)).toEqual([{ who: 'Sam Okafor', as: 'teacher' }]);
    sam.socket.disconnect();
    await expect.poll(() => told.at(-1)).toEqual([]);
    expect(await sendSample(lab.agent)).toEqual({ ok: true, data: { watched: false } });

    // Every look at live figures is in the computer's access log, once per person.
    const log = await t.http<{ who: string; what: string }[]>(
      `/api/devices/${lab.deviceId}/access-log`,
      { token: admin },
    );
    expect(log.body.ok && log.body.data.filter((line) => line.what === 'live')).toEqual([
      expect.objectContaining({ who: 'Sam Okafor', what: 'live' }),
      expect.objectContaining({ who: adminUser.displayName, what: 'live' }),
    ]);
  });

  test('pushes samples to the watchers only, stamped by the hub, and never faster than 1 s', async ({
    t,
    admin,
    coordinator,
  }) => {
    const lab = await computerIn(t, admin, 'lab-pc-12', 'Room 12');
    const library = await computerIn(t, admin, 'library-pc-3', 'Library');
    const other = await t.connectConsole(admin);
    const toOther = heard<LiveFigures>(other, 'device:live');
    await coordinator.emitWithAck('device:watch', { deviceId: lab.deviceId });

    const pushed = nextEvent<LiveFigures>(coordinator, 'device:live');
    expect(await sendSample(lab.agent)).toEqual({ ok: true, data: { watched: true } });
    expect(await pushed).toEqual({
      ...liveSample(),
      deviceId: lab.deviceId,
      at: clock.now().toISOString(),
    });
    // Half a second later: answered, not pushed.
    const toMe = heard<LiveFigures>(coordinator, 'device:live');
    clock.advance(500);
    expect(await lab.agent.emitWithAck('live:sample', liveSample())).toEqual({
      ok: true,
      data: { watched: true },
    });
    // The library's agent is watched by nobody: told so, and nothing goes anywhere.
    expect(await sendSample(library.agent)).toEqual({ ok: true, data: { watched: false } });
    await sendSample(lab.agent);
    await expect.poll(() => toMe.length).toBe(1);
    expect(toMe[0]!.deviceId).toBe(lab.deviceId);
    expect(toOther).toEqual([]);
  });

  test('a student advisor watches only while helping, without the signed-in user, and her view ends with the request', async ({
    t,
    admin,
    coordinator,
  }) => {
    const lab = await computerIn(t, admin, 'lab-pc-12', 'Room 12');
    const ana = await advisorConsole(t, admin, {
      username: 'ana',
      displayName: 'Ana Ruiz',
      advisorKind: 'student',
      scope: { sites: [], rooms: ['Room 12'] },
    });
    const told = heard<LiveViewer[]>(lab.agent, 'live:viewers');
    expect(await ana.socket.emitWithAck('device:watch', { deviceId: lab.deviceId })).toEqual({
      ok: false,
      error: 'forbidden',
    });
    expect(told).toEqual([]);

    // On duty, so the request is offered to her rather than escalated to the coordinator.
    expect((await ana.socket.emitWithAck('duty:set', { onDuty: true })).ok).toBe(true);
    const requestId = await raiseHand(lab.agent, { category: 'printer', text: 'Paper jam' });
    expect((await ana.socket.emitWithAck('request:claim', { requestId })).ok).toBe(true);
    expect((await ana.socket.emitWithAck('device:watch', { deviceId: lab.deviceId })).ok).toBe(
      true,
    );
    await coordinator.emitWithAck('device:watch', { deviceId: lab.deviceId });
    await expect
      .poll(() => told.at(-1)?.map((v) => v.who))
      .toEqual(['Ana Ruiz', expect.any(String)]);

    const toAna = nextEvent<LiveFigures>(ana.socket, 'device:live');
    const toCoordinator = nextEvent<LiveFigures>(coordinator, 'device:live');
    await sendSample(lab.agent);
    expect(await toAna).toMatchObject({ loggedInUser: null, userHidden: true });
    expect((await toCoordinator).loggedInUser).toBe('jlopez');

    const log = await t.http<{ who: string; what: string; request: { id: string } | null }[]>(
      `/api/devices/${lab.deviceId}/access-log`,
      { token: admin },
    );
    expect(log.body.ok && log.body.data.find((l) => l.who === 'Ana Ruiz')).toMatchObject({
      what: 'live',
      request: { id: requestId },
    });

    // Resolved: her view ends at once, and the agent hears she is gone.
    const ended = nextEvent<{ deviceId: string; reason: string }>(ana.socket, 'device:unwatched');
    const anaAfter = heard<LiveFigures>(ana.socket, 'device:live');
    expect((await ana.socket.emitWithAck('request:resolve', { requestId })).ok).toBe(true);
    expect(await ended).toEqual({ deviceId: lab.deviceId, reason: 'forbidden' });
    await expect.poll(() => told.at(-1)?.map((v) => v.who)).toEqual([expect.any(String)]);
    await sendSample(lab.agent);
    expect(anaAfter).toEqual([]);
    expect(await ana.socket.emitWithAck('device:watch', { deviceId: lab.deviceId })).toEqual({
      ok: false,
      error: 'forbidden',
    });
  });

  test('answers not-found outside the scope, and refuses a person a fifth computer at once', async ({
    t,
    admin,
    coordinator,
  }) => {
    const library = await computerIn(t, admin, 'library-pc-3', 'Library');
    const ana = await advisorConsole(t, admin, {
      username: 'ana',
      displayName: 'Ana Ruiz',
      advisorKind: 'student',
      scope: { sites: [], rooms: ['Room 12'] },
    });
    const told = heard<LiveViewer[]>(library.agent, 'live:viewers');
    for (const deviceId of [library.deviceId, crypto.randomUUID()])
      expect(await ana.socket.emitWithAck('device:watch', { deviceId })).toEqual({
        ok: false,
        error: 'not-found',
      });

    const more = [];
    for (const n of [1, 2, 3, 4]) more.push(await computerIn(t, admin, `lab-pc-${n}`, 'Room 12'));
    for (const { deviceId } of more)
      expect((await coordinator.emitWithAck('device:watch', { deviceId })).ok).toBe(true);
    expect(await coordinator.emitWithAck('device:watch', { deviceId: library.deviceId })).toEqual({
      ok: false,
      error: 'rate-limited',
    });
    // The limit is the person's: another console of theirs does not get around it.
    const second = await t.connectConsole(admin);
    expect(await second.emitWithAck('device:watch', { deviceId: library.deviceId })).toEqual({
      ok: false,
      error: 'rate-limited',
    });
    expect(told).toEqual([]);
  });

  test('takes samples from agents only, and only well-formed ones', async ({
    t,
    admin,
    coordinator,
  }) => {
    const lab = await computerIn(t, admin, 'lab-pc-12', 'Room 12');
    await coordinator.emitWithAck('device:watch', { deviceId: lab.deviceId });
    const toMe = heard<LiveFigures>(coordinator, 'device:live');
    const asConsole = coordinator as unknown as {
      emitWithAck(event: string, payload: unknown): Promise<unknown>;
    };
    expect(await asConsole.emitWithAck('live:sample', liveSample())).toEqual({
      ok: false,
      error: 'not-found',
    });
    const asAgent = lab.agent as unknown as typeof asConsole;
    expect(await asAgent.emitWithAck('device:watch', { deviceId: lab.deviceId })).toEqual({
      ok: false,
      error: 'not-found',
    });
    const memory = { totalBytes: -1, usedBytes: 0, availableBytes: 0 };
    for (const bad of [
      { ...liveSample(), memory },
      { ...liveSample(), cpu: { totalPercent: 140, perCorePercent: [] } },
      { ...liveSample(), extra: 'field' },
      { ...liveSample(), loggedInUser: 'x'.repeat(5_000) },
    ]) {
      clock.advance(2_000);
      expect(await asAgent.emitWithAck('live:sample', bad)).toEqual({
        ok: false,
        error: 'invalid-payload',
      });
    }
    expect(toMe).toEqual([]);
    expect(ERROR_CODES).toContain('invalid-payload');
  });

  test('turns away a flood of samples before reading them, and impossible figures', async ({
    t,
    admin,
    coordinator,
  }) => {
    const lab = await computerIn(t, admin, 'lab-pc-12', 'Room 12');
    await coordinator.emitWithAck('device:watch', { deviceId: lab.deviceId });
    clock.advance(10_000);
    const answers = [];
    for (let i = 0; i < 5; i++)
      answers.push(await lab.agent.emitWithAck('live:sample', liveSample()));
    expect(answers.map((a) => (a.ok ? 'ok' : a.error))).toEqual([
      'ok',
      'ok',
      'ok',
      'rate-limited',
      'rate-limited',
    ]);
    // Even a sample too large to be true is refused unread while the device is over its limit.
    const huge = { ...liveSample(), notes: ['x'.repeat(100_000)] };
    expect(await lab.agent.emitWithAck('live:sample', huge)).toEqual({
      ok: false,
      error: 'rate-limited',
    });

    const base = liveSample();
    const impossible = [
      { ...base, memory: { ...base.memory, usedBytes: base.memory.totalBytes + 1 } },
      { ...base, disks: [{ mount: '/', totalBytes: 10, freeBytes: 11 }] },
      { ...base, uptimeSeconds: 1e300 },
      {
        ...base,
        processes: {
          ...base.processes,
          byCpu: [{ name: 'x', pid: 1, cpuPercent: 5_000, memoryBytes: 1 }],
        },
      },
    ];
    const toMe = heard<LiveFigures>(coordinator, 'device:live');
    clock.advance(4_000);
    for (const bad of impossible)
      expect(await sendSample(lab.agent, bad)).toEqual({ ok: false, error: 'invalid-payload' });
    expect(toMe).toEqual([]);
  });

  test('a reconnecting agent hears who still watches, and the console hears it went away', async ({
    t,
    admin,
    coordinator,
  }) => {
    const token = await t.http<{ token: string }>('/api/enrollment-tokens', {
      token: admin,
      body: { room: 'Room 12' },
    });
    if (!token.body.ok) throw new Error(token.body.error);
    const enrolled = await t.enroll('lab-pc-12', token.body.data.token);
    const agent = await t.connectAgent(enrolled);
    const told = heard<LiveViewer[]>(agent, 'live:viewers');
    await coordinator.emitWithAck('device:watch', { deviceId: enrolled.deviceId });
    await expect.poll(() => told.length).toBe(1);
    const offline = heard<{ id: string; online: boolean }>(coordinator, 'device:updated');
    agent.disconnect();
    await expect
      .poll(() => offline.some((d) => d.id === enrolled.deviceId && !d.online))
      .toBe(true);

    agent.connect();
    await expect.poll(() => told.length).toBe(2);
    expect(told[1]).toEqual(told[0]);
  });
});
