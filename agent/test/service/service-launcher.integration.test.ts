// The service's main process is the launcher (`launch -- service run`), as every definition runs
// it. A stop signal sent to it (systemd's KillMode=mixed, launchd, WinSW's Ctrl+C) must reach the
// agent, which closes its channel, and the launcher must leave with it: no agent is orphaned. An
// agent that dies is passed on as a failure, so the service manager restarts the service.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SERVICE_ARGS } from '../../src/core/service/service-definition.ts';
import { AGENT_CLI, startNode, type Running } from '../../../console/test/support/processes.ts';
import { until } from '../support/until.ts';

const dirs: string[] = [];
const running: Running[] = [];
afterEach(() => {
  for (const process of running.splice(0)) process.child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * The processes whose parent is `parent`: from /proc on Linux (no `ps` needed), else from POSIX
 * `ps` (macOS).
 */
function childrenOf(parent: number): number[] {
  if (existsSync('/proc/self/stat')) {
    const found: number[] = [];
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      } catch {
        continue; // gone meanwhile
      }
      // After the command's name in parentheses (which may hold spaces): state, then ppid.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === parent) found.push(Number(entry));
    }
    return found;
  }
  const table = execFileSync('ps', ['-A', '-o', 'pid=,ppid='], { encoding: 'utf8' });
  return table
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number))
    .filter(([pid, ppid]) => ppid === parent && pid !== undefined && !Number.isNaN(pid))
    .map(([pid]) => pid!);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The launcher running the service from sources, on a channel and data folder of its own. */
async function startLaunchedService() {
  const dir = mkdtempSync(join(tmpdir(), 'handraise-service-launch-'));
  dirs.push(dir);
  chmodSync(dir, 0o755);
  const socket = join(dir, 'run', 'agent.sock');
  const launcher = startNode([AGENT_CLI, ...SERVICE_ARGS, '--data-dir', join(dir, 'data')], {
    HANDRAISE_AGENT_SOCKET: socket,
    HANDRAISE_INSTALL_ROOT: join(dir, 'install'),
  });
  running.push(launcher);
  await launcher.waitForLine(/Handraise service/);
  const launcherPid = launcher.child.pid!;
  await until(
    () => childrenOf(launcherPid).length === 1,
    'the launcher to start the agent',
    20_000,
  );
  const [agentPid] = childrenOf(launcherPid);
  return { launcher, agentPid: agentPid!, socket };
}

describe.runIf(process.platform !== 'win32')('the service started through the launcher', () => {
  it('a stop signal to the launcher stops the agent, and both leave', async () => {
    const { launcher, agentPid, socket } = await startLaunchedService();
    expect(existsSync(socket)).toBe(true);
    launcher.child.kill('SIGTERM');
    const finished = await launcher.finished;
    expect(finished.code).toBe(0);
    expect(alive(agentPid)).toBe(false);
    // The agent closed its channel itself (a killed one leaves the socket file behind).
    expect(existsSync(socket)).toBe(false);
  });

  it('an agent that dies is the launcher’s failure too, so the service manager restarts it', async () => {
    const { launcher, agentPid } = await startLaunchedService();
    process.kill(agentPid, 'SIGKILL');
    const finished = await launcher.finished;
    expect(finished.code).not.toBe(0);
    expect(finished.code).not.toBeNull();
  });
});
