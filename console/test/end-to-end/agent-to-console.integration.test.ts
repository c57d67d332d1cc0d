// The real agent CLI, as a separate process, against a real hub, watched by a real console socket.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import type { Device, DeviceDetail, HelpRequest, HelpRequestDetail } from '@handraise/shared';
import { sharedHubTest } from '../../src/hub/testing/hub-test.ts';
import { TEST_ENROLL_TOKEN } from '../../src/hub/testing/test-hub.ts';
import { makePng } from '../../bench/simulation/png.ts';
import { decodeScreenshot } from '../../../agent/src/core/screenshot/decode.ts';
import { startXvfb } from '../../../agent/src/core/screenshot/testing/xvfb.ts';
import { runAgent } from '../support/processes.ts';
import { reapProcesses, tempDirs } from '../support/process-fixtures.ts';
import { countStoredPrograms } from '../../src/hub/testing/row-count.ts';

/** Installed packages as dpkg itself counts them (every package here is in state `ii`). */
function dpkgPackageCount(): number {
  const out = execFileSync('dpkg-query', ['-W', '-f=${db:Status-Abbrev}\n'], { encoding: 'utf8' });
  return out.split('\n').filter((line) => /^[ih]i/.test(line)).length;
}

/**
 * One hub and one agent data folder for the file: each test is the same computer's next step.
 * `live` is the coordinator's console socket and what it was pushed since the file began.
 */
const agentTest = sharedHubTest
  .extend('tempDir', { scope: 'file' }, tempDirs)
  .extend('reapProcesses', { auto: true }, reapProcesses)
  .extend('agentDir', { scope: 'file' }, async ({ tempDir }) => tempDir('handraise-agent-'))
  .extend('live', { scope: 'file' }, async ({ t, admin }) => {
    const socket = await t.connectConsole(admin);
    const devices: Device[] = [];
    const requests: HelpRequest[] = [];
    socket.on('device:updated', (d) => devices.push(d));
    socket.on('request:created', (r) => requests.push(r));
    return { socket, devices, requests };
  });

