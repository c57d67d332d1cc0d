// Every inbound event and body is parsed before it can reach storage: malformed, oversized and
// wrongly-typed payloads get `invalid-payload`, nothing is stored, and everyone else is still served.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  agentEvents,
  consoleEvents,
  helpCreateSchema,
  MAX_SCREENSHOT_BYTES,
  MAX_SOCKET_MESSAGE_BYTES,
  MAX_SOFTWARE_ITEMS,
  type EventSpec,
  type User,
} from '@handraise/shared';
import { createAdvisor } from './testing/advisor.ts';
import { fullReport, sampleJpeg, sampleSections } from './testing/sample-inventory.ts';
import {
  startTestHub,
  unchecked,
  type AgentClient,
  type ConsoleClient,
  type TestHub,
} from './testing/test-hub.ts';

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

describe('bad input', () => {
  let t: TestHub;
  let agent: AgentClient;
  let consoleSocket: ConsoleClient;
  let advisorSocket: ConsoleClient;
  let advisor: User;
  let deviceId: string;
  let requestId: string;

  const storedRows = async () => {
    const { db } = t.hub.database;
    const count = async (
      table: 'requests' | 'software' | 'pending_updates' | 'screenshots' | 'request_events',
    ) =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const device = await db
      .selectFrom('devices')
      .select(['hash_os', 'os_json'])
      .where('id', '=', deviceId)
      .executeTakeFirstOrThrow();
    return {
      requests: await count('requests'),
      software: await count('software'),
      updates: await count('pending_updates'),
      screenshots: await count('screenshots'),
      events: await count('request_events'),
      device,
    };
  };

  beforeAll(async () => {
    // Hundreds of bad reports from one device: the rate limit (tested on its own) would answer
    // them before their parse, which is what this suite looks at.
    t = await startTestHub(
      {},
      { limits: { inventoryReports: { requests: 10_000, windowMs: 60_000 } } },
    );
    const enrolled = await t.enroll();
    deviceId = enrolled.deviceId;
    agent = await t.connectAgent(enrolled);
    consoleSocket = await t.connectConsole(await t.signIn());
    expect(await agent.emitWithAck('inventory:report', fullReport())).toEqual({
      ok: true,
      data: { status: 'stored' },
    });
    const created = await agent.emitWithAck('help:create', validHelp());
    if (!created.ok) throw new Error(created.error);
    requestId = created.data.requestId;
    const made = await createAdvisor(t, await t.signIn());
    advisor = made.user;
    advisorSocket = await t.connectConsole(made.token);
  });
  afterAll(() => t.close());

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
    const sender = () => unchecked(from === 'agent' ? agent : consoleSocket);

    it(`${event}: hand-picked bad payloads are refused and change nothing`, async () => {
      const before = await storedRows();
      for (const payload of handPicked) {
        if (spec.schema.safeParse(payload).success) continue;
        expect(
          await sender().emitWithAck(event, payload),
          JSON.stringify(payload).slice(0, 200),
        ).toEqual(INVALID);
      }
      // No payload at all, and extra arguments, are refused too.
      expect(await sender().emitWithAck(event)).toEqual(INVALID);
      expect(await sender().emitWithAck(event, {}, 'extra')).toEqual(INVALID);
      expect(await storedRows()).toEqual(before);
    });

    it(`${event}: arbitrary payloads are refused exactly when the schema refuses them`, async () => {
      const before = await storedRows();
      await fc.assert(
        fc.asyncProperty(
          fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: false }),
          async (payload) => {
            const received = overTheWire(payload);
            const response = (await sender().emitWithAck(event, payload)) as { ok: boolean };
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
  const plausiblePayload = (schema: z.ZodType): unknown => {
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

  it('the table keeps some events to coordinators', () => {
    expect(coordinatorsOnly.map(({ event }) => event)).toContain('request:assign');
  });

  for (const { event, spec } of coordinatorsOnly) {
    it(`${event}: an advisor is answered forbidden, even with a valid payload, and nothing changes`, async () => {
      const payload = plausiblePayload(spec.schema);
      expect(spec.schema.safeParse(payload).success).toBe(true);
      const before = await storedRows();
      const request = await consoleSocket.emitWithAck('request:get', { requestId });
      expect(await unchecked(advisorSocket).emitWithAck(event, payload)).toEqual(FORBIDDEN);
      for (const bad of handPicked.slice(0, 5))
        expect(await unchecked(advisorSocket).emitWithAck(event, bad)).toEqual(FORBIDDEN);
      expect(await storedRows()).toEqual(before);
      expect(await consoleSocket.emitWithAck('request:get', { requestId })).toEqual(request);
    });
  }

  it('near-miss help requests (one field mutated) are never stored', async () => {
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

  it('a message over the size limit drops that socket only; the hub keeps serving everyone else', async () => {
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

  it('events sent without an acknowledgement callback are ignored', async () => {
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
});
