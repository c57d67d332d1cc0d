// On a real hub, disabling or deleting an account hands back its open work: its open requests go
// back to the queue (unassigned, waiting, with a timeline line saying why), pushed to consoles and
// to the requester's tray; its open update tasks lose their assignee. Finished work keeps the
// name, other people's work is untouched, and refused changes hand back nothing.
import { describe, expect } from 'vitest';
import type { Socket } from 'socket.io-client';
import type {
  Account,
  HelpRequest,
  HelpRequestDetail,
  RequesterRequest,
  SessionCreated,
  UpdateTask,
  User,
} from '@handraise/shared';
import { hubTest } from './testing/hub-test.ts';
import type { AgentClient, ConsoleClient, TestHub } from './testing/test-hub.ts';
import { ADVISOR as SAM } from './testing/advisor.ts';
import { raiseHand } from './testing/raise-hand.ts';

/** How long a push may take before a test gives up on it. */
const PUSH_TIMEOUT_MS = 5_000;

/** Resolves with the first emission of `event` that `matches`, or rejects after a bounded wait. */
function eventWhere<T>(
  socket: Socket,
  event: string,
  matches: (payload: T) => boolean,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const listener = (payload: T) => {
      if (!matches(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener);
      resolve(payload);
    };
    const timer = setTimeout(() => {
      socket.off(event, listener);
      reject(new Error(`no matching ${event} within ${PUSH_TIMEOUT_MS} ms`));
    }, PUSH_TIMEOUT_MS);
    socket.on(event, listener);
  });
}

/**
 * What these tests do on hub `t`: the coordinator (`admin`, `adminUser`, console `coordinator`)
 * and one computer (`agent`) at work beside a helper made for the test.
 */
function workOn(
  t: TestHub,
  admin: string,
  adminUser: User,
  agent: AgentClient,
  coordinator: ConsoleClient,
) {
  const createHelper = async (input: { username: string; displayName: string }) => {
    const created = await t.http<User>('/api/users', {
      token: admin,
      body: { ...SAM, ...input },
    });
    if (!created.body.ok) throw new Error(created.body.error);
    const session = await t.http<SessionCreated>('/api/session', {
      body: { username: input.username, password: SAM.password },
    });
    if (!session.body.ok) throw new Error(session.body.error);
    const socket = await t.connectConsole(session.body.data.token);
    // On duty, so the requests raised next are offered to them rather than escalated.
    const onDuty = await socket.emitWithAck('duty:set', { onDuty: true });
    if (!onDuty.ok) throw new Error(onDuty.error);
    return { user: created.body.data, socket };
  };

  const raise = async (text: string) => {
    return raiseHand(agent, { category: 'printer', text });
  };

  const act = async (
    socket: ConsoleClient,
    event: 'request:claim' | 'request:resolve',
    requestId: string,
  ) => {
    const answer = await socket.emitWithAck(event, { requestId });
    if (!answer.ok) throw new Error(answer.error);
  };

  const detail = async (requestId: string) => {
    const answer = await t.http<HelpRequestDetail>(`/api/requests/${requestId}`, {
      token: admin,
    });
    if (!answer.body.ok) throw new Error(answer.body.error);
    return answer.body.data;
  };

  /** An update task handed to someone (written directly: making one needs a fleet behind). */
  const addTask = async (assigneeId: string, state: 'open' | 'done') => {
    const id = crypto.randomUUID();
    await t.hub.database.db
      .insertInto('update_tasks')
      .values({
        id,
        title_key: 'chrome',
        title_name: 'Google Chrome',
        summary: 'Google Chrome behind on 1 machine',
        note: null,
        site: null,
        room: null,
        assignee_id: assigneeId,
        created_by: 'Coordinator',
        created_at: new Date().toISOString(),
        state,
        done_at: state === 'done' ? new Date().toISOString() : null,
      })
      .execute();
    return id;
  };

  const tasksById = async () => {
    const answer = await t.http<UpdateTask[]>('/api/tasks', { token: admin });
    if (!answer.body.ok) throw new Error(answer.body.error);
    return new Map(answer.body.data.map((task) => [task.id, task]));
  };

  /** Sam's open and finished work beside the coordinator's own. */
  const samWithWork = async () => {
    const sam = await createHelper(SAM);
    const open = await raise('The printer says paper jam');
    const finished = await raise('The projector says no signal');
    const others = await raise('No sound in Room 12');
    await act(sam.socket, 'request:claim', open);
    await act(sam.socket, 'request:claim', finished);
    await act(sam.socket, 'request:resolve', finished);
    await act(coordinator, 'request:claim', others);
    const tasks = {
      open: await addTask(sam.user.id, 'open'),
      finished: await addTask(sam.user.id, 'done'),
      others: await addTask(adminUser.id, 'open'),
    };
    return { sam, requests: { open, finished, others }, tasks };
  };

  return { createHelper, raise, act, detail, addTask, tasksById, samWithWork };
}

