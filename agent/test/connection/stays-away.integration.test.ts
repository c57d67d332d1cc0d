// A computer the coordinator revoked or deleted stays away, against a real hub with real agent
// processes: the service stops, and started again (as a service manager does) it neither
// connects nor enrolls itself anew with the token it was configured with. `status` says why.
// A secret the hub merely no longer knows (`unauthorized`) still leads to one new enrollment.
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect } from 'vitest';
import {
  PROTOCOL_VERSION,
  type Ack,
  type Device,
  type DeviceIdentity,
  type Enrolled,
} from '@handraise/shared';
import { postJson, TEST_ENROLL_TOKEN } from '../../../console/src/hub/testing/test-hub.ts';
import { writeCredentials } from '../../src/core/credentials.ts';
import { startTrayRuntime } from '../../src/tray/help-desk-runtime.ts';
import { AGENT_CLI, startNode, type Finished } from '../../../console/test/support/processes.ts';
import { hubTest } from '../support/hub-fixture.ts';
import { enrollComputer } from '../support/hub-harness.ts';
import { until } from '../support/until.ts';

/** Longest a command may run here, in ms (then it is killed and the test fails). */
const COMMAND_LIMIT_MS = 60_000;
/** A token configured for the agent, as an installer leaves it. */
const WITH_TOKEN = { HANDRAISE_ENROLL_TOKEN: TEST_ENROLL_TOKEN };

const REVOKED =
  "The school's IT coordinator withdrew this computer's trust: requests cannot be sent from it until it is enrolled again.";
const RETIRED = "This computer was retired or removed by the school's IT coordinator";
const STAYS_AWAY = 'The agent does not connect again by itself.';

/** Enrolls a computer with this identity through the hub's API. */
function enrollWith(hubUrl: string, identity: DeviceIdentity): Promise<Enrolled> {
  return postJson<Enrolled>(`${hubUrl}/api/enroll`, {
    token: TEST_ENROLL_TOKEN,
    identity,
    protocolVersion: PROTOCOL_VERSION,
  });
}

/** The agent's command line to its end (bounded), with the configured token. */
async function agent(args: string[]): Promise<Finished> {
  const running = startNode([AGENT_CLI, ...args], WITH_TOKEN);
  const timer = setTimeout(() => running.child.kill('SIGKILL'), COMMAND_LIMIT_MS);
  try {
    return await running.finished;
  } finally {
    clearTimeout(timer);
  }
}

const stayAwayTest = hubTest.extend(
  'deviceIds',
  { scope: 'file' },
  async ({ api }) =>
    async () =>
      new Set((await api<Device[]>('/api/devices')).map((d) => d.id)),
);

