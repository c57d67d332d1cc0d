// Every inbound event and body is parsed before it can reach storage: malformed, oversized and
// wrongly-typed payloads get `invalid-payload`, nothing is stored, and everyone else is still served.
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { z } from 'zod';
import {
  agentEvents,
  consoleEvents,
  helpCreateSchema,
  MAX_SCREENSHOT_BYTES,
  MAX_SOCKET_MESSAGE_BYTES,
  MAX_SOFTWARE_ITEMS,
  type EventSpec,
} from '@handraise/shared';
import { createAdvisor } from './testing/advisor.ts';
import { fullReport, sampleJpeg, sampleSections } from './testing/sample-inventory.ts';
import { sharedHubTest } from './testing/hub-test.ts';
import {
  unchecked,
  type AgentClient,
  type ConsoleClient,
  type TestHub,
} from './testing/test-hub.ts';
import { countRows, countStoredPrograms } from './testing/row-count.ts';

/** What a value looks like after socket.io's JSON encoding, which is what the hub receives. */
const overTheWire = (value: unknown): unknown =>
  (JSON.parse(JSON.stringify([value])) as unknown[])[0];

const INVALID = { ok: false, error: 'invalid-payload' };
const FORBIDDEN = { ok: false, error: 'forbidden' };

/** Every event of both contract tables: adding one to a table adds it here. */
const EVENTS: { event: string; spec: EventSpec; from: 'agent' | 'console' }[] = [
  ...Object.entries(agentEvents).map(([event, spec]) => ({ event, spec, from: 'agent' as const })),
  ...Object.entries(consoleEvents).map(([event, spec]) => ({
    event,
    spec,
    from: 'console' as const,
  })),
];

const validHelp = () => ({
  idempotencyKey: crypto.randomUUID(),
  category: 'internet' as const,
  text: 'The wifi keeps dropping',
  createdAt: new Date().toISOString(),
});

/** How many rows each table that bad input could reach holds, and the device's stored OS. */
async function storedRows(t: TestHub, deviceId: string) {
  const { db } = t.hub.database;
  const count = (table: 'requests' | 'pending_updates' | 'screenshots' | 'request_events') =>
    countRows(db, table);
  const device = await db
    .selectFrom('devices')
    .select(['hash_os', 'os_json'])
    .where('id', '=', deviceId)
    .executeTakeFirstOrThrow();
  return {
    requests: await count('requests'),
    programs: await countStoredPrograms(db),
    updates: await count('pending_updates'),
    screenshots: await count('screenshots'),
    events: await count('request_events'),
    device,
  };
}

/**
 * One hub for the file, with a computer that has reported and raised a request, the coordinator's
 * console and an advisor's: what every event below is sent from, or sent about.
 */
const test = sharedHubTest
  // Hundreds of bad reports and samples from one device: the rate limits (tested on their own)
  // would answer them before their parse, which is what this suite looks at.
  .override('hubOptions', {
    limits: {
      inventoryReports: { requests: 10_000, windowMs: 60_000 },
      liveSamples: { requests: 10_000, windowMs: 60_000 },
    },
  })
  .extend('scene', { scope: 'file' }, async ({ t, admin }) => {
    const enrolled = await t.enroll();
    const agent = await t.connectAgent(enrolled);
    const consoleSocket = await t.connectConsole(admin);
    expect(await agent.emitWithAck('inventory:report', fullReport())).toEqual({
      ok: true,
      data: { status: 'stored' },
    });
    const created = await agent.emitWithAck('help:create', validHelp());
    if (!created.ok) throw new Error(created.error);
    const advisor = await createAdvisor(t, admin);
    return {
      t,
      agent,
      consoleSocket,
      advisor: advisor.user,
      advisorSocket: await t.connectConsole(advisor.token),
      deviceId: enrolled.deviceId,
      requestId: created.data.requestId,
      storedRows: () => storedRows(t, enrolled.deviceId),
    };
  });

