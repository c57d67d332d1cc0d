// Tech Advisors on a real hub reach only what helping needs: their rooms' requests, a computer's
// details and a request's picture only while it is theirs (students) or in their rooms (teachers),
// never an escalated request's staff note, and never by claiming what the coordinator holds. Each
// forbidden try is answered `not-found` or `forbidden`, and nothing changes.
import { describe, expect } from 'vitest';
import type { Device, DeviceDetail, HelpRequest, HelpRequestDetail, User } from '@handraise/shared';
import { hubTest } from './testing/hub-test.ts';
import { raiseHand } from './testing/raise-hand.ts';
import { fullReport, sampleJpeg, sampleSections } from './testing/sample-inventory.ts';
import { advisorConsole, computerIn, SERIAL } from './testing/school.ts';
import {
  nextEvent,
  type AgentClient,
  type ConsoleClient,
  type TestHub,
} from './testing/test-hub.ts';

const NOT_FOUND = { ok: false, error: 'not-found' };
const FORBIDDEN = { ok: false, error: 'forbidden' };

type School = {
  lab: { agent: AgentClient; deviceId: string; requestId: string };
  library: { agent: AgentClient; deviceId: string; requestId: string };
  ana: { user: User; token: string; socket: ConsoleClient };
  tom: { user: User; token: string; socket: ConsoleClient };
};

/**
 * Room 12's lab computer and the Library's, each with a request and a picture; Ana, a student
 * advisor for Room 12; Tom, a teacher advisor for the Library.
 */
const test = hubTest.extend('school', async ({ t, admin }): Promise<School> => {
  const lab = await computerIn(t, admin, 'lab-12-pc', 'Room 12');
  const library = await computerIn(t, admin, 'library-pc', 'Library');
  const picture = sampleJpeg(4_000);
  const snapshot = {
    os: sampleSections().os,
    hardware: { ...sampleSections().hardware, serial: SERIAL },
  };
  const labRequest = await raiseHand(lab.agent, {
    category: 'printer',
    text: 'Paper jam',
    screenshot: picture,
    snapshot,
  });
  const libraryRequest = await raiseHand(library.agent, {
    category: 'internet',
    text: 'No Wi-Fi',
    screenshot: picture,
  });
  return {
    lab: { ...lab, requestId: labRequest },
    library: { ...library, requestId: libraryRequest },
    ana: await advisorConsole(t, admin, {
      username: 'ana',
      displayName: 'Ana',
      advisorKind: 'student',
      scope: { sites: [], rooms: ['Room 12'] },
    }),
    tom: await advisorConsole(t, admin, {
      username: 'tom',
      displayName: 'Mr Tom',
      advisorKind: 'teacher',
      scope: { sites: [], rooms: ['Library'] },
    }),
  };
});

const picture = (t: TestHub, requestId: string, token: string) =>
  fetch(`${t.hub.url}/api/requests/${requestId}/screenshot`, {
    headers: { authorization: `Bearer ${token}` },
  });

