// One device flooding the hub with big inventory reports must not slow anyone else down: the
// reports past its allowance are refused before they are inflated, parsed or stored.
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect } from 'vitest';
import { MAX_SOFTWARE_ITEMS } from '@handraise/shared';
import { killAll, startNode as startProcess } from '../../test/support/processes.ts';
import { fullReport, mostSoftware, sampleSections } from './testing/sample-inventory.ts';
import { hubTest } from './testing/hub-test.ts';
import { nextEvent } from './testing/test-hub.ts';

/** How long the flood lasts, in ms: long enough for hundreds of status probes. */
const FLOOD_MS = 5_000;
/** What a person waiting on the console may notice, in ms. */
const STATUS_P99_BUDGET_MS = 250;
/** Bounds on the flooder's start (it builds a 20,000-item report) and on its run. */
const FLOODER_READY_MS = 30_000;
const FLOODER_DONE_MS = FLOOD_MS + 30_000;
/** Bound on judging 20,000 titles after the device's last allowed report. */
const JUDGED_MS = 30_000;

const FLOODING_AGENT = join(import.meta.dirname, 'testing', 'flooding-agent.ts');

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

/** `startNode(args)`: a Node process (the flooding agent) that never outlives its test. */
// eslint-disable-next-line no-empty-pattern -- vitest reads a fixture's needs from this pattern
const test = hubTest.extend('startNode', async ({}, { onCleanup }) => {
  onCleanup(killAll);
  return startProcess;
});

describe('a device flooding big inventory reports', () => {
  test('is refused before the hub reads a report, and GET /api/status stays fast meanwhile', async ({
    t,
    startNode,
  }) => {
    const device = await t.enroll('lab-pc-flooder');
    const coordinator = await t.connectConsole(await t.signIn());

    // What the device may send: the full report asked for at enrollment, then its allowance of
    // one unasked full report. Both are read and stored (or found unchanged).
    const agent = await t.connectAgent(device);
    const report = {
      encoding: 'gzip' as const,
      data: gzipSync(JSON.stringify(fullReport(sampleSections({ software: mostSoftware() })))),
    };
    const judged = nextEvent(coordinator, 'software:changed', JUDGED_MS);
    expect(await agent.emitWithAck('inventory:report', report)).toEqual({
      ok: true,
      data: { status: 'stored' },
    });
    expect(await agent.emitWithAck('inventory:report', report)).toEqual({
      ok: true,
      data: { status: 'unchanged' },
    });
    await judged;
    agent.disconnect();

    // The flood comes from another process, as from another machine: the hub's process does the
    // hub's work and the probing, nothing else.
    const flooder = startNode([
      FLOODING_AGENT,
      t.hub.url,
      device.deviceId,
      device.secret,
      `${FLOOD_MS}`,
    ]);
    await flooder.waitForLine(/^flooding$/m, FLOODER_READY_MS);
    const done = flooder.waitForLine(/^done (.*)$/m, FLOODER_DONE_MS);
    let flooding = true;
    void done.finally(() => (flooding = false));
    const latencies: number[] = [];
    while (flooding) {
      const started = performance.now();
      const { status } = await t.http('/api/status');
      latencies.push(performance.now() - started);
      expect(status).toBe(200);
    }
    const { sent, answers } = JSON.parse((await done)[1]!) as {
      sent: number;
      answers: Record<string, number>;
    };

    expect(sent).toBeGreaterThan(100);
    expect(answers).toEqual({ 'rate-limited': sent });
    expect(latencies.length).toBeGreaterThan(100);
    expect(percentile(latencies, 99)).toBeLessThan(STATUS_P99_BUDGET_MS);

    // What the hub holds is what it accepted before the flood.
    const detail = await t.http<{ softwareCount: number }>(`/api/devices/${device.deviceId}`, {
      token: await t.signIn(),
    });
    expect(detail.body).toMatchObject({ ok: true, data: { softwareCount: MAX_SOFTWARE_ITEMS } });
  });
});
