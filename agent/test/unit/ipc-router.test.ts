import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS } from '../../src/ipc/channels.ts';
import type { TrayCalls } from '../../src/ipc/tray-api.ts';
import { createTrayApiClient, TrayCallError } from '../../src/ipc/tray-api-client.ts';
import { registerIpcHandlers } from '../../src/main/ipc-handlers.ts';
import { createIpcRouter } from '../../src/tray/ipc-router.ts';
import { TrayFailure } from '../../src/tray/tray-failure.ts';

const REQUEST_ID = '6f1c1c52-8f5e-4b1a-9a59-2f2b8d1f0c11';
const logger = pino({ level: 'silent' });

/** Calls that record what reached them. */
function recordingCalls(log: unknown[][]): TrayCalls {
  const record =
    (name: string, answer: unknown = null) =>
    async (...args: unknown[]) => {
      log.push([name, ...args]);
      return answer as never;
    };
  return {
    ask: record('ask', { key: 'k' }),
    reply: record('reply'),
    feedback: record('feedback'),
    listRequests: record('listRequests', []),
    connection: record('connection', 'online'),
    captureScreenshot: record('captureScreenshot'),
    blurScreenshot: async () => {
      throw new TrayFailure('not-found');
    },
    dropScreenshot: record('dropScreenshot'),
    aboutThisComputer: async () => {
      throw new Error('disk on fire: /home/student/secret.txt');
    },
    locale: record('locale', 'es'),
    quickFixes: record('quickFixes', [{ id: 'fix-1', text: 'Open tray 2' }]),
    fixWorked: record('fixWorked', undefined),
    whoLooked: record('whoLooked', []),
    requesterName: record('requesterName', 'Ana'),
    liveViewers: record('liveViewers', [{ who: 'Ana Ruiz', as: 'student' }]),
    helpDesk: async () => {
      throw new TrayFailure('unavailable');
    },
  };
}

describe('IPC router', () => {
  it('passes parsed arguments through and answers in the ack envelope', async () => {
    const log: unknown[][] = [];
    const router = createIpcRouter(recordingCalls(log), logger);
    expect(await router.dispatch('reply', [REQUEST_ID, 'thanks'])).toEqual({
      ok: true,
      data: null,
    });
    expect(await router.dispatch('feedback', [REQUEST_ID, true])).toEqual({ ok: true, data: null });
    expect(await router.dispatch('locale', [])).toEqual({ ok: true, data: 'es' });
    expect(log).toEqual([
      ['reply', REQUEST_ID, 'thanks'],
      ['feedback', REQUEST_ID, true],
      ['locale'],
    ]);
  });

  it('passes who asked (trimmed) and "my class is stopped" with a request', async () => {
    const log: unknown[][] = [];
    const router = createIpcRouter(recordingCalls(log), logger);
    const base = { category: 'printer', text: 'Paper jam', keepScreenshot: false };
    const asked = [
      { ...base, requester: '  Ana María ', urgent: true },
      // '' forgets the remembered name; left out, it stays as it is.
      { ...base, requester: '', urgent: false },
      base,
    ];
    for (const input of asked)
      expect(await router.dispatch('ask', [input])).toEqual({ ok: true, data: { key: 'k' } });
    expect(await router.dispatch('requesterName', [])).toEqual({ ok: true, data: 'Ana' });
    expect(log).toEqual([
      ['ask', { ...base, requester: 'Ana María', urgent: true }],
      ['ask', { ...base, requester: '', urgent: false }],
      ['ask', base],
      ['requesterName'],
    ]);
  });

  it('refuses bad arguments before any call runs', async () => {
    const log: unknown[][] = [];
    const router = createIpcRouter(recordingCalls(log), logger);
    const refused = { ok: false, error: 'invalid-payload' };
    expect(await router.dispatch('reply', [REQUEST_ID, '   '])).toEqual(refused);
    expect(await router.dispatch('feedback', [REQUEST_ID, 'yes'])).toEqual(refused);
    expect(await router.dispatch('ask', [{ category: 'app', text: 'x' }])).toEqual(refused);
    expect(
      await router.dispatch('ask', [
        { category: 'app', text: 'x', keepScreenshot: true, extra: 1 },
      ]),
    ).toEqual(refused);
    expect(await router.dispatch('blurScreenshot', [{ x: 0, y: 0, width: 0, height: 5 }])).toEqual(
      refused,
    );
    expect(await router.dispatch('connection', 'not a list')).toEqual(refused);
    // Who asked is one short line of text; "my class is stopped" a yes or no.
    const ask = { category: 'app', text: 'x', keepScreenshot: false };
    for (const requester of ['A'.repeat(41), 'Ana\nBen', 'Ana\u0000', 42, null])
      expect(await router.dispatch('ask', [{ ...ask, requester }])).toEqual(refused);
    for (const urgent of ['yes', 1, null])
      expect(await router.dispatch('ask', [{ ...ask, urgent }])).toEqual(refused);
    expect(await router.dispatch('requesterName', ['Ana'])).toEqual(refused);
    expect(await router.dispatch('helpDesk', [{}])).toEqual(refused);
    expect(log).toEqual([]);
  });

  it('turns failures into codes: its own code, else internal, never the exception text', async () => {
    const router = createIpcRouter(recordingCalls([]), logger);
    expect(await router.dispatch('blurScreenshot', [{ x: 0, y: 0, width: 5, height: 5 }])).toEqual({
      ok: false,
      error: 'not-found',
    });
    expect(await router.dispatch('aboutThisComputer', [])).toEqual({
      ok: false,
      error: 'internal',
    });
    expect(await router.dispatch('helpDesk', [])).toEqual({ ok: false, error: 'unavailable' });
  });

  it('reaches the window through the client: results as values, refusals as TrayCallError', async () => {
    const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
    let trusted = true;
    const remove = registerIpcHandlers(
      {
        handle: (channel, handler) => void handlers.set(channel, handler as never),
        removeHandler: (channel) => void handlers.delete(channel),
      },
      createIpcRouter(recordingCalls([]), logger),
      () => trusted,
    );
    expect([...handlers.keys()]).toEqual(Object.values(IPC_CHANNELS));
    const listeners = new Set<(payload: unknown) => void>();
    const api = createTrayApiClient({
      invoke: async (channel, args) => handlers.get(channel)?.({}, ...args),
      on: (_channel, listener) => {
        listeners.add(listener);
        return () => void listeners.delete(listener);
      },
    });
    expect(await api.connection()).toBe('online');
    await expect(api.blurScreenshot({ x: 0, y: 0, width: 5, height: 5 })).rejects.toEqual(
      new TrayCallError('not-found'),
    );
    trusted = false;
    await expect(api.listRequests()).rejects.toThrow('forbidden');

    const seen: unknown[] = [];
    const stop = api.onEvent((event) => seen.push(event));
    for (const listener of listeners) listener({ type: 'connection', connection: 'offline' });
    stop();
    expect(listeners.size).toBe(0);
    expect(seen).toEqual([{ type: 'connection', connection: 'offline' }]);
    remove();
    expect(handlers.size).toBe(0);
  });
});
