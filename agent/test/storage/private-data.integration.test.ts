// The real command line, started with the most permissive umask: whatever it creates in its data
// folder, whichever command creates it first, is the agent account's alone.
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Hub } from '../../../console/src/hub/create-hub.ts';
import { TEST_ENROLL_TOKEN } from '../../../console/src/hub/testing/test-hub.ts';
import { AGENT_CLI, killAll, startNode } from '../../../console/test/support/processes.ts';
import { startHub } from '../support/hub-harness.ts';
import { until } from '../support/until.ts';

/** Longest a command may run here, in ms. */
const COMMAND_TIMEOUT_MS = 90_000;

/** The agent CLI under `umask 000`: modes that come out right were set by the agent itself. */
function agentWithOpenUmask(args: string[]) {
  const running = startNode([AGENT_CLI, ...args], {}, { umask: 0 });
  const timer = setTimeout(() => running.child.kill('SIGKILL'), COMMAND_TIMEOUT_MS);
  void running.finished.then(() => clearTimeout(timer));
  return running;
}

/** Every file and folder under `dir` (`.` for itself): "folder 700", "file 644"… */
function modesUnder(dir: string): Record<string, string> {
  const describe = (path: string) => {
    const stats = statSync(path);
    return `${stats.isDirectory() ? 'folder' : 'file'} ${(stats.mode & 0o777).toString(8)}`;
  };
  const modes: Record<string, string> = { '.': describe(dir) };
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' }))
    modes[entry] = describe(join(dir, entry));
  return modes;
}

/** Owner-only folders and files, the only modes a private data folder holds. */
const PRIVATE = new Set(['folder 700', 'file 600']);

const looseIn = (modes: Record<string, string>) =>
  Object.fromEntries(Object.entries(modes).filter(([, mode]) => !PRIVATE.has(mode)));

describe.skipIf(process.platform === 'win32')('the data folder', () => {
  const dirs: string[] = [];
  const tempDir = (prefix: string) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
  let hub: Hub | undefined;
  afterEach(killAll);
  afterAll(async () => {
    await hub?.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('is private from the first command: `help` before enrollment', async () => {
    const dataDir = join(tempDir('handraise-agent-'), 'data');
    const help = agentWithOpenUmask(['help', 'The mouse does not work', '--data-dir', dataDir]);
    const finished = await help.finished;
    expect(finished.code).toBe(0);
    expect(finished.stdout).toContain('Saved your request');
    const modes = modesUnder(dataDir);
    expect(modes).toMatchObject({ '.': 'folder 700', 'agent.sqlite': 'file 600' });
    expect(looseIn(modes)).toEqual({});
  });

  it('stays private while the service runs: outbox and its journal, credentials, caches', async () => {
    hub = await startHub(tempDir('handraise-hub-'));
    const dataDir = join(tempDir('handraise-agent-'), 'data');
    const tokenFile = join(tempDir('handraise-token-'), 'token');
    writeFileSync(tokenFile, TEST_ENROLL_TOKEN, { mode: 0o600 });
    chmodSync(tokenFile, 0o600);
    const service = agentWithOpenUmask([
      'run',
      '--hub',
      hub.url,
      '--token-file',
      tokenFile,
      '--data-dir',
      dataDir,
    ]);
    const [, deviceId = ''] = await service.waitForLine(/device ([0-9a-f-]{36})/);
    const db = hub.database.db;
    // The first inventory is in: every collector has written what it keeps.
    await until(async () => {
      const row = await db
        .selectFrom('devices')
        .select('last_inventory_at')
        .where('id', '=', deviceId)
        .executeTakeFirst();
      return Boolean(row?.last_inventory_at);
    }, 'the first inventory');
    expect(existsSync(join(dataDir, 'agent.sqlite-wal'))).toBe(true);

    const modes = modesUnder(dataDir);
    expect(modes).toMatchObject({
      '.': 'folder 700',
      'agent.sqlite': 'file 600',
      'agent.sqlite-wal': 'file 600',
      'agent.sqlite-shm': 'file 600',
      'credentials.json': 'file 600',
    });
    expect(looseIn(modes)).toEqual({});
    service.child.kill('SIGTERM');
    expect((await service.finished).code).toBe(0);
  });
});
