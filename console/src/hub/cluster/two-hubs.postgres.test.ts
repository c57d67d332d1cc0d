// Two hubs on one PostgreSQL database, as behind a load balancer: a computer on hub A and the
// coordinator's console on hub B work together as if there were one hub.
import { afterEach, describe, expect, it } from 'vitest';
import type {
  Device,
  HelpRequest,
  LiveFigures,
  LiveViewer,
  RequesterRequest,
  SoftwareTitleSummary,
} from '@handraise/shared';
import { ok } from '@handraise/shared';
import { liveSample } from '../testing/live-sample.ts';
import { raiseHand } from '../testing/raise-hand.ts';
import { advisorConsole, computerIn } from '../testing/school.ts';
import { fullReport, sampleSections } from '../testing/sample-inventory.ts';
import { createTestDatabase } from '../testing/postgres-test-databases.ts';
import { nextEvent, nextEventMatching, startTestHub, type TestHub } from '../testing/test-hub.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Bound on what the other hub takes to hear of a change (a notification, milliseconds here). */
const ACROSS_MS = 5_000;

async function twoHubs(): Promise<[TestHub, TestHub]> {
  const database = await createTestDatabase();
  if (!database) throw new Error('run under the postgres test project (npm run test:postgres)');
  cleanups.push(() => database.drop());
  const a = await startTestHub({ databaseUrl: database.url });
  cleanups.push(() => a.close());
  const b = await startTestHub({ databaseUrl: database.url });
  cleanups.push(() => b.close());
  return [a, b];
}