describe('Tech Advisors and their scope', () => {
  test("a student advisor sees their rooms' requests, and a computer only while helping on it", async ({
    t,
    admin,
    school: { lab, library, ana },
  }) => {
    const listed = await ana.socket.emitWithAck('requests:list', {});
    expect(listed.ok && listed.data.map((r) => r.id)).toEqual([lab.requestId]);
    const overHttp = await t.http<HelpRequest[]>('/api/requests', { token: ana.token });
    expect(overHttp.body.ok && overHttp.body.data.map((r) => r.id)).toEqual([lab.requestId]);
    const devices = await t.http<Device[]>('/api/devices', { token: ana.token });
    expect(devices.body.ok && devices.body.data.map((d) => d.name)).toEqual(['lab-12-pc']);

    // Another room's request: not there, whatever she tries; nothing changes.
    const before = await t.http<HelpRequestDetail>(`/api/requests/${library.requestId}`, {
      token: admin,
    });
    for (const event of [
      'request:get',
      'request:claim',
      'request:resolve',
      'request:escalate',
    ] as const)
      expect(await ana.socket.emitWithAck(event, { requestId: library.requestId })).toEqual(
        NOT_FOUND,
      );
    expect(
      await ana.socket.emitWithAck('request:message', { requestId: library.requestId, text: 'hi' }),
    ).toEqual(NOT_FOUND);
    expect((await t.http(`/api/requests/${library.requestId}`, { token: ana.token })).status).toBe(
      404,
    );
    expect((await picture(t, library.requestId, ana.token)).status).toBe(404);
    expect(await ana.socket.emitWithAck('device:get', { deviceId: library.deviceId })).toEqual(
      NOT_FOUND,
    );
    expect(await t.http(`/api/requests/${library.requestId}`, { token: admin })).toEqual(before);

    // Her room's computer, before she helps: no details, no picture.
    expect(await ana.socket.emitWithAck('device:get', { deviceId: lab.deviceId })).toEqual(
      NOT_FOUND,
    );
    expect((await t.http(`/api/devices/${lab.deviceId}`, { token: ana.token })).status).toBe(404);
    expect((await picture(t, lab.requestId, ana.token)).status).toBe(403);
    // Her room's request reads without the picture, saying one came (it opens once hers).
    const unclaimed = await ana.socket.emitWithAck('request:get', { requestId: lab.requestId });
    expect(
      unclaimed.ok && [
        unclaimed.data.screenshot,
        unclaimed.data.pictureHidden,
        unclaimed.data.snapshot,
        unclaimed.data.snapshotHidden,
      ],
    ).toEqual([null, true, null, true]);

    // Claimed: the details without serial number or software, and the picture.
    expect(
      await ana.socket.emitWithAck('request:claim', { requestId: lab.requestId }),
    ).toMatchObject({
      ok: true,
    });
    const detail = await ana.socket.emitWithAck('device:get', { deviceId: lab.deviceId });
    expect(detail.ok).toBe(true);
    const seen = detail.ok ? detail.data : ({} as DeviceDetail);
    expect(seen.hardware?.model).toBe('ThinkCentre M70q');
    expect(seen.hardware?.serial).toBeUndefined();
    expect([seen.software, seen.updates]).toEqual([[], []]);
    const request = await ana.socket.emitWithAck('request:get', { requestId: lab.requestId });
    expect(request.ok && request.data.snapshot?.hardware?.serial).toBeFalsy();
    expect((await picture(t, lab.requestId, ana.token)).status).toBe(200);
    expect(request.ok && [request.data.screenshot?.type, request.data.pictureHidden]).toEqual([
      'image/jpeg',
      undefined,
    ]);

    // Resolved: the access ends with it.
    expect(
      await ana.socket.emitWithAck('request:resolve', { requestId: lab.requestId }),
    ).toMatchObject({
      ok: true,
    });
    expect(await ana.socket.emitWithAck('device:get', { deviceId: lab.deviceId })).toEqual(
      NOT_FOUND,
    );
    expect((await picture(t, lab.requestId, ana.token)).status).toBe(403);
  });

  test('a teacher advisor sees the computers of their rooms, serial numbers and all, and no others', async ({
    t,
    school: { lab, library, tom },
  }) => {
    const mine = await tom.socket.emitWithAck('device:get', { deviceId: library.deviceId });
    expect(mine.ok && mine.data.hardware?.serial).toBe(SERIAL);
    expect((await picture(t, library.requestId, tom.token)).status).toBe(200);
    expect(await tom.socket.emitWithAck('device:get', { deviceId: lab.deviceId })).toEqual(
      NOT_FOUND,
    );
    expect((await picture(t, lab.requestId, tom.token)).status).toBe(404);
    const listed = await tom.socket.emitWithAck('devices:list', {});
    expect(listed.ok && listed.data.map((d) => d.name)).toEqual(['library-pc']);
  });

  test("an escalated request is the coordinator's: advisors read its state, not its note, and cannot take it", async ({
    t,
    coordinator,
    school: { lab, ana },
  }) => {
    await ana.socket.emitWithAck('request:claim', { requestId: lab.requestId });
    expect(
      await ana.socket.emitWithAck('request:escalate', {
        requestId: lab.requestId,
        note: 'Toner looks tampered with; the student in seat 3 again',
      }),
    ).toMatchObject({ ok: true, data: { state: 'escalated' } });
    const before = await coordinator.emitWithAck('request:get', { requestId: lab.requestId });
    expect(await ana.socket.emitWithAck('request:claim', { requestId: lab.requestId })).toEqual(
      FORBIDDEN,
    );
    expect(await ana.socket.emitWithAck('request:resolve', { requestId: lab.requestId })).toEqual(
      FORBIDDEN,
    );
    expect(await coordinator.emitWithAck('request:get', { requestId: lab.requestId })).toEqual(
      before,
    );
    const read = await ana.socket.emitWithAck('request:get', { requestId: lab.requestId });
    expect(read.ok && read.data.state).toBe('escalated');
    const notes = (r: typeof read) =>
      r.ok ? r.data.events.filter((e) => e.kind === 'escalated').map((e) => e.body) : [];
    expect(notes(read)).toEqual([null]);
    expect(notes(before)).toEqual(['Toner looks tampered with; the student in seat 3 again']);
    const overHttp = await t.http<HelpRequestDetail>(`/api/requests/${lab.requestId}`, {
      token: ana.token,
    });
    expect(
      overHttp.body.ok && overHttp.body.data.events.filter((e) => e.kind === 'escalated')[0]?.body,
    ).toBeNull();

    // Handed back by the coordinator, it is hers again.
    expect(
      await coordinator.emitWithAck('request:assign', {
        requestId: lab.requestId,
        assigneeId: ana.user.id,
      }),
    ).toMatchObject({ ok: true });
    expect(
      await ana.socket.emitWithAck('request:resolve', { requestId: lab.requestId }),
    ).toMatchObject({
      ok: true,
    });
  });

  test('consoles hear only of the requests and computers of their scope', async ({
    coordinator,
    school: { lab, library, ana, tom },
  }) => {
    const heard = (socket: ConsoleClient) => {
      const names: string[] = [];
      socket.on('request:created', (r) => names.push(r.deviceName));
      return names;
    };
    const byAna = heard(ana.socket);
    const byTom = heard(tom.socket);
    const byCoordinator = heard(coordinator);
    await raiseHand(library.agent, { category: 'app', text: 'Scratch will not open' });
    await raiseHand(lab.agent, { category: 'app', text: 'Scratch will not open' });
    // A round trip on each console after both pushes: anything pushed came before it.
    for (const socket of [ana.socket, tom.socket, coordinator])
      await socket.emitWithAck('requests:list', {});
    expect(byAna).toEqual(['lab-12-pc']);
    expect(byTom).toEqual(['library-pc']);
    expect(byCoordinator).toEqual(['library-pc', 'lab-12-pc']);
  });

  test('every look at a computer or a picture is logged, for the requester and the coordinator to read', async ({
    t,
    admin,
    coordinator,
    school: { lab, ana, tom },
  }) => {
    await ana.socket.emitWithAck('request:claim', { requestId: lab.requestId });
    await ana.socket.emitWithAck('device:get', { deviceId: lab.deviceId });
    // Opened again a moment later: the same look, one line.
    await ana.socket.emitWithAck('device:get', { deviceId: lab.deviceId });
    expect((await picture(t, lab.requestId, ana.token)).status).toBe(200);
    await coordinator.emitWithAck('device:get', { deviceId: lab.deviceId });

    const looks = await lab.agent.emitWithAck('help:looks', {});
    expect(
      looks.ok && looks.data.map(({ who, as, what, request }) => [who, as, what, request]),
    ).toEqual([
      ['Coordinator', 'coordinator', 'details', null],
      ['Ana', 'student', 'screenshot', { id: lab.requestId, category: 'printer' }],
      ['Ana', 'student', 'details', { id: lab.requestId, category: 'printer' }],
    ]);
    const log = await t.http(`/api/devices/${lab.deviceId}/access-log`, { token: admin });
    expect(log.body).toEqual(looks);
    // Advisors do not read the log; an unknown computer has none.
    for (const token of [ana.token, tom.token])
      expect((await t.http(`/api/devices/${lab.deviceId}/access-log`, { token })).status).toBe(403);
    expect(
      (await t.http(`/api/devices/${crypto.randomUUID()}/access-log`, { token: admin })).status,
    ).toBe(404);
    // Refused looks are not looks.
    expect(await tom.socket.emitWithAck('device:get', { deviceId: lab.deviceId })).toEqual(
      NOT_FOUND,
    );
    const after = await lab.agent.emitWithAck('help:looks', {});
    expect(after.ok && after.data).toHaveLength(3);
  });

  test("the fleet's software, its export and other people's tasks are the coordinator's", async ({
    t,
    admin,
    school: { lab, ana, tom },
  }) => {
    for (const path of [
      '/api/software/export.csv',
      '/api/software',
      '/api/software/overview',
      '/api/software/policies',
      '/api/updates/summary',
    ])
      for (const token of [ana.token, tom.token])
        expect([path, (await t.http(path, { token })).status]).toEqual([path, 403]);
    const csv = await fetch(`${t.hub.url}/api/software/export.csv`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(csv.status).toBe(200);
    // A computer's outdated software: not for a student even while helping, not out of scope.
    await ana.socket.emitWithAck('request:claim', { requestId: lab.requestId });
    expect(await t.http(`/api/devices/${lab.deviceId}/outdated`, { token: ana.token })).toEqual({
      status: 200,
      body: { ok: true, data: [] },
    });
    expect(
      (await t.http(`/api/devices/${lab.deviceId}/outdated`, { token: tom.token })).status,
    ).toBe(404);
    const tasks = await ana.socket.emitWithAck('tasks:list', {});
    expect(tasks).toEqual({ ok: true, data: [] });
  });

  test('nothing hands a student a computer back: not a held request, not a finished one, not a snapshot', async ({
    t,
    admin,
    coordinator,
    school: { lab, library, ana },
  }) => {
    // The snapshot taken at the click is the computer's details: not hers before she helps.
    const early = await ana.socket.emitWithAck('request:get', { requestId: lab.requestId });
    expect(early.ok && early.data.snapshot).toBeNull();
    const forStaff = await coordinator.emitWithAck('request:get', { requestId: lab.requestId });
    expect(forStaff.ok && forStaff.data.snapshot?.hardware?.serial).toBe(SERIAL);

    // Escalated, then taken on by the coordinator: still not hers to claim or resolve.
    await ana.socket.emitWithAck('request:claim', { requestId: lab.requestId });
    await ana.socket.emitWithAck('request:escalate', { requestId: lab.requestId });
    await coordinator.emitWithAck('request:claim', { requestId: lab.requestId });
    for (const event of ['request:claim', 'request:resolve'] as const)
      expect(await ana.socket.emitWithAck(event, { requestId: lab.requestId })).toEqual(FORBIDDEN);
    expect((await picture(t, lab.requestId, ana.token)).status).toBe(403);

    // Handed to her from another room and finished: it stops being hers, and she cannot reopen
    // it (the requester says "Still broken"; the coordinator reopens).
    await coordinator.emitWithAck('request:assign', {
      requestId: library.requestId,
      assigneeId: ana.user.id,
    });
    expect(
      await ana.socket.emitWithAck('device:get', { deviceId: library.deviceId }),
    ).toMatchObject({ ok: true });
    await ana.socket.emitWithAck('request:resolve', { requestId: library.requestId });
    expect(await ana.socket.emitWithAck('request:claim', { requestId: library.requestId })).toEqual(
      NOT_FOUND,
    );
    expect(
      await ana.socket.emitWithAck('request:reopen', { requestId: library.requestId }),
    ).toEqual(FORBIDDEN);
    expect(await ana.socket.emitWithAck('request:get', { requestId: library.requestId })).toEqual(
      NOT_FOUND,
    );
    expect(await ana.socket.emitWithAck('device:get', { deviceId: library.deviceId })).toEqual(
      NOT_FOUND,
    );
    expect(
      (await t.http<HelpRequestDetail>(`/api/requests/${library.requestId}`, { token: admin }))
        .body,
    ).toMatchObject({ ok: true, data: { state: 'resolved', assigneeId: ana.user.id } });
  });

  test("the fleet's software and other people's tasks are not pushed to advisors", async ({
    t,
    admin,
    coordinator,
    school: { library, ana },
  }) => {
    const heard = (socket: ConsoleClient) => {
      const events: string[] = [];
      socket.on('software:changed', () => events.push('software:changed'));
      socket.on('task:updated', () => events.push('task:updated'));
      return events;
    };
    const byAna = heard(ana.socket);
    const byCoordinator = heard(coordinator);
    const software = nextEvent(coordinator, 'software:changed');
    const base = sampleSections();
    const stored = await library.agent.emitWithAck(
      'inventory:report',
      fullReport(
        sampleSections({
          os: { ...base.os, hostname: 'library-pc' },
          software: [...base.software, { name: 'exam-browser', version: '1', source: 'dpkg' }],
        }),
      ),
    );
    expect(stored.ok).toBe(true);
    await software;
    const taskPushed = nextEvent(coordinator, 'task:updated');
    const task = await t.http('/api/tasks', {
      token: admin,
      body: { titleKey: 'firefox-esr', room: 'Library', note: 'For staff' },
    });
    expect(task.status).toBe(201);
    await taskPushed;
    // A round trip on Ana's console after both pushes: anything pushed to her came before it.
    await ana.socket.emitWithAck('requests:list', {});
    expect(byAna).toEqual([]);
    expect(byCoordinator).toEqual(expect.arrayContaining(['software:changed', 'task:updated']));
  });
});
