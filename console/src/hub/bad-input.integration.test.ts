// Every inbound event and body is parsed before it can reach storage: malformed, oversized and
// wrongly-typed payloads get `invalid-payload`, nothing is stored, and everyone else is still served.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  deviceIdPayloadSchema,
  deviceListPayloadSchema,
  helpCreateSchema,
  helpFeedbackSchema,
  helpListSchema,
  helpReplySchema,
  MAX_SCREENSHOT_BYTES,
  MAX_SOCKET_MESSAGE_BYTES,
  MAX_SOFTWARE_ITEMS,
  requestIdPayloadSchema,
  requestListPayloadSchema,
  requestMessageSchema,
} from '@handraise/shared';
import { incomingReportSchema } from './inflate-report.ts';
import { fullReport, sampleJpeg, sampleSections } from './testing/sample-inventory.ts';
import {
  startTestHub,
  type AgentClient,
  type ConsoleClient,
  type TestHub,
} from './testing/test-hub.ts';

/** What a value looks like after socket.io's JSON encoding, which is what the hub receives. */
const overTheWire = (value: unknown): unknown =>
  (JSON.parse(JSON.stringify([value])) as unknown[])[0];

const INVALID = { ok: false, error: 'invalid-payload' };

type Emitter = {
  emitWithAck(event: string, ...args: unknown[]): Promise<unknown>;
  emit(event: string, ...args: unknown[]): unknown;
};

const AGENT_EVENTS: [string, z.ZodType][] = [
  ['inventory:report', incomingReportSchema],
  ['help:create', helpCreateSchema],
  ['help:list', helpListSchema],
  ['help:reply', helpReplySchema],
  ['help:feedback', helpFeedbackSchema],
];
const CONSOLE_EVENTS: [string, z.ZodType][] = [
  ['devices:list', deviceListPayloadSchema],
  ['device:get', deviceIdPayloadSchema],
  ['device:request-inventory', deviceIdPayloadSchema],
  ['requests:list', requestListPayloadSchema],
  ['request:get', requestIdPayloadSchema],
  ['request:claim', requestIdPayloadSchema],
  ['request:message', requestMessageSchema],
  ['request:resolve', requestIdPayloadSchema],
];

const validHelp = () => ({
  idempotencyKey: crypto.randomUUID(),
  category: 'internet',
  text: 'The wifi keeps dropping',
  createdAt: new Date().toISOString(),
});

describe('bad input', () => {
  let t: TestHub;
  let agent: AgentClient;
  let consoleSocket: ConsoleClient;
  let deviceId: string;

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
    expect(await agent.emitWithAck('help:create', validHelp())).toMatchObject({ ok: true });
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

  for (const [event, schema] of [...AGENT_EVENTS, ...CONSOLE_EVENTS]) {
    it(`${event}: hand-picked bad payloads are refused and change nothing`, async () => {
      const socket = (AGENT_EVENTS.some(([e]) => e === event)
        ? agent
        : consoleSocket) as unknown as Emitter;
      const before = await storedRows();
      for (const payload of handPicked) {
        if (schema.safeParse(payload).success) continue;
        expect(
          await socket.emitWithAck(event, payload),
          JSON.stringify(payload).slice(0, 200),
        ).toEqual(INVALID);
      }
      // No payload at all, and extra arguments, are refused too.
      expect(await socket.emitWithAck(event)).toEqual(INVALID);
      expect(await socket.emitWithAck(event, {}, 'extra')).toEqual(INVALID);
      expect(await storedRows()).toEqual(before);
    });

    it(`${event}: arbitrary payloads are refused exactly when the schema refuses them`, async () => {
      const socket = (AGENT_EVENTS.some(([e]) => e === event)
        ? agent
        : consoleSocket) as unknown as Emitter;
      const before = await storedRows();
      await fc.assert(
        fc.asyncProperty(
          fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: false }),
          async (payload) => {
            const received = overTheWire(payload);
            const response = (await socket.emitWithAck(event, payload)) as { ok: boolean };
            if (schema.safeParse(received).success) expect(response.ok).toBe(true);
            else expect(response).toEqual(INVALID);
          },
        ),
        { numRuns: 150 },
      );
      if (AGENT_EVENTS.some(([e]) => e === event)) expect(await storedRows()).toEqual(before);
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
    const raw = agent as unknown as Emitter;
    raw.emit('help:create', { ...validHelp(), category: 'bogus' });
    raw.emit('help:create', validHelp());
    raw.emit('inventory:report', 'garbage');
    // An acknowledged round trip after them proves they were processed (in order) and dropped.
    expect(await consoleSocket.emitWithAck('devices:list', {})).toMatchObject({ ok: true });
    expect(await agent.emitWithAck('help:create', 42)).toEqual(INVALID);
    expect(await storedRows()).toEqual(before);
  });
});