async function poll<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + ACROSS_MS;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`not seen across hubs; last: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('two hubs sharing one database', () => {
  it('hubs started together on an empty database make one coordinator account, and all start', async () => {
    const database = await createTestDatabase();
    if (!database) throw new Error('run under the postgres test project (npm run test:postgres)');
    cleanups.push(() => database.drop());
    // Both read "no account yet" at the same moment unless the check and the insert are one.
    const started = await Promise.allSettled(
      [0, 1, 2, 3].map(() => startTestHub({ databaseUrl: database.url })),
    );
    for (const result of started)
      if (result.status === 'fulfilled') cleanups.push(() => result.value.close());
    expect(started.map((result) => result.status)).toEqual(Array(4).fill('fulfilled'));
    const hubs = started.map((result) => (result as PromiseFulfilledResult<TestHub>).value);
    const token = await hubs[3]!.signIn();
    const accounts = await hubs[0]!.http<{ username: string }[]>('/api/users', { token });
    expect(accounts.body.ok && accounts.body.data.map((u) => u.username)).toEqual(['admin']);
  });

  it('a computer on hub A and a console on hub B: presence, requests both ways, verdicts', async () => {
    const [a, b] = await twoHubs();
    const token = await a.signIn(); // a session made on A is good on B: both read one table
    const consoleOnB = await b.connectConsole(token);
    const device = await a.enroll('lab-pc-1');

    // Connected to A, it is online in B's list and pushed to B's console as online.
    const cameOnline = nextEventMatching<Device>(
      consoleOnB,
      'device:updated',
      (d) => d.id === device.deviceId && d.online,
    );
    const agentOnA = await a.connectAgent(device);
    await cameOnline;
    const devicesOnB = () =>
      b.http<Device[]>('/api/devices', { token }).then((r) => (r.body.ok ? r.body.data : []));
    await poll(devicesOnB, (list) => list.some((d) => d.id === device.deviceId && d.online));

    // A request raised on A appears live on B's console.
    const created = nextEvent<HelpRequest>(consoleOnB, 'request:created');
    const requestId = await raiseHand(agentOnA, { category: 'printer', text: 'Paper jam, tray 2' });
    expect(await created).toMatchObject({ id: requestId, text: 'Paper jam, tray 2' });

    // The coordinator on B writes back; it reaches the agent on A.
    const told = nextEventMatching<RequesterRequest>(agentOnA, 'help:updated', (r) =>
      r.messages.some((m) => m.body === 'Coming with a new cartridge'),
    );
    const wrote = await consoleOnB.emitWithAck('request:message', {
      requestId,
      text: 'Coming with a new cartridge',
    });
    expect(wrote.ok).toBe(true);
    await told;

    // An inventory stored by A changes the verdicts B serves: the pending Firefox update.
    const behindOnB = () =>
      b
        .http<SoftwareTitleSummary[]>('/api/software', { token })
        .then((r) => (r.body.ok ? r.body.data.filter((t) => t.behindCount > 0) : []));
    expect(await behindOnB()).toEqual([]);
    expect(await agentOnA.emitWithAck('inventory:report', fullReport(sampleSections()))).toEqual({
      ok: true,
      data: { status: 'stored' },
    });
    const behind = await poll(behindOnB, (titles) => titles.length > 0);
    expect(behind[0]).toMatchObject({ behindCount: 1 });

    // It leaves A: offline on B too.
    const wentOffline = nextEventMatching<Device>(
      consoleOnB,
      'device:updated',
      (d) => d.id === device.deviceId && !d.online,
    );
    agentOnA.disconnect();
    await wentOffline;
    await poll(devicesOnB, (list) => list.some((d) => d.id === device.deviceId && !d.online));
  });

  it('an advisor on duty at hub B is offered a request raised at hub A, and claims it', async () => {
    const [a, b] = await twoHubs();
    const admin = await a.signIn();
    // The computer and its enrollment token are made through A; the advisor works on B.
    const lab = await computerIn(a, admin, 'lab-12-pc', 'Room 12');
    const ana = await advisorConsole(b, admin, {
      username: 'ana',
      displayName: 'Ana',
      advisorKind: 'student',
      scope: { sites: [], rooms: ['Room 12'] },
    });
    const onDuty = await ana.socket.emitWithAck('duty:set', { onDuty: true });
    expect(onDuty.ok).toBe(true);
    // A counts her on duty (her console is on B) before the request comes.
    const coordinatorOnA = await a.connectConsole(admin);
    await poll(
      async () => {
        const listed = await coordinatorOnA.emitWithAck('duty:list', {});
        return listed.ok ? listed.data.map((p) => p.id) : [];
      },
      (ids) => ids.includes(ana.user.id),
    );

    const offered = nextEvent<HelpRequest>(ana.socket, 'request:offered');
    const requestId = await raiseHand(lab.agent, { category: 'printer', text: 'Jammed again' });
    expect(await offered).toMatchObject({ id: requestId });
    expect(await ana.socket.emitWithAck('request:claim', { requestId })).toMatchObject({
      ok: true,
      data: { state: 'claimed', assigneeId: ana.user.id },
    });
  });

  it('an account disabled or rescoped on hub A ends its consoles on hub B at once', async () => {
    const [a, b] = await twoHubs();
    const admin = await a.signIn();
    const ana = await advisorConsole(b, admin, {
      username: 'ana',
      displayName: 'Ana',
      advisorKind: 'student',
      scope: { sites: [], rooms: ['Room 12'] },
    });
    const ended = nextEvent<{ reason: string }>(ana.socket, 'session:ended');
    const gone = new Promise<void>((resolve) => ana.socket.once('disconnect', () => resolve()));
    const moved = await a.http(`/api/users/${ana.user.id}`, {
      token: admin,
      method: 'PATCH',
      body: { scope: { sites: [], rooms: ['Lab 9'] } },
    });
    expect(moved.status).toBe(200);
    expect(await ended).toEqual({ reason: 'role-changed' });
    await gone;

    // Signed in again on B, then disabled on A: the same.
    const again = await b.http<{ token: string }>('/api/session', {
      body: { username: 'ana', password: 'advisor-password-1' },
    });
    expect(again.body.ok).toBe(true);
    const console2 = await b.connectConsole(again.body.ok ? again.body.data.token : '');
    const ended2 = nextEvent<{ reason: string }>(console2, 'session:ended');
    const disabled = await a.http(`/api/users/${ana.user.id}`, {
      token: admin,
      method: 'PATCH',
      body: { disabled: true },
    });
    expect(disabled.status).toBe(200);
    expect(await ended2).toEqual({ reason: 'disabled' });
  });

  it('one connection per computer across hubs: a second with its secret on hub B ends the one on A', async () => {
    const [a, b] = await twoHubs();
    const device = await a.enroll('lab-pc-1');
    const onA = await a.connectAgent(device);
    const endedOnA = new Promise<string>((resolve) => onA.once('disconnect', resolve));
    const onB = await b.connectAgent(device);
    // Ended by the hub, as a second connection on one hub ends the first.
    expect(await endedOnA).toBe('io server disconnect');
    expect(onB.connected).toBe(true);
  });

  it('two connections of one computer made at the same moment on two hubs: exactly one stays', async () => {
    const [a, b] = await twoHubs();
    const device = await a.enroll('lab-pc-1');
    for (let round = 0; round < 5; round++) {
      const [onA, onB] = await Promise.all([a.connectAgent(device), b.connectAgent(device)]);
      // Long enough for each hub to hear the other (milliseconds here).
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect([onA.connected, onB.connected].filter(Boolean)).toHaveLength(1);
      onA.disconnect();
      onB.disconnect();
    }
  });

  it('a secret rotated on hub A reaches the computer connected to hub B', async () => {
    const [a, b] = await twoHubs();
    const admin = await a.signIn();
    const device = await a.enroll('lab-pc-1');
    const onB = await b.connectAgent(device);
    const handed: string[] = [];
    onB.on('device:secret', ({ secret }, answer) => {
      handed.push(secret);
      answer(ok(null));
    });
    const rotated = await a.http(`/api/devices/${device.deviceId}/rotate-secret`, {
      token: admin,
      method: 'POST',
    });
    expect(rotated.status).toBe(200);
    expect(handed).toHaveLength(1);
    // The old secret is refused from then on, the new one taken, on either hub.
    onB.disconnect();
    await expect(a.connectAgent(device)).rejects.toThrow();
    const renewed = await b.connectAgent({ deviceId: device.deviceId, secret: handed[0]! });
    expect(renewed.connected).toBe(true);
  });

  it('the live view: a console on hub B watches a computer on hub A', async () => {
    const [a, b] = await twoHubs();
    const token = await a.signIn();
    const device = await a.enroll('lab-pc-7');
    const agentOnA = await a.connectAgent(device);
    const consoleOnB = await b.connectConsole(token);
    await poll(
      () => b.http<Device[]>('/api/devices', { token }).then((r) => (r.body.ok ? r.body.data : [])),
      (list) => list.some((d) => d.id === device.deviceId && d.online),
    );

    // The agent on A hears that the coordinator (on B) watches, and starts sampling.
    const told = nextEventMatching<LiveViewer[]>(agentOnA, 'live:viewers', (v) => v.length > 0);
    const watched = await consoleOnB.emitWithAck('device:watch', { deviceId: device.deviceId });
    expect(watched).toMatchObject({ ok: true, data: { online: true } });
    expect(await told).toEqual([{ who: 'Coordinator', as: 'coordinator' }]);

    // Its samples go to A, which passes them to B's watcher.
    const figures = nextEvent<LiveFigures>(consoleOnB, 'device:live');
    expect(await agentOnA.emitWithAck('live:sample', liveSample())).toEqual({
      ok: true,
      data: { watched: true },
    });
    expect(await figures).toMatchObject({ deviceId: device.deviceId });

    // Nobody watches any more: the agent is told to stop, and a late sample hears so.
    const stopped = nextEventMatching<LiveViewer[]>(
      agentOnA,
      'live:viewers',
      (v) => v.length === 0,
    );
    await consoleOnB.emitWithAck('device:unwatch', { deviceId: device.deviceId });
    await stopped;
    expect(await agentOnA.emitWithAck('live:sample', liveSample())).toEqual({
      ok: true,
      data: { watched: false },
    });
  });
});