const test = hubTest.extend('work', async ({ t, admin, adminUser, agent, coordinator }) =>
  workOn(t, admin, adminUser, agent, coordinator),
);

describe('work of a disabled or deleted account', () => {
  for (const change of [
    {
      how: 'disabled',
      send: (t: TestHub, userId: string, token: string) =>
        t.http<Account>(`/api/users/${userId}`, {
          method: 'PATCH',
          token,
          body: { disabled: true },
        }),
    },
    {
      how: 'deleted',
      send: (t: TestHub, userId: string, token: string) =>
        t.http(`/api/users/${userId}`, { method: 'DELETE', token }),
    },
  ]) {
    test(`sends the open work of a ${change.how} account back to the queue, live`, async ({
      t,
      admin,
      adminUser,
      agent,
      coordinator,
      work: { createHelper, act, detail, tasksById, samWithWork },
    }) => {
      const { sam, requests, tasks } = await samWithWork();
      const consoleSees = eventWhere<HelpRequest>(
        coordinator,
        'request:updated',
        (r) => r.id === requests.open && r.assigneeId === null,
      );
      const traySees = eventWhere<RequesterRequest>(
        agent,
        'help:updated',
        (r) => r.id === requests.open && r.helperName === null,
      );
      const taskSeen = eventWhere<UpdateTask>(
        coordinator,
        'task:updated',
        (task) => task.id === tasks.open,
      );

      expect((await change.send(t, sam.user.id, admin)).status).toBe(200);

      const [consoleView, trayView, task] = await Promise.all([consoleSees, traySees, taskSeen]);
      expect(consoleView).toMatchObject({ state: 'new', assigneeId: null });
      expect(trayView).toMatchObject({ state: 'new', helperName: null });
      expect(task).toMatchObject({ assigneeId: null, assigneeName: null, state: 'open' });

      const released = await detail(requests.open);
      expect(released).toMatchObject({ state: 'new', assigneeId: null });
      expect(released.events.at(-1)).toMatchObject({
        kind: 'returned-to-queue',
        actor: { type: 'user', id: adminUser.id, name: adminUser.displayName },
        body: `Sam Okafor's account was ${change.how}.`,
      });
      // Staff read why; the requester's tray sees the state and who helped before, not the account.
      const tray = trayView.messages;
      expect(tray.map((m) => m.kind)).not.toContain('returned-to-queue');
      expect(tray.map((m) => m.body).join(' ')).not.toContain('account');

      // Finished work keeps Sam's name; the coordinator's own work is untouched.
      expect(await detail(requests.finished)).toMatchObject({
        state: 'resolved',
        assigneeId: sam.user.id,
      });
      expect(await detail(requests.others)).toMatchObject({
        state: 'claimed',
        assigneeId: adminUser.id,
      });
      const after = await tasksById();
      expect(after.get(tasks.finished)).toMatchObject({ assigneeName: 'Sam Okafor' });
      expect(after.get(tasks.others)).toMatchObject({ assigneeId: adminUser.id });

      // Anyone may pick the request up again.
      const rivera = await createHelper({ username: 'rivera', displayName: 'Ms Rivera' });
      await act(rivera.socket, 'request:claim', requests.open);
      expect(await detail(requests.open)).toMatchObject({
        state: 'claimed',
        assigneeId: rivera.user.id,
      });
    });
  }

  test('sends a finished request reopened later to the queue, not to the disabled helper', async ({
    t,
    admin,
    agent,
    coordinator,
    work: { createHelper, raise, act, detail },
  }) => {
    const sam = await createHelper(SAM);
    const byTray = await raise('Printer says paper jam');
    const byConsole = await raise('Projector flickers');
    for (const requestId of [byTray, byConsole]) {
      await act(sam.socket, 'request:claim', requestId);
      await act(sam.socket, 'request:resolve', requestId);
    }
    const disabled = await t.http(`/api/users/${sam.user.id}`, {
      method: 'PATCH',
      token: admin,
      body: { disabled: true },
    });
    expect(disabled.status).toBe(200);

    const stillBroken = await agent.emitWithAck('help:feedback', {
      requestId: byTray,
      idempotencyKey: crypto.randomUUID(),
      fixed: false,
    });
    expect(stillBroken).toMatchObject({ ok: true, data: { state: 'new', helperName: null } });
    const reopened = await coordinator.emitWithAck('request:reopen', { requestId: byConsole });
    expect(reopened).toMatchObject({ ok: true, data: { state: 'new', assigneeId: null } });
    for (const requestId of [byTray, byConsole])
      expect(await detail(requestId)).toMatchObject({ state: 'new', assigneeId: null });
  });

  test('hands nothing back when the change is refused, repeated or only a rename', async ({
    t,
    admin,
    adminUser,
    work: { createHelper, detail, tasksById, samWithWork },
  }) => {
    const { sam, requests } = await samWithWork();
    const before = {
      open: await detail(requests.open),
      finished: await detail(requests.finished),
      tasks: await tasksById(),
    };
    const unchanged = async () => {
      expect(await detail(requests.open)).toEqual(before.open);
      expect(await detail(requests.finished)).toEqual(before.finished);
      expect(await tasksById()).toEqual(before.tasks);
    };
    await createHelper({ username: 'rivera', displayName: 'Ms Rivera' });
    const riveraToken = await t.http<SessionCreated>('/api/session', {
      body: { username: 'rivera', password: SAM.password },
    });
    if (!riveraToken.body.ok) throw new Error(riveraToken.body.error);
    const advisor = riveraToken.body.data.token;

    // An advisor may neither disable nor delete; an unknown account is not found.
    const disable = (userId: string, token: string) =>
      t.http(`/api/users/${userId}`, { method: 'PATCH', token, body: { disabled: true } });
    const remove = (userId: string, token: string) =>
      t.http(`/api/users/${userId}`, { method: 'DELETE', token });
    const forbidden = { status: 403, body: { ok: false, error: 'forbidden' } };
    expect(await disable(sam.user.id, advisor)).toEqual(forbidden);
    expect(await remove(sam.user.id, advisor)).toEqual(forbidden);
    const notFound = { status: 404, body: { ok: false, error: 'not-found' } };
    expect(await disable(crypto.randomUUID(), admin)).toEqual(notFound);
    expect(await remove(crypto.randomUUID(), admin)).toEqual(notFound);
    expect(
      await t.http(`/api/users/${sam.user.id}`, {
        method: 'PATCH',
        token: admin,
        body: { disabled: 'yes' },
      }),
    ).toEqual({ status: 400, body: { ok: false, error: 'invalid-payload' } });
    // A rename or a new role takes no work away.
    const patch = (body: unknown) =>
      t.http(`/api/users/${sam.user.id}`, { method: 'PATCH', token: admin, body });
    expect((await patch({ displayName: 'Sam Okafor' })).status).toBe(200);
    expect((await patch({ role: 'coordinator' })).status).toBe(200);
    expect((await patch({ role: 'advisor', advisorKind: 'teacher' })).status).toBe(200);
    await unchanged();

    // The last active coordinator cannot be disabled; their work stays with them.
    const adminWork = await detail(requests.others);
    expect((await disable(adminUser.id, admin)).status).toBe(409);
    expect(await detail(requests.others)).toEqual(adminWork);

    // Disabled twice: the second time finds nothing left to hand back.
    expect((await disable(sam.user.id, admin)).status).toBe(200);
    const once = await detail(requests.open);
    expect((await disable(sam.user.id, admin)).status).toBe(200);
    expect(await detail(requests.open)).toEqual(once);
    expect(once.events.filter((e) => e.kind === 'returned-to-queue')).toHaveLength(1);
    // Enabled again, Sam gets nothing back by itself.
    expect((await patch({ disabled: false })).status).toBe(200);
    expect(await detail(requests.open)).toMatchObject({ state: 'new', assigneeId: null });
  });
});
