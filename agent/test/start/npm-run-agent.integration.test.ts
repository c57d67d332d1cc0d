// `npm run agent` where Electron cannot run (no display): the headless service, said in one line.
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { killAll, startNode } from '../../../console/test/support/processes.ts';
import { TEST_ENROLL_TOKEN } from '../../../console/src/hub/testing/test-hub.ts';
import { enrollComputer, startHub } from '../support/hub-harness.ts';

const START = join(import.meta.dirname, '..', '..', 'src', 'start.ts');

describe('npm run agent', () => {
  const dirs = [
    mkdtempSync(join(tmpdir(), 'handraise-hub-')),
    mkdtempSync(join(tmpdir(), 'handraise-agent-')),
  ];
  const [hubDir = '', agentDir = ''] = dirs;
  const cleanups: (() => unknown)[] = [];
  afterAll(async () => {
    killAll();
    for (const cleanup of cleanups) await cleanup();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it.runIf(process.platform === 'linux')(
    'runs the headless agent when there is no display',
    async () => {
      const hub = await startHub(hubDir);
      cleanups.push(() => hub.close());
      const { deviceId } = await enrollComputer(hub.url, agentDir, 'lab-pc-12');
      const run = startNode([START, '--data-dir', agentDir], { DISPLAY: '', WAYLAND_DISPLAY: '' });
      await run.waitForLine(/running the headless agent service instead/);
      await run.waitForLine(new RegExp(`device ${deviceId}, hub ${hub.url.replace(/\./g, '\\.')}`));
      const lines = run.output().stdout.trim().split('\n');
      expect(lines[0]).toBe(
        'The tray app cannot start here (no display); running the headless agent service instead.',
      );
      run.child.kill('SIGTERM');
      expect((await run.finished).code).toBe(0);
    },
  );

  it.runIf(process.platform === 'linux')(
    'enrolls from a private token file, which keeps the token off the command line',
    async () => {
      const ownHubDir = mkdtempSync(join(tmpdir(), 'handraise-hub-'));
      dirs.push(ownHubDir);
      const hub = await startHub(ownHubDir);
      cleanups.push(() => hub.close());
      const tokenFile = join(ownHubDir, 'enroll-token');
      writeFileSync(tokenFile, `${TEST_ENROLL_TOKEN}\n`, { mode: 0o600 });
      chmodSync(tokenFile, 0o600);
      const freshDir = join(agentDir, 'fresh');
      const run = startNode(
        [START, '--hub', hub.url, '--token-file', tokenFile, '--data-dir', freshDir],
        { DISPLAY: '', WAYLAND_DISPLAY: '' },
      );
      await run.waitForLine(/running the headless agent service instead/);
      await run.waitForLine(/device [0-9a-f-]{36}, hub /);
      expect(existsSync(join(freshDir, 'credentials.json'))).toBe(true);
      run.child.kill('SIGTERM');
      expect((await run.finished).code).toBe(0);
    },
  );
});
