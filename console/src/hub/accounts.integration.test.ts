// Managing accounts on a real hub: one's own password, a coordinator's reset, rename, role,
// disable and delete; the last active coordinator stays; a deleted helper's name stays on what
// they did; and every misuse is refused with nothing changed. (Advisor profiles:
// advisor-accounts.integration.test.ts.)
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import type { z } from 'zod';
import {
  passwordChangeSchema,
  passwordResetSchema,
  userUpdateSchema,
  type HelpRequestDetail,
  type Person,
  type RequesterRequest,
  type UpdateTask,
} from '@handraise/shared';
import { accountTest } from './testing/account-calls.ts';
import { TEST_ADMIN_PASSWORD, type AgentClient } from './testing/test-hub.ts';
import { ADVISOR as SAM } from './testing/advisor.ts';
import { raiseHand } from './testing/raise-hand.ts';

const ADMIN = { username: 'admin', password: TEST_ADMIN_PASSWORD };

const test = accountTest;

describe('account management', () => {
  test('renames, changes a role, disables and re-enables; a disabled account signs in like a wrong password', async ({
    t,
    admin,
    calls: { signIn, create, accounts, patch },
  }) => {
    const sam = await create(SAM);
    expect((await patch(sam.id, { displayName: 'Samuel Okafor' })).body).toMatchObject({
      ok: true,
      data: { id: sam.id, displayName: 'Samuel Okafor', role: 'advisor', disabled: false },
    });
    expect((await patch(sam.id, { role: 'coordinator' })).body).toMatchObject({
      ok: true,
      data: { role: 'coordinator' },
    });
    expect((await patch(sam.id, { disabled: true })).body).toMatchObject({
      ok: true,
      data: { disabled: true },
    });
    expect((await accounts()).find((a) => a.id === sam.id)).toMatchObject({ disabled: true });

    const disabledAnswer = await signIn({ username: 'sam', password: SAM.password });
    const wrongAnswer = await signIn({ username: 'sam', password: 'not the password' });
    expect(disabledAnswer).toEqual({ status: 401, body: { ok: false, error: 'unauthorized' } });
    expect(wrongAnswer).toEqual(disabledAnswer);
    // Nobody hands work to a disabled account; its name stays for what it did.
    const people = await t.http<Person[]>('/api/people', { token: admin });
    expect(people.body.ok && people.body.data.find((p) => p.id === sam.id)).toEqual({
      id: sam.id,
      displayName: 'Samuel Okafor',
      role: 'coordinator',
      inactive: true,
    });

    expect((await patch(sam.id, { disabled: false })).body).toMatchObject({
      ok: true,
      data: { disabled: false },
    });
    expect((await signIn({ username: 'sam', password: SAM.password })).status).toBe(201);
  });

  test('keeps the last active coordinator: no disabling, demoting or deleting them', async ({
    t,
    admin,
    adminUser,
    calls: { tokenOf, create, accounts, patch },
  }) => {
    const before = await accounts();
    const refused = { status: 409, body: { ok: false, error: 'invalid-state' } };
    expect(await patch(adminUser.id, { role: 'advisor', advisorKind: 'teacher' })).toEqual(refused);
    expect(await patch(adminUser.id, { disabled: true })).toEqual(refused);
    expect(await t.http(`/api/users/${adminUser.id}`, { method: 'DELETE', token: admin })).toEqual(
      refused,
    );

    // A disabled coordinator is no stand-in.
    const other = await create({
      ...SAM,
      advisorKind: undefined,
      username: 'rivera',
      displayName: 'Ms Rivera',
      role: 'coordinator',
    });
    expect((await patch(other.id, { disabled: true })).status).toBe(200);
    expect(await patch(adminUser.id, { role: 'advisor', advisorKind: 'teacher' })).toEqual(refused);
    expect((await accounts()).filter((a) => a.id !== other.id)).toEqual(before);
    expect((await t.http('/api/me', { token: admin })).status).toBe(200);

    // With an active one beside them, they may step down (and sign in again as an advisor).
    expect((await patch(other.id, { disabled: false })).status).toBe(200);
    expect(
      (await patch(adminUser.id, { role: 'advisor', advisorKind: 'teacher' })).body,
    ).toMatchObject({
      ok: true,
      data: { role: 'advisor' },
    });
    expect((await t.http('/api/me', { token: admin })).status).toBe(401);
    const advisor = await tokenOf(ADMIN);
    expect((await t.http('/api/users', { token: advisor })).status).toBe(403);
  });

  test('deletes an account; the name stays on requests, timelines, tasks and the requester’s view', async ({
    t,
    admin,
    calls: { signIn, tokenOf, create, accounts, patch },
  }) => {
    const sam = await create(SAM);
    const samToken = await tokenOf({ username: 'sam', password: SAM.password });
    const samSocket = await t.connectConsole(samToken);
    // On duty, so the request is offered to Sam rather than escalated.
    expect((await samSocket.emitWithAck('duty:set', { onDuty: true })).ok).toBe(true);
    const agent: AgentClient = await t.connectAgent(await t.enroll());
    const requestId = await raiseHand(agent, {
      category: 'printer',
      text: 'The printer says paper jam',
    });
    expect((await samSocket.emitWithAck('request:claim', { requestId })).ok).toBe(true);
    expect(
      (await samSocket.emitWithAck('request:message', { requestId, text: 'Coming over' })).ok,
    ).toBe(true);
    // Finished work keeps its helper (open work goes back to the queue: released-work tests).
    expect((await samSocket.emitWithAck('request:resolve', { requestId })).ok).toBe(true);

    // A task Sam finished (written directly: making one needs a fleet behind on a title).
    await t.hub.database.db
      .insertInto('update_tasks')
      .values({
        id: crypto.randomUUID(),
        title_key: 'chrome',
        title_name: 'Google Chrome',
        summary: 'Google Chrome behind on 1 machine',
        note: null,
        site: null,
        room: null,
        assignee_id: sam.id,
        created_by: 'Coordinator',
        created_at: new Date().toISOString(),
        state: 'done',
        done_at: new Date().toISOString(),
      })
      .execute();

    expect(await t.http(`/api/users/${sam.id}`, { method: 'DELETE', token: admin })).toEqual({
      status: 200,
      body: { ok: true, data: { deleted: true } },
    });
    expect((await accounts()).map((a) => a.username)).toEqual(['admin']);
    expect((await signIn({ username: 'sam', password: SAM.password })).status).toBe(401);

    const detail = await t.http<HelpRequestDetail>(`/api/requests/${requestId}`, {
      token: admin,
    });
    expect(detail.body.ok && detail.body.data.assigneeId).toBe(sam.id);
    expect(detail.body.ok && detail.body.data.events.map((e) => e.actor.name)).toContain(
      'Sam Okafor',
    );
    const tasks = await t.http<UpdateTask[]>('/api/tasks', { token: admin });
    expect(tasks.body.ok && tasks.body.data.map((task) => task.assigneeName)).toEqual([
      'Sam Okafor',
    ]);
    const people = await t.http<Person[]>('/api/people', { token: admin });
    expect(people.body.ok && people.body.data).toContainEqual({
      id: sam.id,
      displayName: 'Sam Okafor',
      role: 'advisor',
      inactive: true,
    });
    const seen = (await agent.emitWithAck('help:list', {})) as {
      ok: boolean;
      data: RequesterRequest[];
    };
    expect(seen.data[0]?.helperName).toBe('Sam Okafor');

    // Nobody can be handed work or deleted twice; the username is free for a new person.
    const adminSocket = await t.connectConsole(admin);
    const another = await agent.emitWithAck('help:create', {
      idempotencyKey: crypto.randomUUID(),
      category: 'printer',
      text: 'The printer is out of toner',
      createdAt: new Date().toISOString(),
    });
    if (!another.ok) throw new Error(another.error);
    expect(
      await adminSocket.emitWithAck('request:assign', {
        requestId: another.data.requestId,
        assigneeId: sam.id,
      }),
    ).toEqual({ ok: false, error: 'not-found' });
    expect((await t.http(`/api/users/${sam.id}`, { method: 'DELETE', token: admin })).status).toBe(
      404,
    );
    expect((await patch(sam.id, { disabled: false })).status).toBe(404);
    const newSam = await create({ ...SAM, displayName: 'Samira Haddad' });
    expect(newSam.id).not.toBe(sam.id);
    expect((await signIn({ username: 'sam', password: SAM.password })).status).toBe(201);
  });

  test('changes one’s own password only with the current one', async ({
    t,
    calls: { signIn, tokenOf, create },
  }) => {
    const sam = await create(SAM);
    const samToken = await tokenOf({ username: 'sam', password: SAM.password });
    const change = (body: unknown, token = samToken) =>
      t.http('/api/me/password', { method: 'PUT', token, body });

    expect(
      await change({ currentPassword: 'a wrong guess', newPassword: 'taken over now' }),
    ).toEqual({ status: 403, body: { ok: false, error: 'forbidden' } });
    expect((await signIn({ username: 'sam', password: 'taken over now' })).status).toBe(401);
    expect(await change({ currentPassword: SAM.password, newPassword: 'short' })).toEqual({
      status: 400,
      body: { ok: false, error: 'invalid-payload' },
    });
    expect(
      (await change({ currentPassword: SAM.password, newPassword: 'sam new passphrase' })).body,
    ).toEqual({
      ok: true,
      data: { changed: true },
    });
    expect((await signIn({ username: 'sam', password: 'sam new passphrase' })).status).toBe(201);
    expect(sam.username).toBe('sam');
  });

  test('counts wrong current passwords as sign-in failures, so a stolen session cannot guess', async ({
    t,
    calls: { signIn, tokenOf, create },
  }) => {
    await create(SAM);
    const samToken = await tokenOf({ username: 'sam', password: SAM.password });
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      statuses.push(
        (
          await t.http('/api/me/password', {
            method: 'PUT',
            token: samToken,
            body: { currentPassword: `guess ${i}`, newPassword: 'taken over now' },
          })
        ).status,
      );
    }
    expect(statuses.slice(0, 3)).toEqual([403, 403, 403]);
    expect(statuses.at(-1)).toBe(429);
    expect((await signIn({ username: 'sam', password: 'taken over now' })).status).not.toBe(201);
  });

  test('lets a coordinator reset someone else’s password, never their own that way', async ({
    t,
    admin,
    adminUser,
    calls: { signIn, create },
  }) => {
    const sam = await create(SAM);
    expect(
      await t.http(`/api/users/${sam.id}/password`, {
        token: admin,
        body: { newPassword: 'handed over in person' },
      }),
    ).toEqual({ status: 200, body: { ok: true, data: { changed: true } } });
    expect((await signIn({ username: 'sam', password: SAM.password })).status).toBe(401);
    expect((await signIn({ username: 'sam', password: 'handed over in person' })).status).toBe(201);

    // A session alone is not enough to take over its own account: that needs the current password.
    expect(
      await t.http(`/api/users/${adminUser.id}/password`, {
        token: admin,
        body: { newPassword: 'taken over now' },
      }),
    ).toEqual({ status: 403, body: { ok: false, error: 'forbidden' } });
    expect((await signIn(ADMIN)).status).toBe(201);
  });

  test('refuses advisors, bad bodies and unknown ids, and changes nothing', async ({
    t,
    admin,
    adminUser,
    calls: { signIn, tokenOf, create, accounts, patch },
  }) => {
    const sam = await create(SAM);
    const samToken = await tokenOf({ username: 'sam', password: SAM.password });
    const before = await accounts();
    const forbidden = { status: 403, body: { ok: false, error: 'forbidden' } };
    for (const target of [adminUser.id, sam.id]) {
      expect(await patch(target, { role: 'coordinator' }, samToken)).toEqual(forbidden);
      expect(await patch(target, { disabled: true }, samToken)).toEqual(forbidden);
      expect(await patch(target, { displayName: 'Mallory' }, samToken)).toEqual(forbidden);
      expect(
        await t.http(`/api/users/${target}/password`, {
          token: samToken,
          body: { newPassword: 'taken over now' },
        }),
      ).toEqual(forbidden);
      expect(await t.http(`/api/users/${target}`, { method: 'DELETE', token: samToken })).toEqual(
        forbidden,
      );
    }
    // Without a session, nothing at all.
    expect(
      (await t.http(`/api/users/${sam.id}`, { method: 'PATCH', body: { disabled: true } })).status,
    ).toBe(401);
    expect(
      (
        await t.http('/api/me/password', {
          method: 'PUT',
          body: { currentPassword: SAM.password, newPassword: 'long enough' },
        })
      ).status,
    ).toBe(401);

    const invalid = { status: 400, body: { ok: false, error: 'invalid-payload' } };
    for (const body of [
      {},
      { role: 'student' },
      { disabled: 'yes' },
      { displayName: '' },
      { username: 'root' },
      { displayName: 'x'.repeat(129) },
    ]) {
      expect(await patch(sam.id, body)).toEqual(invalid);
    }
    expect(await patch('not-a-uuid', { disabled: true })).toEqual(invalid);
    expect(
      await t.http(`/api/users/${sam.id}/password`, {
        token: admin,
        body: { newPassword: 'short' },
      }),
    ).toEqual(invalid);

    const missing = crypto.randomUUID();
    const notFound = { status: 404, body: { ok: false, error: 'not-found' } };
    expect(await patch(missing, { disabled: true })).toEqual(notFound);
    expect(
      await t.http(`/api/users/${missing}/password`, {
        token: admin,
        body: { newPassword: 'long enough pass' },
      }),
    ).toEqual(notFound);
    expect(await t.http(`/api/users/${missing}`, { method: 'DELETE', token: admin })).toEqual(
      notFound,
    );

    // Arbitrary JSON: refused exactly when the schema refuses it.
    const routes: [string, z.ZodType, string][] = [
      [`/api/users/${sam.id}`, userUpdateSchema, 'PATCH'],
      [`/api/users/${sam.id}/password`, passwordResetSchema, 'POST'],
      ['/api/me/password', passwordChangeSchema, 'PUT'],
    ];
    for (const [path, schema, method] of routes) {
      await fc.assert(
        fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), async (body) => {
          fc.pre(!schema.safeParse(body).success);
          expect(await t.http(path, { method, body, token: admin })).toEqual(invalid);
        }),
        { numRuns: 40 },
      );
    }

    expect(await accounts()).toEqual(before);
    expect((await signIn(ADMIN)).status).toBe(201);
    expect((await signIn({ username: 'sam', password: SAM.password })).status).toBe(201);
    expect((await t.http('/api/me', { token: samToken })).status).toBe(200);
  });
});