describe('a computer turned away for good', () => {
  for (const [how, sentence] of [
    ['revoked', REVOKED],
    ['deleted', RETIRED],
  ] as const) {
    stayAwayTest(
      `${how}: the service stops and, started again, does not enroll itself anew`,
      // Seven agent processes one after another: each start compiles the agent's sources.
      { timeout: 3 * COMMAND_LIMIT_MS },
      async ({ hub, helper, api, tempDir, deviceIds }) => {
        const agentDir = tempDir('handraise-agent-');
        const { deviceId } = await enrollComputer(hub.url, agentDir, `${how}-pc`);
        const service = startNode([AGENT_CLI, 'run', '--data-dir', agentDir], WITH_TOKEN);
        await until(
          async () => (await api<Device>(`/api/devices/${deviceId}`)).online,
          'the service to connect',
        );
        if (how === 'revoked') {
          await api(`/api/devices/${deviceId}/revoke`, {});
        } else {
          const response = await fetch(`${hub.url}/api/privacy/devices/${deviceId}`, {
            method: 'DELETE',
            headers: { authorization: `Bearer ${helper.token}` },
          });
          expect(((await response.json()) as Ack<unknown>).ok).toBe(true);
        }
        const stopped = await service.finished;
        expect(stopped.code).toBe(2);
        expect(stopped.stderr).toContain(sentence);
        const before = await deviceIds();

        // Started again: it says why at once, without a word to the hub.
        const again = await agent(['run', '--data-dir', agentDir]);
        expect(again.code).toBe(2);
        expect(again.stderr).toContain(sentence);
        const once = await agent(['run', '--once', '--data-dir', agentDir]);
        expect(once.code).toBe(2);
        expect(await deviceIds()).toEqual(before);

        const status = await agent(['status', '--data-dir', agentDir]);
        expect(status.stdout).toContain(`Enrolled as device ${deviceId}`);
        expect(status.stdout).toMatch(/Refused by the hub on \d{4}-\d\d-\d\dT/);
        expect(status.stdout).toContain(sentence);
        expect(status.stdout).toContain(STAYS_AWAY);

        // The tray, running the core itself, says so too and stays away.
        const tray = startTrayRuntime({
          dataDir: agentDir,
          logger: pino({ level: 'silent' }),
          collect: () => Promise.reject(new Error('inventory is not part of this test')),
          snapshot: async () => ({}),
        });
        try {
          await tray.started;
          await until(() => tray.desk.connection() === 'refused', 'the tray to say it is refused');
        } finally {
          tray.close();
        }
        expect(await deviceIds()).toEqual(before);

        // Enrolled again on purpose, it is a new computer that reports, and the refusal is gone.
        const enrolled = await agent(['enroll', '--data-dir', agentDir]);
        expect(enrolled.code).toBe(0);
        const back = await agent(['run', '--once', '--data-dir', agentDir]);
        expect(back.code).toBe(0);
        const added = [...(await deviceIds())].filter((id) => !before.has(id));
        expect(added).toHaveLength(1);
        const after = await agent(['status', '--data-dir', agentDir]);
        expect(after.stdout).toContain(`Enrolled as device ${added[0]}`);
        expect(after.stdout).not.toContain('Refused by the hub');
      },
    );
  }

  stayAwayTest(
    'unauthorized: the service enrolls itself again once, and the refusal is cleared',
    async ({ hub, api, tempDir, deviceIds }) => {
      const agentDir = tempDir('handraise-agent-');
      const hardware = { uuid: '4C4C4544-0046-4810-8057-B3C04F385A49', hostname: 'lab-pc-9' };
      const old = await enrollWith(hub.url, { ...hardware, machineId: 'e'.repeat(32) });
      writeCredentials(join(agentDir, 'credentials.json'), {
        hub: hub.url,
        deviceId: old.deviceId,
        secret: old.secret,
      });
      // The computer was re-imaged and the coordinator links the new install to this record,
      // which retires its secret: to this agent, the hub no longer knows it (`unauthorized`).
      const reinstalled = await enrollWith(hub.url, { ...hardware, machineId: 'f'.repeat(32) });
      expect(
        await api<{ linked: number }>('/api/reinstalls/confirm', {
          deviceIds: [reinstalled.deviceId],
        }),
      ).toEqual({ linked: 1 });
      const before = await deviceIds();

      const service = startNode([AGENT_CLI, 'run', '--data-dir', agentDir], {
        ...WITH_TOKEN,
        HANDRAISE_LOG_LEVEL: 'info',
      });
      try {
        await service.waitForLine(/"detail":"unauthorized"/, COMMAND_LIMIT_MS / 2, 'stderr');
        await until(
          async () => {
            const added = [...(await deviceIds())].filter((id) => !before.has(id));
            return added.length === 1 && (await api<Device>(`/api/devices/${added[0]}`)).online;
          },
          'the agent to enroll again and connect',
          COMMAND_LIMIT_MS / 2,
        );
        const added = [...(await deviceIds())].filter((id) => !before.has(id));
        const status = await agent(['status', '--data-dir', agentDir]);
        expect(status.stdout).toContain(`Enrolled as device ${added[0]}`);
        expect(status.stdout).not.toContain('Refused by the hub');
        expect(await deviceIds()).toEqual(new Set([...before, ...added]));
        service.child.kill('SIGTERM');
        expect((await service.finished).code).toBe(0);
      } finally {
        service.child.kill('SIGKILL');
      }
    },
  );
});
