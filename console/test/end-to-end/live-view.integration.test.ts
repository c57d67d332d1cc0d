// The live device view end to end: the real agent CLI as a separate process streams this
// machine's figures through a real hub to a console socket while it watches, and stops sampling
// when nobody does. A student advisor who is not helping on the computer is refused.
import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import type { LiveFigures } from '@handraise/shared';
import { sharedHubTest } from '../../src/hub/testing/hub-test.ts';
import { advisorConsole } from '../../src/hub/testing/school.ts';
import type { ConsoleClient } from '../../src/hub/testing/test-hub.ts';
import { AGENT_CLI, startNode, type Running } from '../support/processes.ts';
import { reapProcesses, tempDirs } from '../support/process-fixtures.ts';
import { roomTokens } from '../support/room-tokens.ts';

/** MemTotal and MemAvailable as the kernel says them now, in bytes. */
function meminfo(): { total: number; available: number } {
  const text = readFileSync('/proc/meminfo', 'utf8');
  const kib = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(text)?.[1]) * 1024;
  return { total: kib('MemTotal'), available: kib('MemAvailable') };
}

/** Times "live figures stopped" was logged by the agent so far. */
const stops = (agent: Running) =>
  agent
    .output()
    .stderr.split('\n')
    .filter((line) => line.includes('"msg":"live figures stopped"')).length;

/**
 * One hub for the file, the real agent running as a service enrolled into Room 12 (its device id
 * as the hub knows it), and the coordinator's console socket with the figures it was pushed.
 */
const liveTest = sharedHubTest
  .extend('tempDir', { scope: 'file' }, tempDirs)
  .extend('reapProcesses', { scope: 'file', auto: true }, reapProcesses)
  .extend('computer', { scope: 'file' }, async ({ t, admin, tempDir }) => {
    const token = await roomTokens(t, admin)('Room 12');
    const agent = startNode(
      [AGENT_CLI, 'run', '--hub', t.hub.url, '--data-dir', tempDir('handraise-live-')],
      { HANDRAISE_ENROLL_TOKEN: token, HANDRAISE_LOG_LEVEL: 'info' },
    );
    await agent.waitForLine(/"msg":"inventory reported"/, 60_000, 'stderr');
    const devices = await t.http<{ id: string }[]>('/api/devices', { token: admin });
    if (!devices.body.ok) throw new Error(devices.body.error);
    return { agent, deviceId: devices.body.data[0]!.id };
  })
  .extend('watcher', { scope: 'file' }, async ({ t, admin }) => {
    const socket: ConsoleClient = await t.connectConsole(admin);
    const figures: LiveFigures[] = [];
    socket.on('device:live', (f) => figures.push(f));
    return { socket, figures };
  });

describe('live device view, with the real agent', () => {
  liveTest(
    "streams this machine's real figures every 2 s while the coordinator watches, then stops",
    async ({ computer, watcher }) => {
      const { agent, deviceId } = computer;
      const stoppedBefore = stops(agent);
      const watched = await watcher.socket.emitWithAck('device:watch', { deviceId });
      expect(watched).toEqual({ ok: true, data: { online: true, intervalMs: 2_000 } });

      // At least three samples within 10 s of asking.
      await expect
        .poll(() => watcher.figures.filter((f) => f.deviceId === deviceId).length, {
          timeout: 10_000,
          interval: 100,
        })
        .toBeGreaterThanOrEqual(3);
      const latest = watcher.figures.at(-1)!;
      const kernel = meminfo();
      expect(latest.memory.totalBytes).toBe(kernel.total);
      expect(Math.abs(latest.memory.availableBytes - kernel.available)).toBeLessThan(
        kernel.total * 0.1,
      );
      expect(latest.cpu.perCorePercent.length).toBeGreaterThan(0);
      expect(latest.cpu.totalPercent).toBeGreaterThanOrEqual(0);
      expect(latest.cpu.totalPercent).toBeLessThanOrEqual(100);
      // The agent's own process is there, under its real pid, using memory.
      expect(latest.processes.agent).toMatchObject({ pid: agent.child.pid });
      expect(latest.processes.agent!.memoryBytes).toBeGreaterThan(10 * 1024 * 1024);
      expect(latest.processes.byMemory.length).toBeGreaterThan(0);
      const stat = (pid: number) => readFileSync(`/proc/${pid}/stat`, 'utf8');
      // The busiest processes are real ones (the list is read from the kernel, not invented).
      for (const p of latest.processes.byMemory.slice(0, 3))
        expect(stat(p.pid).startsWith(`${p.pid} (`)).toBe(true);
      expect(latest.uptimeSeconds).toBeGreaterThan(0);
      expect(latest.disks.some((d) => d.mount === '/')).toBe(true);
      // Two samples apart by about the interval, stamped by the hub.
      const [a, b] = watcher.figures.slice(-2).map((f) => Date.parse(f.at));
      expect(b! - a!).toBeGreaterThan(1_000);

      expect(await watcher.socket.emitWithAck('device:unwatch', { deviceId })).toEqual({
        ok: true,
        data: {},
      });
      await expect
        .poll(() => stops(agent), { timeout: 5_000, interval: 100 })
        .toBe(stoppedBefore + 1);
    },
  );

  liveTest(
    'stops sampling when the watching console drops without saying so',
    async ({ t, admin, computer }) => {
      const { agent, deviceId } = computer;
      const socket = await t.connectConsole(admin);
      const stoppedBefore = stops(agent);
      const got: LiveFigures[] = [];
      socket.on('device:live', (f) => got.push(f));
      expect((await socket.emitWithAck('device:watch', { deviceId })).ok).toBe(true);
      await expect.poll(() => got.length, { timeout: 5_000, interval: 100 }).toBeGreaterThan(0);
      socket.disconnect();
      await expect
        .poll(() => stops(agent), { timeout: 5_000, interval: 100 })
        .toBe(stoppedBefore + 1);
    },
  );

  liveTest(
    'refuses a student advisor of the room who is not helping on the computer',
    async ({ t, admin, computer }) => {
      const { agent, deviceId } = computer;
      const ana = await advisorConsole(t, admin, {
        username: 'ana',
        displayName: 'Ana Ruiz',
        advisorKind: 'student',
        scope: { sites: [], rooms: ['Room 12'] },
      });
      expect(await ana.socket.emitWithAck('device:watch', { deviceId })).toEqual({
        ok: false,
        error: 'forbidden',
      });
      // Nobody was asked to sample for her: when the coordinator then watches, the agent starts
      // for one viewer.
      const coordinator = await t.connectConsole(admin);
      expect((await coordinator.emitWithAck('device:watch', { deviceId })).ok).toBe(true);
      const started = await agent.waitForLine(
        /"viewers":(\d+),"msg":"live figures started"(?![\s\S]*live figures started)/,
        5_000,
        'stderr',
      );
      expect(started[1]).toBe('1');
      await coordinator.emitWithAck('device:unwatch', { deviceId });
      // Her refusal is no look at the computer.
      const log = await t.http<{ who: string; what: string }[]>(
        `/api/devices/${deviceId}/access-log`,
        { token: admin },
      );
      expect(log.body.ok && log.body.data.filter((line) => line.who === 'Ana Ruiz')).toEqual([]);
    },
  );
});