describe('agent to console, end to end', () => {
  agentTest(
    "enrolls with a token and the device appears live with this machine's real inventory",
    async ({ t, admin, agentDir, live }) => {
      const run = await runAgent([
        'run',
        '--hub',
        t.hub.url,
        '--token',
        TEST_ENROLL_TOKEN,
        '--once',
        '--data-dir',
        agentDir,
      ]);
      expect(run.stderr).not.toMatch(/"level":(50|60)/);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Inventory and requests delivered.');

      const expectedPackages = dpkgPackageCount();
      expect(expectedPackages).toBeGreaterThan(50);
      const pushed = live.devices.find((d) => d.softwareCount > 0);
      expect(pushed).toMatchObject({ name: hostname(), softwareCount: expectedPackages });

      const list = await live.socket.emitWithAck('devices:list', {});
      expect(list.ok && list.data).toHaveLength(1);
      const deviceId = list.ok ? list.data[0]!.id : '';
      const { body } = await t.http<DeviceDetail>(`/api/devices/${deviceId}`, { token: admin });
      if (!body.ok) throw new Error(body.error);
      expect(body.data.software).toHaveLength(expectedPackages);
      expect(body.data.softwareCount).toBe(expectedPackages);
      expect(body.data.software.every((s) => s.source === 'dpkg')).toBe(true);
      expect(body.data.os).toMatchObject({ platform: 'linux', hostname: hostname() });
      expect(body.data.hardware?.cpu.cores).toBe(cpus().length);
      // Every collector ran; the only notes name facts this machine lacks (no firmware tables, no
      // battery, no Wi-Fi…), each with its reason.
      for (const note of body.data.notes) {
        expect(note.collector).toMatch(/^(hardware|state)\/[a-z-]+$/);
        expect(note.error.length).toBeGreaterThan(0);
      }
      expect(body.data.lastInventoryAt).not.toBeNull();
    },
  );

  agentTest(
    'a second check-in with nothing changed stores nothing new',
    async ({ t, agentDir, live }) => {
      const before = live.devices.length;
      const run = await runAgent(['run', '--once', '--data-dir', agentDir]);
      expect(run.code).toBe(0);
      expect(await countStoredPrograms(t.hub.database.db)).toBe(dpkgPackageCount());
      // Connect and disconnect are pushed (online/offline); no inventory change is.
      expect(live.devices.slice(before).every((d) => d.softwareCount === dpkgPackageCount())).toBe(
        true,
      );
    },
  );

  agentTest(
    'a help request with a screenshot reaches the console live and is served back byte for byte',
    async ({ t, admin, agentDir, live }) => {
      const screenshot = makePng(320, 200);
      const file = join(agentDir, 'screen.png');
      writeFileSync(file, screenshot);
      const help = await runAgent([
        'help',
        'The projector says no signal',
        '--category',
        'sound-screen',
        '--screenshot',
        file,
        '--once',
        '--data-dir',
        agentDir,
      ]);
      expect(help.code).toBe(0);
      // The number people say aloud, once the hub has it.
      expect(help.stdout).toMatch(/Sent\. .*\(request #1\)/);

      expect(live.requests).toHaveLength(1);
      const pushed = live.requests[0]!;
      expect(pushed).toMatchObject({
        category: 'sound-screen',
        text: 'The projector says no signal',
        state: 'new',
        screenshot: { type: 'image/png', bytes: screenshot.length },
      });

      const served = await fetch(`${t.hub.url}/api/requests/${pushed.id}/screenshot`, {
        headers: { authorization: `Bearer ${admin}` },
      });
      expect(served.status).toBe(200);
      expect(served.headers.get('content-type')).toBe('image/png');
      expect(Buffer.from(await served.arrayBuffer()).equals(screenshot)).toBe(true);

      const { body } = await t.http<HelpRequestDetail>(`/api/requests/${pushed.id}`, {
        token: admin,
      });
      if (!body.ok) throw new Error(body.error);
      expect(body.data.snapshot?.os?.hostname).toBe(hostname());
      expect(body.data.snapshot?.hardware?.cpu.cores).toBe(cpus().length);
    },
  );

  agentTest(
    'help --screenshot-now captures the real display, blurs what was asked, and delivers it',
    async ({ t, admin, agentDir, live }) => {
      const screen = await startXvfb(1280, 800);
      try {
        execFileSync('xsetroot', ['-solid', '#336699'], {
          env: { ...process.env, DISPLAY: screen.display },
        });
        const before = live.requests.length;
        const help = await runAgent(
          [
            'help',
            'Look at my screen',
            '--screenshot-now',
            '--blur',
            '0,0,200,100',
            '--once',
            '--data-dir',
            agentDir,
          ],
          90_000,
          { DISPLAY: screen.display },
        );
        expect(help.code, help.stderr).toBe(0);
        const pushed = live.requests[before]!;
        expect(pushed.screenshot?.type).toBe('image/jpeg');
        const served = await fetch(`${t.hub.url}/api/requests/${pushed.id}/screenshot`, {
          headers: { authorization: `Bearer ${admin}` },
        });
        const image = decodeScreenshot({ bytes: new Uint8Array(await served.arrayBuffer()) });
        expect([image.width, image.height]).toEqual([1280, 800]);
        // The middle of the real display: the colour xsetroot painted, give or take JPEG rounding.
        const at = (x: number, y: number) => [
          ...image.data.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 3),
        ];
        const painted = [0x33, 0x66, 0x99];
        at(640, 400).forEach((channel, i) =>
          expect(Math.abs((channel ?? 0) - (painted[i] ?? 0))).toBeLessThanOrEqual(6),
        );
      } finally {
        await screen.stop();
      }
    },
  );

  agentTest(
    'refuses a screenshot that is not an image before anything is saved',
    async ({ agentDir }) => {
      const file = join(agentDir, 'notes.txt');
      writeFileSync(file, 'this is not a picture');
      const help = await runAgent([
        'help',
        'oops',
        '--screenshot',
        file,
        '--once',
        '--data-dir',
        agentDir,
      ]);
      expect(help.code).toBe(1);
      expect(help.stderr).toContain('JPEG, PNG or WebP');
      const status = await runAgent(['status', '--data-dir', agentDir]);
      expect(status.stdout).toContain('0 waiting to be sent, 2 delivered');
    },
  );
});
