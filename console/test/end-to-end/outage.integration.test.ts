// Nothing a requester sends is lost: hub down, request raised, agent killed and restarted, hub back.
import { describe, expect } from 'vitest';
import type { HelpRequest } from '@handraise/shared';
import { TEST_ENROLL_TOKEN } from '../../src/hub/testing/test-hub.ts';
import { reapProcesses } from '../support/process-fixtures.ts';
import { AGENT_CLI, runAgent, startNode } from '../support/processes.ts';
import { restartableHubTest } from './support/restartable-hub.ts';

/** The hub on a port of its own, an agent data folder, and no agent process left after the test. */
const outageTest = restartableHubTest
  .extend('reapProcesses', { auto: true }, reapProcesses)
  .extend('agentDir', async ({ tempDir }) => tempDir('handraise-agent-'));

/** Bound on the saved request reaching the hub once it is back. */
const ARRIVAL_MS = 30_000;

describe('outage', () => {
  outageTest(
    'a request raised while the hub is down arrives exactly once after the agent is killed and restarted',
    async ({ hub, agentDir }) => {
      // Enroll while the hub is up, then take it down.
      await hub.start();
      expect(
        (
          await runAgent([
            'run',
            '--hub',
            hub.url,
            '--token',
            TEST_ENROLL_TOKEN,
            '--once',
            '--data-dir',
            agentDir,
          ])
        ).code,
      ).toBe(0);
      await hub.stop();

      // The request is raised while nothing answers: it is saved, and the command says so.
      const help = await runAgent([
        'help',
        'Cannot log in to the laptop cart computer',
        '--category',
        'sign-in',
        '--timeout',
        '2',
        '--data-dir',
        agentDir,
      ]);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain('it will be sent when the school network is back');
      const key = /Saved your request \(([0-9a-f-]{36})\)/.exec(help.stdout)?.[1];
      expect(key).toBeDefined();

      // The service starts, keeps failing to connect, and is killed without a chance to clean up.
      const first = startNode([AGENT_CLI, 'run', '--data-dir', agentDir], {
        HANDRAISE_LOG_LEVEL: 'info',
      });
      await first.waitForLine(/Handraise agent/);
      await first.waitForLine(/"state":"disconnected"/, 20_000, 'stderr');
      first.child.kill('SIGKILL');
      expect((await first.finished).signal).toBe('SIGKILL');

      // It is started again, and then the hub comes back.
      const second = startNode([AGENT_CLI, 'run', '--data-dir', agentDir]);
      await second.waitForLine(/Handraise agent/);
      await hub.start();
      const token = await hub.signIn();
      const requests = async () => {
        const list = await fetch(`${hub.url}/api/requests`, {
          headers: { authorization: `Bearer ${token}` },
        });
        return ((await list.json()) as { data: HelpRequest[] }).data;
      };
      // The list, not a console's push, is watched: the agent may well deliver before a console
      // could connect to the hub that just came back.
      await expect
        .poll(async () => (await requests()).length, { timeout: ARRIVAL_MS, interval: 100 })
        .toBe(1);
      const [arrived] = await requests();
      expect(arrived).toMatchObject({
        category: 'sign-in',
        text: 'Cannot log in to the laptop cart computer',
      });

      // The agent's own record agrees, and restarting it once more sends nothing again.
      second.child.kill('SIGTERM');
      expect((await second.finished).code).toBe(0);
      const status = await runAgent(['status', '--data-dir', agentDir]);
      expect(status.stdout).toContain('0 waiting to be sent, 1 delivered');
      expect((await runAgent(['run', '--once', '--data-dir', agentDir])).code).toBe(0);

      expect((await requests()).map((r) => r.id)).toEqual([arrived!.id]);
    },
  );
});
