import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
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
  type Enrolled,
} from '@handraise/shared';
import { startTestHub, TEST_ADMIN_PASSWORD, type TestHub } from './testing/test-hub.ts';

describe('HTTP API', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub();
  });
  afterAll(() => t.close());

  it('reports status without authentication, and nothing else', async () => {
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

  it('signs in with the right password only', async () => {
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

  it('refuses a second first-start setup', async () => {
    const result = await t.http('/api/setup', {
      body: { username: 'mallory', password: 'long enough password' },
    });
    expect(result).toEqual({ status: 409, body: { ok: false, error: 'already-set-up' } });
  });

  it('answers malformed, oversized and wrongly typed bodies with a clear code', async () => {
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

  it('enrolls with a valid token only; enrolling the same computer again makes a new device', async () => {
    const identity = { hostname: 'room-12-pc', uuid: '4c4c4544-0042-3510-8051-b7c04f4b4c31' };
    const bad = await t.http('/api/enroll', {
      body: { token: 'wrong-token-value', identity, protocolVersion: PROTOCOL_VERSION },
    });
    expect(bad).toEqual({ status: 401, body: { ok: false, error: 'invalid-token' } });

    const token = await t.signIn();
    const created = await t.http<{ token: string }>('/api/enrollment-tokens', {
      token,
      body: { room: '12', maxUses: 2 },
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

  it('lets only coordinators create enrollment tokens', async () => {
    const result = await t.http('/api/enrollment-tokens', { body: {} });
    expect(result.status).toBe(401);
  });

  it('makes an address wait after 5 wrong passwords for an account, without checking the next', async () => {
    let now = Date.parse('2026-11-29T08:00:00Z');
    const guarded = await startTestHub({}, { clock: { now: () => new Date(now) } });
    try {
      const signIn = (password: string, username = 'admin') =>
        guarded.http('/api/session', { body: { username, password } });
      for (let i = 0; i < 5; i++) expect((await signIn(`guess ${i}`)).status).toBe(401);
      // Even the right password is not checked now: a guesser learns nothing.
      expect(await signIn(TEST_ADMIN_PASSWORD)).toEqual({
        status: 429,
        body: { ok: false, error: 'rate-limited' },
      });
      now += 1_000;
      expect((await signIn(TEST_ADMIN_PASSWORD)).status).toBe(201);
    } finally {
      await guarded.close();
    }
  });

  it('serves the console page with a strict content security policy', async () => {
    const response = await fetch(`${t.hub.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await response.text()).toContain('<title>Handraise console</title>');
  });

  it('refuses arbitrary JSON bodies on every POST route exactly when the schema does, and stores nothing', async () => {
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
        (['users', 'devices', 'enrollment_tokens'] as const).map(async (table) =>
          Number(
            (
              await db
                .selectFrom(table)
                .select((eb) => eb.fn.countAll<number>().as('n'))
                .executeTakeFirstOrThrow()
            ).n,
          ),
        ),
      );
    const before = await rows();
    const softwareRows = async () =>
      Promise.all(
        [
          'software_policies',
          'software_catalog',
          'title_overrides',
          'software_documents',
          'update_tasks',
        ].map(
          async (table) =>
            (await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(db))
              .rows[0]!.n,
        ),
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
});
