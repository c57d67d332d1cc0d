// The agent service and a one-off `help --once` on the same data folder, as real processes against
// a real hub. The hub keeps one connection per device, so the command's connection ends the
// service's; the request still arrives once, and the service comes back online by itself.
import { describe, expect } from 'vitest';
import { hubTest } from '../support/hub-fixture.ts';
import type { Device } from '@handraise/shared';
import { AGENT_CLI, runAgent, startNode } from '../../../console/test/support/processes.ts';
import { enrollComputer, storedRequestCount } from '../support/hub-harness.ts';
import { until } from '../support/until.ts';

/** Longest wait for the service to be back, in ms: its first delay is 2 s ±50 %, the next 4 s. */
const BACK_ONLINE_MS = 30_000;

/** The connection states the service logged, in order. */
const statesIn = (log: string): string[] =>
  [...log.matchAll(/"state":"(\w+)"/g)].map((match) => match[1] ?? '');

describe('the service and a one-off help command sharing a data folder', () => {
  hubTest(
    'delivers the request once, and the service is online again afterwards',
    async ({ hub, api, tempDir }) => {
      const agentDir = tempDir('handraise-agent-');
      const { deviceId } = await enrollComputer(hub.url, agentDir, 'staff-room-pc');
      const online = async () => (await api<Device>(`/api/devices/${deviceId}`)).online;
      const service = startNode([AGENT_CLI, 'run', '--data-dir', agentDir], {
        HANDRAISE_LOG_LEVEL: 'info',
      });
      await service.waitForLine(/Handraise agent/);
      await until(online, 'the service to connect');

      const help = await runAgent([
        'help',
        'Mouse is not working',
        '--once',
        '--data-dir',
        agentDir,
      ]);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/Saved your request \([0-9a-f-]{36}\)/);

      // The command is gone: nobody but the service can hold the device's connection now. The hub
      // ended the service's connection for the command's, and the service connected again by itself.
      const serviceStates = () => statesIn(service.output().stderr);
      await until(
        async () => serviceStates().at(-1) === 'connected' && (await online()),
        'the service to be online again',
        BACK_ONLINE_MS,
      );
      expect(service.output().stderr).toContain('"detail":"io server disconnect"');
      expect(serviceStates().filter((state) => state === 'connected').length).toBeGreaterThan(1);

      const requests = await api<{ number: number; text: string }[]>(
        `/api/requests?deviceId=${deviceId}`,
      );
      expect(requests.map((r) => r.text)).toEqual(['Mouse is not working']);
      // The number it names is the one the console shows and people say aloud.
      expect(help.stdout).toContain(
        `Sent. Someone will look at it soon (request #${requests[0]!.number}).`,
      );
      expect(await storedRequestCount(hub)).toBe(1);
      expect((await runAgent(['status', '--data-dir', agentDir])).stdout).toContain(
        '0 waiting to be sent, 1 delivered',
      );

      service.child.kill('SIGTERM');
      expect((await service.finished).code).toBe(0);
    },
  );

  hubTest(
    'help --urgent marks the request as stopping the class and names its number',
    async ({ hub, api, tempDir }) => {
      const agentDir = tempDir('handraise-agent-');
      const { deviceId } = await enrollComputer(hub.url, agentDir, 'lab-pc-urgent');
      const help = await runAgent([
        'help',
        'Nobody can log in',
        '--urgent',
        '--once',
        '--data-dir',
        agentDir,
      ]);
      expect(help.code).toBe(0);
      const requests = await api<{ number: number; urgent: boolean; id: string }[]>(
        `/api/requests?deviceId=${deviceId}`,
      );
      expect(requests).toHaveLength(1);
      expect(requests[0]!.urgent).toBe(true);
      expect(help.stdout).toContain(`(request #${requests[0]!.number}).`);
      // People never have to read out the hub's internal id.
      expect(help.stdout).not.toContain(requests[0]!.id);
    },
  );
});
