// The real agent CLI, as a separate process, against a real hub, watched by a real console socket.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Device, DeviceDetail, HelpRequest, HelpRequestDetail } from '@handraise/shared';
import {
  startTestHub,
  TEST_ENROLL_TOKEN,
  type ConsoleClient,
  type TestHub,
} from '../../src/hub/testing/test-hub.ts';
import { makePng } from '../../bench/simulation/png.ts';
import { decodeScreenshot } from '../../../agent/src/core/screenshot/decode.ts';
import { startXvfb } from '../../../agent/src/core/screenshot/testing/xvfb.ts';
import { killAll, runAgent } from '../support/processes.ts';

/** Installed packages as dpkg itself counts them (every package here is in state `ii`). */
function dpkgPackageCount(): number {
  const out = execFileSync('dpkg-query', ['-W', '-f=${db:Status-Abbrev}\n'], { encoding: 'utf8' });
  return out.split('\n').filter((line) => /^[ih]i/.test(line)).length;
}

describe('agent to console, end to end', () => {
  let t: TestHub;
  let consoleSocket: ConsoleClient;
  let token: string;
  const agentDir = mkdtempSync(join(tmpdir(), 'handraise-agent-'));
  const devicePushes: Device[] = [];
  const requestPushes: HelpRequest[] = [];

  beforeAll(async () => {
    t = await startTestHub();
    token = await t.signIn();
    consoleSocket = await t.connectConsole(token);
    consoleSocket.on('device:updated', (d) => devicePushes.push(d));
    consoleSocket.on('request:created', (r) => requestPushes.push(r));
  });
  afterEach(killAll);
  afterAll(async () => {
    await t.close();
    rmSync(agentDir, { recursive: true, force: true });
  });

  it("enrolls with a token and the device appears live with this machine's real inventory", async () => {
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
    const pushed = devicePushes.find((d) => d.softwareCount > 0);
    expect(pushed).toMatchObject({ name: hostname(), softwareCount: expectedPackages });

    const list = await consoleSocket.emitWithAck('devices:list', {});
    expect(list.ok && list.data).toHaveLength(1);
    const deviceId = list.ok ? list.data[0]!.id : '';
    const { body } = await t.http<DeviceDetail>(`/api/devices/${deviceId}`, { token });
    if (!body.ok) throw new Error(body.error);
    expect(body.data.software).toHaveLength(expectedPackages);
    expect(body.data.softwareCount).toBe(expectedPackages);
    expect(body.data.software.every((s) => s.source === 'dpkg')).toBe(true);
    expect(body.data.os).toMatchObject({ platform: 'linux', hostname: hostname() });
    expect(body.data.hardware?.cpu.cores).toBe(cpus().length);
    expect(body.data.notes).toEqual([]);
    expect(body.data.lastInventoryAt).not.toBeNull();
  });

  it('a second check-in with nothing changed stores nothing new', async () => {
    const before = devicePushes.length;
    const run = await runAgent(['run', '--once', '--data-dir', agentDir]);
    expect(run.code).toBe(0);
    const { db } = t.hub.database;
    const rows = await db
      .selectFrom('software')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(rows.n)).toBe(dpkgPackageCount());
    // Connect and disconnect are pushed (online/offline); no inventory change is.
    expect(devicePushes.slice(before).every((d) => d.softwareCount === dpkgPackageCount())).toBe(
      true,
    );
  });

  it('a help request with a screenshot reaches the console live and is served back byte for byte', async () => {
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
    expect(help.stdout).toMatch(/Sent\. .*request [0-9a-f-]{36}/);

    expect(requestPushes).toHaveLength(1);
    const live = requestPushes[0]!;
    expect(live).toMatchObject({
      category: 'sound-screen',
      text: 'The projector says no signal',
      state: 'new',
      screenshot: { type: 'image/png', bytes: screenshot.length },
    });

    const served = await fetch(`${t.hub.url}/api/requests/${live.id}/screenshot`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await served.arrayBuffer()).equals(screenshot)).toBe(true);

    const { body } = await t.http<HelpRequestDetail>(`/api/requests/${live.id}`, { token });
    if (!body.ok) throw new Error(body.error);
    expect(body.data.snapshot?.os?.hostname).toBe(hostname());
    expect(body.data.snapshot?.hardware?.cpu.cores).toBe(cpus().length);
  });

  it('help --screenshot-now captures the real display, blurs what was asked, and delivers it', async () => {
    const screen = await startXvfb(1280, 800);
    try {
      execFileSync('xsetroot', ['-solid', '#336699'], {
        env: { ...process.env, DISPLAY: screen.display },
      });
      const before = requestPushes.length;
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
      const live = requestPushes[before]!;
      expect(live.screenshot?.type).toBe('image/jpeg');
      const served = await fetch(`${t.hub.url}/api/requests/${live.id}/screenshot`, {
        headers: { authorization: `Bearer ${token}` },
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
  });

  it('refuses a screenshot that is not an image before anything is saved', async () => {
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
  });
});
