// `npm run demo`: a hub and a simulated fleet that speaks the real protocol.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readImageSize, type Device, type HelpRequest } from '@handraise/shared';
import { DEMO_SCREEN_SIZE } from '../../bench/simulation/demo-screen.ts';
import { killAll, REPO_ROOT, startNode } from '../support/processes.ts';

describe('demo', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'handraise-demo-test-'));
  afterAll(() => {
    killAll();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts a hub with varied simulated computers and open requests', async () => {
    const demo = startNode([join(REPO_ROOT, 'console/bench/demo.ts')], {
      HANDRAISE_DEMO_DEVICES: '12',
      HANDRAISE_PORT: '0',
      HANDRAISE_DATA_DIR: dataDir,
    });
    const [, url] = await demo.waitForLine(
      /Open (http:\/\/127\.0\.0\.1:\d+) and sign in as admin \/ (\S+)/,
      60_000,
    );
    const password = /sign in as admin \/ (\S+)/.exec(demo.output().stdout)?.[1];
    const session = (await (
      await fetch(`${url}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password }),
      })
    ).json()) as { data: { token: string } };
    const get = async <T>(path: string) =>
      (
        (await (
          await fetch(`${url}${path}`, {
            headers: { authorization: `Bearer ${session.data.token}` },
          })
        ).json()) as { data: T }
      ).data;

    const devices = await get<Device[]>('/api/devices');
    expect(devices).toHaveLength(12);
    expect(devices.filter((d) => d.online)).toHaveLength(10);
    expect(new Set(devices.map((d) => d.os?.platform))).toEqual(
      new Set(['windows', 'macos', 'linux']),
    );
    expect(devices.every((d) => d.room && d.softwareCount > 0)).toBe(true);
    expect(devices.some((d) => d.updatesCount > 0)).toBe(true);

    const requests = await get<HelpRequest[]>('/api/requests');
    expect(requests).toHaveLength(5);
    const withPicture = requests.filter((r) => r.screenshot?.type === 'image/png');
    expect(withPicture).toHaveLength(4);
    // A drawn screen (desktop, window, error dialog), not a scrap of noise.
    const picture = await fetch(`${url}/api/requests/${withPicture[0]!.id}/screenshot`, {
      headers: { authorization: `Bearer ${session.data.token}` },
    });
    expect(readImageSize(new Uint8Array(await picture.arrayBuffer()))).toEqual(DEMO_SCREEN_SIZE);

    demo.child.kill('SIGTERM');
    expect((await demo.finished).code).toBe(0);
  });
});
