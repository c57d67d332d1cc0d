// A running agent whose computer the coordinator retires: against a real hub, it learns why before
// the hub ends its connection, says so (not that a newer connection took its place) and stops
// instead of coming back.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect, test } from 'vitest';
import { startTestHub } from '../../../console/src/hub/testing/test-hub.ts';
import { createHubClient, type HubClientState } from '../../src/core/hub-client.ts';
import { openOutbox } from '../../src/core/outbox.ts';

/** Longest wait for the agent to give up, in ms. */
const REFUSAL_TIMEOUT_MS = 10_000;

describe("a retired computer's running agent", () => {
  test('is told it was retired and stops, without reconnecting', async ({ onTestFinished }) => {
    const t = await startTestHub();
    onTestFinished(() => t.close());
    const admin = await t.signIn();
    const device = await t.enroll('old-lab-pc');
    const dir = mkdtempSync(join(tmpdir(), 'handraise-agent-'));
    const store = openOutbox(join(dir, 'agent.sqlite'));
    const logged: string[] = [];
    const states: [HubClientState, string | undefined][] = [];
    let announce: (state: HubClientState) => void = () => {};
    const client = createHubClient({
      credentials: { hub: t.hub.url, deviceId: device.deviceId, secret: device.secret },
      agentVersion: 'test',
      store,
      collect: () => Promise.reject(new Error('inventory is not part of this test')),
      logger: pino({ level: 'info' }, { write: (line: string) => logged.push(line) }),
      inventoryIntervalMs: 2 ** 31 - 1,
      reportOnConnect: false,
      // Quick enough that a wrong comeback would happen well within the test.
      reconnect: { delayMs: 50, maxDelayMs: 50, jitter: 0 },
      onStateChange: (state, detail) => {
        states.push([state, detail]);
        announce(state);
      },
    });
    onTestFinished(() => {
      client.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    });
    const reached = (wanted: HubClientState) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${wanted}`)), REFUSAL_TIMEOUT_MS);
        announce = (state) => {
          if (state !== wanted) return;
          clearTimeout(timer);
          resolve();
        };
      });

    const connected = reached('connected');
    client.start();
    await connected;
    const refused = reached('refused');
    const retired = await t.http('/api/devices/bulk/retire', {
      token: admin,
      body: { deviceIds: [device.deviceId] },
    });
    expect(retired.body).toEqual({ ok: true, data: { retired: 1 } });
    await refused;

    expect(states.slice(-1)).toEqual([['refused', 'device-retired']]);
    expect(states.map(([state]) => state)).not.toContain('disconnected');
    const text = logged.join('');
    expect(text).toContain('the hub turned this computer away for good');
    expect(text).not.toContain('for a newer one');
  });
});
