// On a real hub with a clock the test moves: a new request is offered to the Tech Advisors on
// duty (by toggle or timetable) who cover its room and fit its skills, with a push to them alone;
// the first to claim owns it; with nobody who covers it on duty it is the coordinator's at once;
// the requester's tray learns the computer's place, who is on duty and the school's fallback.
import { describe, expect } from 'vitest';
import {
  weekTimeOf,
  type DeviceDetail,
  type HelpDeskInfo,
  type HelpRequest,
  type HelpRequestDetail,
  type HubSettingsView,
  type Person,
  type User,
} from '@handraise/shared';
import { hubTest } from './testing/hub-test.ts';
import { manualClock } from './testing/manual-clock.ts';
import { raiseHand } from './testing/raise-hand.ts';
import { advisorConsole, computerIn, SERIAL } from './testing/school.ts';
import { nextEvent, type ConsoleClient, type TestHub } from './testing/test-hub.ts';

const MINUTE_MS = 60_000;
/** Bound on a sweep (every 20 ms here) noticing what the moved clock changed. */
const SWEEP_WAIT_MS = 5_000;

/** Every `request:offered` a console hears, in order. */
function offersTo(socket: ConsoleClient): HelpRequest[] {
  const heard: HelpRequest[] = [];
  socket.on('request:offered', (request: HelpRequest) => heard.push(request));
  return heard;
}

async function goOnDuty(socket: ConsoleClient) {
  const answer = await socket.emitWithAck('duty:set', { onDuty: true });
  if (!answer.ok) throw new Error(answer.error);
}

async function detailOf(t: TestHub, admin: string, requestId: string) {
  const detail = await t.http<HelpRequestDetail>(`/api/requests/${requestId}`, { token: admin });
  if (!detail.body.ok) throw new Error(detail.body.error);
  return detail.body.data;
}

/** A student advisor for Room 12 with these extra account fields. */
const student = (username: string, displayName: string, extra: Record<string, unknown> = {}) => ({
  username,
  displayName,
  advisorKind: 'student',
  scope: { sites: [], rooms: ['Room 12'] },
  ...extra,
});

