import fc from 'fast-check';
import { describe, expect } from 'vitest';
import type { z } from 'zod';
import {
  catalogImportSchema,
  enrollmentTokenCreateSchema,
  enrollSchema,
  osLifecycleImportSchema,
  policyCreateSchema,
  PROTOCOL_VERSION,
  sessionCreateSchema,
  setupSchema,
  taskCreateSchema,
  taskUpdateSchema,
  titleMergeSchema,
  titleSplitSchema,
  type Device,
  type SoftwareTitleSummary,
  type Enrolled,
} from '@handraise/shared';
import { sharedHubTest as test } from './testing/hub-test.ts';
import { manualClock } from './testing/manual-clock.ts';
import { fullReport, sampleSections } from './testing/sample-inventory.ts';
import { TEST_ADMIN_PASSWORD } from './testing/test-hub.ts';
import { countRows } from './testing/row-count.ts';

describe('HTTP API', () => {
  test('reports status without authentication, and nothing else', async ({ t }) => {
    const status = await t.http('/api/status');
    expect(status).toEqual({
      status: 200,
      body: { ok: true, data: { protocolVersion: PROTOCOL_VERSION, setupRequired: false } },
    });
    for (const path of [
      '/api/devices',
      '/api/requests',
      `/api/devices/${crypto.randomUUID()}`,
      `/api/requests/${crypto.randomUUID()}/screenshot`,
    ]) {
      expect(await t.http(path)).toEqual({
        status: 401,
        body: { ok: false, error: 'unauthorized' },
      });
      expect(await t.http(path, { token: 'not-a-real-token-but-long-enough' })).toEqual({
        status: 401,
        body: { ok: false, error: 'unauthorized' },
      });
    }
  });

  test('signs in with the right password only', async ({ t }) => {
    expect(
      (await t.http('/api/session', { body: { username: 'admin', password: 'wrong password' } }))
        .status,
    ).toBe(401);
    expect(
      (
        await t.http('/api/session', {
          body: { username: 'nobody', password: TEST_ADMIN_PASSWORD },
        })
      ).status,
    ).toBe(401);
    const token = await t.signIn();
    expect((await t.http<Device[]>('/api/devices', { token })).body).toEqual({
      ok: true,
      data: [],
    });
    expect((await t.http('/api/session', { method: 'DELETE', token })).status).toBe(200);
    expect((await t.http('/api/devices', { token })).status).toBe(401);
  });

  test('refuses a second first-start setup', async ({ t }) => {
    const result = await t.http('/api/setup', {
      body: { username: 'mallory', password: 'long enough password' },
    });
    expect(result).toEqual({ status: 409, body: { ok: false, error: 'already-set-up' } });
  });

  test('answers malformed, oversized and wrongly typed bodies with a clear code', async ({ t }) => {
    const raw = async (body: string, contentType = 'application/json') =>
      fetch(`${t.hub.url}/api/session`, {
        method: 'POST',
        headers: { 'content-type': contentType },
        body,
      });
    const malformed = await raw('{"username": ');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({ ok: false, error: 'invalid-payload' });
    const huge = await raw(JSON.stringify({ username: 'admin', password: 'x'.repeat(400_000) }));
    expect(huge.status).toBe(413);
    expect(await huge.json()).toEqual({ ok: false, error: 'too-large' });
    const wrongType = await raw('username=admin', 'application/x-www-form-urlencoded');
    expect(wrongType.status).toBe(415);
    expect(await wrongType.json()).toEqual({ ok: false, error: 'invalid-payload' });
    expect(
      (await t.http('/api/session', { body: { username: 'admin', password: 42 } })).body,
    ).toEqual({ ok: false, error: 'invalid-payload' });
    const token = await t.signIn();
    expect((await t.http('/api/devices/not-a-uuid', { token })).status).toBe(400);
    expect((await t.http('/api/requests?state=sleeping', { token })).status).toBe(400);
  });

  test('enrolls with a valid token only; enrolling the same computer again makes a new device', async ({
    t,
  }) => {
    const identity = { hostname: 'room-12-pc', uuid: '4c4c4544-0042-3510-8051-b7c04f4b4c31' };
    const bad = await t.http('/api/enroll', {
      body: { token: 'wrong-token-value', identity, protocolVersion: PROTOCOL_VERSION },
    });
    expect(bad).toEqual({ status: 401, body: { ok: false, error: 'invalid-token' } });

    const token = await t.signIn();
    // A blank room is no room: refused, rather than a room no advisor's scope could name.
    for (const room of ['', '   '])
      expect(
        (await t.http('/api/enrollment-tokens', { token, body: { room, maxUses: 2 } })).status,
      ).toBe(400);
    // Spaces around a room's name are dropped, so " 12 " is the room advisors cover as "12".
    const created = await t.http<{ token: string }>('/api/enrollment-tokens', {
      token,
      body: { room: ' 12 ', maxUses: 2 },
    });
    expect(created.status).toBe(201);
    if (!created.body.ok) throw new Error('token not created');
    const enrollToken = created.body.data.token;

    const first = await t.http<Enrolled>('/api/enroll', {
      body: { token: enrollToken, identity, protocolVersion: PROTOCOL_VERSION },
    });
    const again = await t.http<Enrolled>('/api/enroll', {
      body: { token: enrollToken, identity, protocolVersion: PROTOCOL_VERSION },
    });
    if (!first.body.ok || !again.body.ok) throw new Error('enrollment failed');
    // Saying "I am that computer" proves nothing: a new record, and the first keeps working.
    expect(again.body.data.deviceId).not.toBe(first.body.data.deviceId);
    await expect(t.connectAgent(first.body.data)).resolves.toBeTruthy();
    await expect(t.connectAgent(again.body.data)).resolves.toBeTruthy();

    const exhausted = await t.http('/api/enroll', {
      body: { token: enrollToken, identity: { hostname: 'x' }, protocolVersion: PROTOCOL_VERSION },
    });
    expect(exhausted.body).toEqual({ ok: false, error: 'invalid-token' });

    const devices = await t.http<Device[]>('/api/devices?search=room-12', { token });
    expect(devices.body.ok && devices.body.data.map((d) => [d.name, d.room])).toEqual([
      ['room-12-pc', '12'],
      ['room-12-pc', '12'],
    ]);
  });

  test('lets only coordinators create enrollment tokens', async ({ t }) => {
    const result = await t.http('/api/enrollment-tokens', { body: {} });
    expect(result.status).toBe(401);
  });

  test('makes an address wait after 5 wrong passwords for an account, without checking the next', async ({
    startHub,
  }) => {
    const clock = manualClock('2026-11-29T08:00:00Z');
    const guarded = await startHub({ clock });
    const signIn = (password: string, username = 'admin') =>
      guarded.http('/api/session', { body: { username, password } });
    for (let i = 0; i < 5; i++) expect((await signIn(`guess ${i}`)).status).toBe(401);
    // Even the right password is not checked now: a guesser learns nothing.
    expect(await signIn(TEST_ADMIN_PASSWORD)).toEqual({
      status: 429,
      body: { ok: false, error: 'rate-limited' },
    });
    clock.advance(1_000);
    expect((await signIn(TEST_ADMIN_PASSWORD)).status).toBe(201);
  });

  test('serves the console page with a strict content security policy', async ({ t }) => {
    const response = await fetch(`${t.hub.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await response.text()).toContain('<title>Handraise console</title>');
  });

  test('refuses arbitrary JSON bodies on every POST route exactly when the schema does, and stores nothing', async ({
    t,
  }) => {
    const token = await t.signIn();
    const routes: [string, z.ZodType, string?][] = [
      ['/api/session', sessionCreateSchema],
      ['/api/setup', setupSchema],
      ['/api/enroll', enrollSchema],
      ['/api/enrollment-tokens', enrollmentTokenCreateSchema],
      ['/api/software/policies', policyCreateSchema],
      ['/api/software/merges', titleMergeSchema],
      ['/api/software/splits', titleSplitSchema],
      ['/api/software/catalog', catalogImportSchema, 'PUT'],
      ['/api/software/os-lifecycle', osLifecycleImportSchema, 'PUT'],
      ['/api/tasks', taskCreateSchema],
      [`/api/tasks/${crypto.randomUUID()}`, taskUpdateSchema, 'PATCH'],
    ];
    const { db } = t.hub.database;
    const rows = async () =>
      Promise.all(
        (['users', 'devices', 'enrollment_tokens'] as const).map((table) => countRows(db, table)),
      );
    const before = await rows();
    const softwareRows = async () =>
      Promise.all(
        (
          [
            'software_policies',
            'software_catalog',
            'title_overrides',
            'software_documents',
            'update_tasks',
          ] as const
        ).map((table) => countRows(db, table)),
      );
    const softwareBefore = await softwareRows();
    for (const [path, schema, method] of routes) {
      await fc.assert(
        fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), async (body) => {
          fc.pre(!schema.safeParse(body).success);
          const result = await t.http(path, { body, token, ...(method ? { method } : {}) });
          expect(result).toEqual({ status: 400, body: { ok: false, error: 'invalid-payload' } });
        }),
        { numRuns: 60 },
      );
    }
    expect(await rows()).toEqual(before);
    expect(await softwareRows()).toEqual(softwareBefore);
  });

  test('opens a software title by its longest key, and answers unreadable paths in its own shape', async ({
    t,
    admin,
    agent,
  }) => {
    const longName = `district-${'educational-suite-'.repeat(9)}2024`;
    expect(longName.length).toBeGreaterThan(150);
    const sections = sampleSections({
      software: [{ name: longName, version: '1.0', source: 'dpkg', arch: 'amd64' }],
    });
    expect(await agent.emitWithAck('inventory:report', fullReport(sections))).toMatchObject({
      ok: true,
    });
    const keys = async () => {
      const list = await t.http<SoftwareTitleSummary[]>('/api/software', { token: admin });
      return list.body.ok ? list.body.data.map((title) => title.key) : [];
    };
    await expect.poll(keys).toContain(longName);
    const title = await t.http<{ key: string }>(`/api/software/${longName}`, { token: admin });
    expect(title.status).toBe(200);
    expect(title.body.ok && title.body.data.key).toBe(longName);

    // A parameter past any key's length, and paths that climb out of the page's folder: the API's
    // answer shape, and nothing of the path echoed back.
    const tooLong = `/api/users/${'k'.repeat(2_000)}`;
    for (const [method, path] of [
      ['GET', tooLong],
      ['DELETE', tooLong],
      ['GET', '/api//devices'],
      ['GET', '/%2e%2e/%2e%2e/etc/passwd'],
      ['GET', '/api/devices/../users'],
    ] as const) {
      const response = await fetch(`${t.hub.url}${path}`, { method });
      const answer = [response.status, await response.json()];
      expect(
        [
          [400, { ok: false, error: 'invalid-payload' }],
          [401, { ok: false, error: 'unauthorized' }],
          [404, { ok: false, error: 'not-found' }],
        ],
        `${method} ${path.slice(0, 40)}`,
      ).toContainEqual(answer);
    }
  });
});