describe('bad input', () => {
  const handPicked: unknown[] = [
    null,
    0,
    -1,
    '',
    'help:create',
    true,
    [],
    [1, 2, 3],
    {},
    { kind: 'full' },
    { deviceId: crypto.randomUUID() },
    { ...validHelp(), deviceId: crypto.randomUUID() },
    { ...validHelp(), category: 'teleport' },
    { ...validHelp(), idempotencyKey: 'not-a-uuid' },
    { ...validHelp(), createdAt: 'yesterday' },
    { ...validHelp(), text: 'x'.repeat(50_000) },
    { ...validHelp(), screenshot: 'aGVsbG8=' },
    { ...validHelp(), screenshot: Buffer.alloc(0) },
    {
      ...validHelp(),
      screenshot: Buffer.concat([sampleJpeg(16), Buffer.alloc(MAX_SCREENSHOT_BYTES)]),
    },
    { ...fullReport(), kind: 'delta', sections: { os: { platform: 'amiga' } } },
    { ...fullReport(), hashes: { os: 'nothex' } },
    { ...fullReport(), notes: 'none' },
    {
      ...fullReport(),
      sections: {
        ...sampleSections(),
        software: Array.from({ length: MAX_SOFTWARE_ITEMS + 1 }, (_, i) => ({
          name: `p${i}`,
          version: '1',
          source: 'dpkg',
        })),
      },
    },
    {
      ...fullReport(),
      sections: { ...sampleSections(), software: [{ name: '', version: '1', source: 'dpkg' }] },
    },
    {
      ...fullReport(),
      sections: {
        ...sampleSections(),
        software: [{ name: 'x', version: '1', source: 'dpkg', deviceId: 'someone-else' }],
      },
    },
    { state: 'sleeping' },
    { search: 42 },
    { deviceId: 'not-a-uuid' },
    { requestId: 12 },
  ];

  for (const { event, spec, from } of EVENTS) {
    const sender = (scene: { agent: AgentClient; consoleSocket: ConsoleClient }) =>
      unchecked(from === 'agent' ? scene.agent : scene.consoleSocket);

    test(`${event}: hand-picked bad payloads are refused and change nothing`, async ({ scene }) => {
      const { storedRows } = scene;
      const before = await storedRows();
      for (const payload of handPicked) {
        if (spec.schema.safeParse(payload).success) continue;
        expect(
          await sender(scene).emitWithAck(event, payload),
          JSON.stringify(payload).slice(0, 200),
        ).toEqual(INVALID);
      }
      // No payload at all, and extra arguments, are refused too.
      expect(await sender(scene).emitWithAck(event)).toEqual(INVALID);
      expect(await sender(scene).emitWithAck(event, {}, 'extra')).toEqual(INVALID);
      expect(await storedRows()).toEqual(before);
    });

    test(`${event}: arbitrary payloads are refused exactly when the schema refuses them`, async ({
      scene,
    }) => {
      const { storedRows } = scene;
      const before = await storedRows();
      await fc.assert(
        fc.asyncProperty(
          fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: false }),
          async (payload) => {
            const received = overTheWire(payload);
            const response = (await sender(scene).emitWithAck(event, payload)) as { ok: boolean };
            if (spec.schema.safeParse(received).success) expect(response.ok).toBe(true);
            else expect(response).toEqual(INVALID);
          },
        ),
        { numRuns: 150 },
      );
      if (from === 'agent') expect(await storedRows()).toEqual(before);
    });
  }

  /** A payload that passes the event's schema, from real ids: what a curious advisor would send. */
  const plausiblePayload = (
    schema: z.ZodType,
    {
      requestId,
      deviceId,
      advisor,
    }: { requestId: string; deviceId: string; advisor: { id: string } },
  ): unknown => {
    const known: Record<string, unknown> = {
      requestId,
      deviceId,
      assigneeId: advisor.id,
      onDuty: true,
      text: 'Let me take this one',
      note: 'Over to you',
    };
    if (!(schema instanceof z.ZodObject)) return {};
    return Object.fromEntries(
      Object.keys(schema.shape)
        .filter((key) => key in known)
        .map((key) => [key, known[key]]),
    );
  };

  const coordinatorsOnly = EVENTS.filter(
    ({ spec }) => spec.sentBy !== 'device' && !spec.sentBy.includes('advisor'),
  );

  test('the table keeps some events to coordinators', () => {
    expect(coordinatorsOnly.map(({ event }) => event)).toContain('request:assign');
  });

  for (const { event, spec } of coordinatorsOnly) {
    test(`${event}: an advisor is answered forbidden, even with a valid payload, and nothing changes`, async ({
      scene: { consoleSocket, advisorSocket, advisor, deviceId, requestId, storedRows },
    }) => {
      const payload = plausiblePayload(spec.schema, { requestId, deviceId, advisor });
      // A new coordinator's event with a field of its own needs a real value for it here.
      expect(
        spec.schema.safeParse(payload).error?.issues.map((issue) => issue.path.join('.')) ?? [],
        'fields plausiblePayload has no value for',
      ).toEqual([]);
      const before = await storedRows();
      const request = await consoleSocket.emitWithAck('request:get', { requestId });
      expect(await unchecked(advisorSocket).emitWithAck(event, payload)).toEqual(FORBIDDEN);
      for (const bad of handPicked.slice(0, 5))
        expect(await unchecked(advisorSocket).emitWithAck(event, bad)).toEqual(FORBIDDEN);
      expect(await storedRows()).toEqual(before);
      expect(await consoleSocket.emitWithAck('request:get', { requestId })).toEqual(request);
    });
  }

  test('near-miss help requests (one field mutated) are never stored', async ({
    scene: { agent, storedRows },
  }) => {
    const before = await storedRows();
    const field = fc.constantFrom(
      'idempotencyKey',
      'category',
      'text',
      'createdAt',
      'requester',
      'snapshot',
    );
    await fc.assert(
      fc.asyncProperty(
        field,
        fc.oneof(
          fc.integer(),
          fc.string({ maxLength: 5 }),
          fc.constant(null),
          fc.array(fc.integer()),
        ),
        async (key, value) => {
          const payload = { ...validHelp(), [key]: value };
          fc.pre(!helpCreateSchema.safeParse(overTheWire(payload)).success);
          expect(await agent.emitWithAck('help:create', payload)).toEqual(INVALID);
        },
      ),
      { numRuns: 100 },
    );
    expect(await storedRows()).toEqual(before);
  });

  test('a message over the size limit drops that socket only; the hub keeps serving everyone else', async ({
    scene: { t, agent, consoleSocket },
  }) => {
    const enrolled = await t.enroll('lab-pc-flooder');
    const flooder = await t.connectAgent(enrolled);
    const dropped = new Promise<string>((resolve) => flooder.once('disconnect', resolve));
    flooder.emit(
      'help:create',
      { ...validHelp(), screenshot: Buffer.alloc(MAX_SOCKET_MESSAGE_BYTES + 1024) },
      () => {},
    );
    expect(await dropped).toBe('transport close');
    expect(await agent.emitWithAck('help:create', validHelp())).toMatchObject({ ok: true });
    expect(await consoleSocket.emitWithAck('devices:list', {})).toMatchObject({ ok: true });
  });

  test('events sent without an acknowledgement callback are ignored', async ({
    scene: { agent, consoleSocket, storedRows },
  }) => {
    const before = await storedRows();
    const raw = unchecked(agent);
    raw.emit('help:create', { ...validHelp(), category: 'bogus' });
    raw.emit('help:create', validHelp());
    raw.emit('inventory:report', 'garbage');
    // An acknowledged round trip after them proves they were processed (in order) and dropped.
    expect(await consoleSocket.emitWithAck('devices:list', {})).toMatchObject({ ok: true });
    expect(await raw.emitWithAck('help:create', 42)).toEqual(INVALID);
    expect(await storedRows()).toEqual(before);
  });

  test('events a namespace does not have are answered `not-found` at once, and change nothing', async ({
    scene: { agent, consoleSocket, advisorSocket, storedRows },
  }) => {
    const before = await storedRows();
    const NOT_FOUND = { ok: false, error: 'not-found' };
    // The other namespace's events, an object's own property names, and a made-up one.
    expect(await unchecked(agent).emitWithAck('devices:list', {})).toEqual(NOT_FOUND);
    expect(await unchecked(advisorSocket).emitWithAck('help:create', validHelp())).toEqual(
      NOT_FOUND,
    );
    for (const event of ['constructor', '__proto__', 'toString', 'request:delete'])
      expect(await unchecked(consoleSocket).emitWithAck(event, {})).toEqual(NOT_FOUND);
    expect(await storedRows()).toEqual(before);
  });
});