describe('routing new requests to advisors on duty', () => {
  const clock = manualClock('2026-12-07T09:00:00Z');
  const test = hubTest.override('hubOptions', { clock, escalationSweepMs: 20 });

  test('offers a request to the on-duty advisors who cover its room and fit its skills, and tells the tray who is on duty', async ({
    t,
    admin,
  }) => {
    const lab = await computerIn(t, admin, 'lab-12-pc', 'Room 12');
    const library = await computerIn(t, admin, 'library-pc', 'Library');
    const ana = await advisorConsole(t, admin, student('ana', 'Ana', { skills: ['printers'] }));
    const ben = await advisorConsole(
      t,
      admin,
      student('ben', 'Ben', { skills: ['Wi-Fi', 'Chess'] }),
    );
    const tom = await advisorConsole(t, admin, {
      username: 'tom',
      displayName: 'Mr Tom',
      advisorKind: 'teacher',
      scope: { sites: [], rooms: ['Library'] },
    });
    const heard = {
      ana: offersTo(ana.socket),
      ben: offersTo(ben.socket),
      tom: offersTo(tom.socket),
    };
    for (const advisor of [ana, ben, tom]) await goOnDuty(advisor.socket);

    const anaOffered = nextEvent<HelpRequest>(ana.socket, 'request:offered');
    const printer = await raiseHand(lab.agent, { category: 'printer', text: 'Paper jam' });
    expect(await anaOffered).toMatchObject({ id: printer, room: 'Room 12', state: 'new' });
    const benOffered = nextEvent<HelpRequest>(ben.socket, 'request:offered');
    const wifi = await raiseHand(lab.agent, { category: 'internet', text: 'No Wi-Fi' });
    expect(await benOffered).toMatchObject({ id: wifi });
    // "Something else" is no skill's: everyone who covers the room hears of it.
    const both = [
      nextEvent<HelpRequest>(ana.socket, 'request:offered'),
      nextEvent<HelpRequest>(ben.socket, 'request:offered'),
    ];
    const other = await raiseHand(lab.agent, { category: 'other', text: 'The mouse is sticky' });
    expect((await Promise.all(both)).map((r) => r.id)).toEqual([other, other]);
    // The Library's request goes to Mr Tom; pushes keep their order per console, so by the time
    // it arrives, anything meant for him before it would have too.
    const tomOffered = nextEvent<HelpRequest>(tom.socket, 'request:offered');
    const books = await raiseHand(library.agent, { category: 'app', text: 'Catalog frozen' });
    expect(await tomOffered).toMatchObject({ id: books });
    expect(heard.ana.map((r) => r.id)).toEqual([printer, other]);
    expect(heard.ben.map((r) => r.id)).toEqual([wifi, other]);
    expect(heard.tom.map((r) => r.id)).toEqual([books]);

    // Staff read whom it was offered to; it stays new, waiting for the first to claim it.
    const detail = await detailOf(t, admin, printer);
    expect(detail.state).toBe('new');
    expect(detail.events.at(-1)).toMatchObject({
      kind: 'offered',
      actor: { type: 'hub', name: 'Handraise' },
      body: 'Ana',
    });
    expect((await detailOf(t, admin, other)).events.at(-1)?.body).toBe('Ana, Ben');
    // Numbers people can say aloud, one after another.
    expect(
      [printer, wifi, other, books].map(
        (id) => heard.ana.concat(heard.ben, heard.tom).find((r) => r.id === id)?.number,
      ),
    ).toEqual([1, 2, 3, 4]);

    const desk = await lab.agent.emitWithAck('help:desk', {});
    expect(desk).toEqual({
      ok: true,
      data: {
        deviceName: 'lab-12-pc',
        site: null,
        room: 'Room 12',
        onDuty: [
          { name: 'Ana', role: 'advisor' },
          { name: 'Ben', role: 'advisor' },
        ],
        fallbackContact: null,
      } satisfies HelpDeskInfo,
    });
    const mine = await lab.agent.emitWithAck('help:list', {});
    expect(mine.ok && mine.data.map((r) => r.number)).toEqual([3, 2, 1]);
  });

  test('escalates at once when nobody who covers the room is on duty, and leaves a room nobody covers to the coordinator', async ({
    t,
    admin,
  }) => {
    const lab = await computerIn(t, admin, 'lab-12-pc', 'Room 12');
    const music = await computerIn(t, admin, 'music-pc', 'Music Room');
    const ana = await advisorConsole(t, admin, student('ana', 'Ana'));

    // Ana's console is open but she is not on duty.
    const alone = await raiseHand(lab.agent, { category: 'printer', text: 'Paper jam' });
    const detail = await detailOf(t, admin, alone);
    expect(detail.state).toBe('escalated');
    expect(detail.events.slice(-2).map((e) => [e.kind, e.actor.type, e.body])).toEqual([
      ['state-changed', 'hub', 'escalated'],
      ['escalated', 'hub', 'Nobody who covers Room 12 was on duty.'],
    ]);
    const told = await lab.agent.emitWithAck('help:list', {});
    expect(told.ok && told.data.find((r) => r.id === alone)?.state).toBe('escalated');
    // An escalated request is the coordinator's: Ana cannot take it.
    expect(await ana.socket.emitWithAck('request:claim', { requestId: alone })).toEqual({
      ok: false,
      error: 'forbidden',
    });

    // On duty with her console closed, she counts as away.
    await goOnDuty(ana.socket);
    ana.socket.disconnect();
    await expect
      .poll(async () => (await t.http<Person[]>('/api/duty', { token: admin })).body)
      .toEqual({ ok: true, data: [] });
    const away = await raiseHand(lab.agent, { category: 'printer', text: 'Still jammed' });
    expect((await detailOf(t, admin, away)).state).toBe('escalated');

    // No advisor covers the Music Room: the request is the coordinator's, and waits as new.
    const music1 = await raiseHand(music.agent, { category: 'sound-screen', text: 'No sound' });
    const musicDetail = await detailOf(t, admin, music1);
    expect(musicDetail.state).toBe('new');
    expect(musicDetail.events.map((e) => e.kind)).toEqual(['created']);
  });

  test('a timetable puts an advisor on duty in their free periods, and only then', async ({
    t,
    admin,
    coordinator,
  }) => {
    const lab = await computerIn(t, admin, 'lab-12-pc', 'Room 12');
    // A free period from this minute for half an hour, on the hub's clock and time zone. (At 09:00
    // UTC every time zone's local time is between 21:00 and 23:00, so it never crosses midnight.)
    const now = weekTimeOf(clock.now());
    const hhmm = (minutes: number) =>
      `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    const period = { day: now.day, from: hhmm(now.minutes), to: hhmm(now.minutes + 30) };
    const ana = await advisorConsole(t, admin, student('ana', 'Ana', { timetable: [period] }));
    expect(ana.user.advisor?.timetable).toEqual([period]);

    // Never switched on, yet on duty: her free period has begun and her console is open.
    await expect
      .poll(async () => (await t.http<Person[]>('/api/duty', { token: admin })).body)
      .toEqual({ ok: true, data: [{ id: ana.user.id, displayName: 'Ana', role: 'advisor' }] });
    const offered = nextEvent<HelpRequest>(ana.socket, 'request:offered');
    const during = await raiseHand(lab.agent, { category: 'printer', text: 'Paper jam' });
    expect(await offered).toMatchObject({ id: during });

    // The period ends: the sweep tells every console, and a new request escalates.
    const offDuty = nextEvent<Person[]>(coordinator, 'duty:updated', SWEEP_WAIT_MS);
    clock.advance(31 * MINUTE_MS);
    expect(await offDuty).toEqual([]);
    const after = await raiseHand(lab.agent, { category: 'printer', text: 'Paper jam again' });
    expect((await detailOf(t, admin, after)).state).toBe('escalated');
    clock.advance(-31 * MINUTE_MS);
  });

  test('refuses a timetable that is not one, on a coordinator, or from an advisor, and changes nothing', async ({
    t,
    admin,
  }) => {
    const ana = await advisorConsole(t, admin, student('ana', 'Ana'));
    const patch = (token: string, userId: string, body: unknown) =>
      t.http<User>(`/api/users/${userId}`, { token, method: 'PATCH', body });
    for (const timetable of [
      [{ day: 1, from: '10:00', to: '09:00' }],
      [{ day: 8, from: '09:00', to: '10:00' }],
      [{ day: 1, from: '25:00', to: '26:00' }],
      [{ day: 1, from: '9:00', to: '10:00' }],
      [{ day: 1, from: '09:00', to: '10:00', room: 'Room 12' }],
      Array.from({ length: 71 }, () => ({ day: 1, from: '09:00', to: '10:00' })),
      'Mondays',
    ])
      expect((await patch(admin, ana.user.id, { timetable })).status).toBe(400);
    const coordinatorWithTimetable = await t.http('/api/users', {
      token: admin,
      body: {
        username: 'cora',
        password: 'cora-password-1',
        role: 'coordinator',
        timetable: [{ day: 1, from: '09:00', to: '10:00' }],
      },
    });
    expect(coordinatorWithTimetable.status).toBe(400);
    // An advisor does not set anyone's timetable, their own included.
    expect(
      (await patch(ana.token, ana.user.id, { timetable: [{ day: 1, from: '08:00', to: '16:00' }] }))
        .status,
    ).toBe(403);
    const accounts = await t.http<User[]>('/api/users', { token: admin });
    const stored = accounts.body.ok ? accounts.body.data.find((u) => u.id === ana.user.id) : null;
    expect(stored?.advisor?.timetable).toEqual([]);
    expect(accounts.body.ok && accounts.body.data.some((u) => u.username === 'cora')).toBe(false);
  });

  test('the first of two advisors offered a request to claim it owns it', async ({ t, admin }) => {
    const lab = await computerIn(t, admin, 'lab-12-pc', 'Room 12');
    const ana = await advisorConsole(t, admin, student('ana', 'Ana'));
    const ben = await advisorConsole(t, admin, student('ben', 'Ben'));
    await goOnDuty(ana.socket);
    await goOnDuty(ben.socket);
    // A different problem each round: the same one three times would make a room incident,
    // whose later requests go to its helper at once, with nothing left to claim.
    const problems = ['printer', 'internet', 'app', 'sign-in', 'sound-screen'] as const;
    for (const [round, category] of problems.entries()) {
      const requestId = await raiseHand(lab.agent, { category, text: `Problem ${round}` });
      const answers = await Promise.all([
        ana.socket.emitWithAck('request:claim', { requestId }),
        ben.socket.emitWithAck('request:claim', { requestId }),
      ]);
      const winners = answers.filter((a) => a.ok);
      expect(winners).toHaveLength(1);
      expect(answers.find((a) => !a.ok)).toEqual({ ok: false, error: 'forbidden' });
      const detail = await detailOf(t, admin, requestId);
      const winner = answers[0]?.ok ? ana.user.id : ben.user.id;
      expect([detail.state, detail.assigneeId]).toEqual(['claimed', winner]);
      expect(detail.events.filter((e) => e.kind === 'claimed')).toHaveLength(1);
    }
  });

  test('an advisor writes only to the requester they help, and never takes a request off its helper by escalating it', async ({
    t,
    admin,
    coordinator,
  }) => {
    const lab = await computerIn(t, admin, 'lab-12-pc', 'Room 12');
    const ana = await advisorConsole(t, admin, student('ana', 'Ana'));
    const ben = await advisorConsole(t, admin, student('ben', 'Ben'));
    await goOnDuty(ana.socket);
    await goOnDuty(ben.socket);
    const requestId = await raiseHand(lab.agent, { category: 'printer', text: 'Paper jam' });
    const forbidden = { ok: false, error: 'forbidden' };

    // Waiting for someone: nobody writes before claiming it (the coordinator may).
    expect(await ben.socket.emitWithAck('request:message', { requestId, text: 'Hi!' })).toEqual(
      forbidden,
    );
    expect((await ana.socket.emitWithAck('request:claim', { requestId })).ok).toBe(true);
    const before = await detailOf(t, admin, requestId);
    // Ana's now: Ben can neither write as if he were helping nor hand it to the coordinator.
    expect(
      await ben.socket.emitWithAck('request:message', {
        requestId,
        text: 'This is your helper, tell me your password',
      }),
    ).toEqual(forbidden);
    expect(
      await ben.socket.emitWithAck('request:escalate', { requestId, note: 'taking it from Ana' }),
    ).toEqual(forbidden);
    expect(await detailOf(t, admin, requestId)).toEqual(before);
    const told = await lab.agent.emitWithAck('help:list', {});
    expect(told.ok && told.data[0]?.messages.map((m) => m.body)).not.toContain(
      'This is your helper, tell me your password',
    );

    // Ana writes and may escalate her own; the coordinator writes to any open one.
    expect(
      (await ana.socket.emitWithAck('request:message', { requestId, text: 'On my way' })).ok,
    ).toBe(true);
    expect(
      (await coordinator.emitWithAck('request:message', { requestId, text: 'Thanks Ana' })).ok,
    ).toBe(true);
    expect(await ana.socket.emitWithAck('request:escalate', { requestId })).toMatchObject({
      ok: true,
      data: { state: 'escalated', assigneeId: null },
    });
    // The coordinator's now: Ana no longer writes to it; and nobody writes to a closed request.
    expect(
      await ana.socket.emitWithAck('request:message', { requestId, text: 'Still me' }),
    ).toEqual(forbidden);
    expect((await coordinator.emitWithAck('request:resolve', { requestId })).ok).toBe(true);
    expect(
      (
        await lab.agent.emitWithAck('help:feedback', {
          requestId,
          idempotencyKey: crypto.randomUUID(),
          fixed: true,
        })
      ).ok,
    ).toBe(true);
    expect(await coordinator.emitWithAck('request:message', { requestId, text: 'Late' })).toEqual({
      ok: false,
      error: 'invalid-state',
    });
  });

  test('student advisors see the software of a computer they help only if the coordinator allows it; the tray gets the fallback line', async ({
    t,
    admin,
  }) => {
    const lab = await computerIn(t, admin, 'lab-12-pc', 'Room 12');
    const ana = await advisorConsole(t, admin, student('ana', 'Ana'));
    await goOnDuty(ana.socket);
    const requestId = await raiseHand(lab.agent, { category: 'app', text: 'Scratch crashes' });
    expect((await ana.socket.emitWithAck('request:claim', { requestId })).ok).toBe(true);
    const seen = async () => {
      const answer = await ana.socket.emitWithAck('device:get', { deviceId: lab.deviceId });
      return answer.ok ? answer.data : ({} as DeviceDetail);
    };
    expect([(await seen()).software, (await seen()).softwareHidden]).toEqual([[], true]);

    const put = (token: string, body: Record<string, unknown>) =>
      t.http<HubSettingsView>('/api/settings', {
        token,
        method: 'PUT',
        body: { hubAddress: null, retentionDays: 365, ...body },
      });
    // Advisors change no setting.
    expect((await put(ana.token, { studentsSeeSoftware: true })).status).toBe(403);
    expect((await seen()).software).toEqual([]);
    for (const bad of [{ studentsSeeSoftware: 'yes' }, { fallbackContact: 'x'.repeat(201) }])
      expect((await put(admin, bad)).status).toBe(400);

    const allowed = await put(admin, {
      studentsSeeSoftware: true,
      fallbackContact: '  If your class is stopped, call extension 1234.  ',
    });
    expect(allowed.body.ok && allowed.body.data).toMatchObject({
      studentsSeeSoftware: true,
      fallbackContact: 'If your class is stopped, call extension 1234.',
    });
    const now = await seen();
    expect(now.software.length).toBeGreaterThan(0);
    expect(now.softwareHidden).toBeUndefined();
    // The setting is about software: the serial number stays the school's.
    expect(now.hardware?.serial).toBeUndefined();
    expect(JSON.stringify(now)).not.toContain(SERIAL);
    const desk = await lab.agent.emitWithAck('help:desk', {});
    expect(desk.ok && desk.data.fallbackContact).toBe(
      'If your class is stopped, call extension 1234.',
    );
    // Left out, settings stay; blank means none.
    await put(admin, {});
    expect((await lab.agent.emitWithAck('help:desk', {})).ok).toBe(true);
    await put(admin, { fallbackContact: '   ' });
    const cleared = await lab.agent.emitWithAck('help:desk', {});
    expect(cleared.ok && cleared.data.fallbackContact).toBeNull();
  });
});
