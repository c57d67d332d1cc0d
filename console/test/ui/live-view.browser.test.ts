// A computer's Live tab in Chromium on a real hub: opening it asks the computer's agent (an agent
// socket here) to stream; each sample moves the figures and the charts; the agent dropping shows
// the computer offline with its last figures; leaving the tab tells the agent to stop.
import { describe, expect } from 'vitest';
import type { LiveSample, LiveViewer } from '@handraise/shared';
import { liveSample } from '../../src/hub/testing/live-sample.ts';
import { manualClock } from '../../src/hub/testing/manual-clock.ts';
import type { AgentClient } from '../../src/hub/testing/test-hub.ts';
import { roomTokens } from '../support/room-tokens.ts';
import { consoleTest } from './support/console-fixture.ts';
import { checkView, LIVE_TIMEOUT_MS, signIn } from './support/console-page.ts';
import { connectSampleComputer } from './support/sample-computer.ts';

const clock = manualClock('2026-12-07T10:42:00Z');

/** Busy in a different way each time: the processor climbs, memory fills, the network wakes. */
function sampleNumber(n: number): LiveSample {
  const base = liveSample();
  return {
    ...base,
    cpu: { totalPercent: 10 + n * 15, perCorePercent: [5 + n * 10, 15 + n * 10] },
    memory: { ...base.memory, usedBytes: base.memory.usedBytes + n * 200 * 1024 ** 2 },
    network: base.network.map((i) => ({ ...i, receivedBytesPerSec: 100_000 * n })),
  };
}

const liveTest = consoleTest
  .override('hubOptions', { clock })
  .extend('admin', { scope: 'file' }, async ({ t }) => t.signIn())
  .extend('computer', { scope: 'file' }, async ({ t, admin }) => {
    const agent = await connectSampleComputer(
      t,
      'lab-pc-12',
      await roomTokens(t, admin)('Room 12'),
    );
    const told: LiveViewer[][] = [];
    agent.on('live:viewers', (viewers) => told.push(viewers));
    const { body } = await t.http<{ id: string }[]>('/api/devices', { token: admin });
    if (!body.ok) throw new Error(body.error);
    return { agent, told, deviceId: body.data[0]!.id };
  });

/** Sends a sample as the agent would, a sampling interval after the last on the hub's clock. */
async function send(agent: AgentClient, sample: LiveSample): Promise<void> {
  clock.advance(2_000);
  const ack = await agent.emitWithAck('live:sample', sample);
  if (!ack.ok || !ack.data.watched)
    throw new Error(`the hub did not take the sample: ${JSON.stringify(ack)}`);
}

describe('console UI: live device view', () => {
  liveTest(
    'streams figures into the charts while the tab is open, shows offline, and stops after',
    async ({ t, page, problems, computer }) => {
      await signIn(page, t.hub.url);
      await page.goto(`${t.hub.url}/#/devices/${computer.deviceId}`);
      await page.getByRole('heading', { level: 1, name: 'lab-pc-12' }).waitFor();
      expect(computer.told).toEqual([]);
      await page.getByRole('tab', { name: 'Live' }).click();
      await expect
        .poll(() => computer.told.at(-1)?.map((viewer) => viewer.as), { timeout: LIVE_TIMEOUT_MS })
        .toEqual(['coordinator']);
      const status = page.locator('.live-status');
      await expect.poll(() => status.textContent()).toContain('Asking the computer');

      const chart = page.locator('#live-usage').locator('xpath=../..').locator('figure');
      const cpuLine = () => page.locator('.line-primary path').first().getAttribute('d');
      await send(computer.agent, sampleNumber(1));
      await expect.poll(() => status.textContent()).toContain('Live, every 2 seconds');
      await send(computer.agent, sampleNumber(2));
      await expect.poll(() => chart.getAttribute('data-points')).toBe('2');
      const drawnAtTwo = await cpuLine();
      for (const n of [3, 4, 5]) await send(computer.agent, sampleNumber(n));
      await expect.poll(() => chart.getAttribute('data-points')).toBe('5');
      await expect.poll(cpuLine).not.toBe(drawnAtTwo);
      const tile = (label: string) =>
        page.locator('.tile', { hasText: label }).locator('.tile-value').textContent();
      expect(await tile('Processor')).toBe('85 %');
      expect(await tile('Signed in')).toBe('jlopez');
      await page.getByRole('cell', { name: 'chrome' }).first().waitFor();
      expect(await page.getByText("Handraise's own agent").textContent()).toContain('70 MiB');
      expect(await checkView(page, 'device-live')).toEqual([]);
      await page.setViewportSize({ width: 1024, height: 768 });
      expect(await checkView(page, 'device-live-1024')).toEqual([]);
      await page.setViewportSize({ width: 1440, height: 900 });

      // The agent drops: offline, with the last figures kept.
      computer.agent.disconnect();
      await expect
        .poll(() => status.textContent(), { timeout: LIVE_TIMEOUT_MS })
        .toContain('Offline: its agent disconnected');
      expect(await chart.getAttribute('data-points')).toBe('5');
      expect(await checkView(page, 'device-live-offline')).toEqual([]);

      // Back: the hub tells it again who watches, and figures resume.
      const heard = computer.told.length;
      computer.agent.connect();
      await expect.poll(() => computer.told.length, { timeout: LIVE_TIMEOUT_MS }).toBe(heard + 1);
      await send(computer.agent, sampleNumber(6));
      await expect.poll(() => chart.getAttribute('data-points')).toBe('6');

      // Leaving the tab stops the stream.
      await page.getByRole('tab', { name: 'Overview' }).click();
      await expect.poll(() => computer.told.at(-1), { timeout: LIVE_TIMEOUT_MS }).toEqual([]);
      expect(problems).toEqual([]);
    },
  );
});
