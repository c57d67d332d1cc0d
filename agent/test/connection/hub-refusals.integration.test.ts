// What the command line says when the hub answers but will not take a request now: a computer
// whose record was retired, and a hub asking for fewer requests. Real processes, a real hub; the
// request stays in the outbox every time and goes once the hub takes it.
import { join } from 'node:path';
import { io } from 'socket.io-client';
import { describe, expect } from 'vitest';
import { hubTest } from '../support/hub-fixture.ts';
import {
  AGENT_NAMESPACE,
  HELP_RATE_LIMIT,
  PROTOCOL_VERSION,
  type Ack,
  type DeviceIdentity,
  type Enrolled,
  type HelpCreateResult,
} from '@handraise/shared';
import { TEST_ENROLL_TOKEN, whenConnected } from '../../../console/src/hub/testing/test-hub.ts';
import { AGENT_CLI, startNode } from '../../../console/test/support/processes.ts';
import { writeCredentials } from '../../src/core/credentials.ts';

/**
 * A `--timeout` far past the test's own: a command that waited for it instead of answering at
 * once would fail the test.
 */
const LONGER_THAN_THE_TEST_S = '600';
/** Longest a command may run here, in ms (then it is killed). */
const COMMAND_LIMIT_MS = 90_000;

const WITHDRAWN =
  "This computer's enrollment was withdrawn: ask your IT coordinator to enroll it again.";
const RETIRED =
  "This computer was retired or removed by the school's IT coordinator: requests cannot be sent from it.";
const BUSY = 'The hub is busy; your request is saved and goes in a minute.';

/** The agent's command line, without an enrollment token from the tests' environment. */
function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const running = startNode([AGENT_CLI, ...args], env, { without: ['HANDRAISE_ENROLL_TOKEN'] });
  const timer = setTimeout(() => running.child.kill('SIGKILL'), COMMAND_LIMIT_MS);
  return running.finished.finally(() => clearTimeout(timer));
}

/** The hub's REST API as a coordinator, and computers enrolled on it: this file's fixtures. */
const refusalTest = hubTest
  .extend(
    'enroll',
    { scope: 'file' },
    async ({ api }) =>
      (identity: DeviceIdentity) =>
        api<Enrolled>('/api/enroll', {
          token: TEST_ENROLL_TOKEN,
          identity,
          protocolVersion: PROTOCOL_VERSION,
        }),
  )
  /** A computer enrolled with `identity`, its credentials where the agent in `dir` keeps them. */
  .extend(
    'enrolledComputer',
    { scope: 'file' },
    async ({ hub, enroll }) =>
      async (dir: string, identity: DeviceIdentity): Promise<Enrolled> => {
        const enrolled = await enroll(identity);
        writeCredentials(join(dir, 'credentials.json'), {
          hub: hub.url,
          deviceId: enrolled.deviceId,
          secret: enrolled.secret,
        });
        return enrolled;
      },
  )
  .extend(
    'requestTexts',
    { scope: 'file' },
    async ({ api }) =>
      async (deviceId: string) =>
        (await api<{ text: string }[]>(`/api/requests?deviceId=${deviceId}`)).map((r) => r.text),
  );

describe('the hub answers, but not with yes', () => {
  refusalTest(
    'says at once that the enrollment was withdrawn, keeps the request, and sends it once enrolled again',
    async ({ api, tempDir, enroll, enrolledComputer, requestTexts }) => {
      const agentDir = tempDir('handraise-agent-');
      const hardware = { uuid: '4C4C4544-0046-4810-8057-B3C04F385A41', hostname: 'library-pc' };
      const old = await enrolledComputer(agentDir, { ...hardware, machineId: 'a'.repeat(32) });
      // The computer is re-imaged elsewhere and the coordinator links the new install to this
      // record, which retires it and its secret.
      const reinstalled = await enroll({ ...hardware, machineId: 'b'.repeat(32) });
      expect(
        await api<{ linked: number }>('/api/reinstalls/confirm', {
          deviceIds: [reinstalled.deviceId],
        }),
      ).toEqual({ linked: 1 });

      const help = await cli([
        'help',
        'The scanner is not found',
        '--once',
        '--timeout',
        LONGER_THAN_THE_TEST_S,
        '--data-dir',
        agentDir,
      ]);
      expect(help.code).toBe(2);
      expect(help.stdout).toContain(WITHDRAWN);
      expect(help.stdout).not.toContain('school network');

      const run = await cli([
        'run',
        '--once',
        '--timeout',
        LONGER_THAN_THE_TEST_S,
        '--data-dir',
        agentDir,
      ]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(WITHDRAWN);
      // Nothing reached the hub under the retired record, and nothing was lost.
      expect(await requestTexts(old.deviceId)).toEqual([]);
      expect((await cli(['status', '--data-dir', agentDir])).stdout).toContain(
        '1 waiting to be sent, 0 delivered',
      );

      // Enrolled again, the computer sends what waited.
      const tokenless = await cli(['enroll', '--data-dir', agentDir]);
      expect(tokenless.code).toBe(1);
      expect(tokenless.stderr).toContain(
        'enrolling this computer again takes an enrollment token (--token-file FILE)',
      );
      const env = { HANDRAISE_ENROLL_TOKEN: TEST_ENROLL_TOKEN };
      const enrolled = await startNode([AGENT_CLI, 'enroll', '--data-dir', agentDir], env).finished;
      expect(enrolled.stdout).toContain('Enrolled.');
      const again = await cli(['run', '--once', '--data-dir', agentDir]);
      expect(again.code).toBe(0);
      const device = /device ([0-9a-f-]{36})/.exec(again.stdout)?.[1] ?? '';
      expect(device).not.toBe(old.deviceId);
      expect(await requestTexts(device)).toEqual(['The scanner is not found']);
    },
  );

  refusalTest(
    'with a token at hand, `run --once` enrolls again by itself and finishes at once',
    async ({ api, tempDir, enroll, enrolledComputer, requestTexts }) => {
      const agentDir = tempDir('handraise-agent-');
      const hardware = { uuid: '4C4C4544-0046-4810-8057-B3C04F385A42', hostname: 'office-pc' };
      const old = await enrolledComputer(agentDir, { ...hardware, machineId: 'c'.repeat(32) });
      const reinstalled = await enroll({ ...hardware, machineId: 'd'.repeat(32) });
      expect(
        await api<{ linked: number }>('/api/reinstalls/confirm', {
          deviceIds: [reinstalled.deviceId],
        }),
      ).toEqual({ linked: 1 });
      const saved = await cli([
        'help',
        'The projector is blank',
        '--once',
        '--timeout',
        LONGER_THAN_THE_TEST_S,
        '--data-dir',
        agentDir,
      ]);
      expect(saved.code).toBe(2);
      const before = new Set((await api<{ id: string }[]>('/api/devices')).map((d) => d.id));

      // The stored secret is refused; the token in the environment enrolls the computer again, and
      // the command goes on with the new enrollment instead of waiting out its timeout.
      const env = { HANDRAISE_ENROLL_TOKEN: TEST_ENROLL_TOKEN };
      const run = await startNode(
        [AGENT_CLI, 'run', '--once', '--timeout', LONGER_THAN_THE_TEST_S, '--data-dir', agentDir],
        env,
      ).finished;
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Inventory and requests delivered.');
      const added = (await api<{ id: string }[]>('/api/devices')).filter((d) => !before.has(d.id));
      expect(added).toHaveLength(1);
      expect(added[0]!.id).not.toBe(old.deviceId);
      expect(await requestTexts(added[0]!.id)).toEqual(['The projector is blank']);
    },
  );

  refusalTest(
    'says a retired computer cannot send requests, never that its request goes later',
    async ({ api, tempDir, enrolledComputer }) => {
      const agentDir = tempDir('handraise-agent-');
      const computer = await enrolledComputer(agentDir, { hostname: 'old-art-pc' });
      await api('/api/devices/bulk/retire', { deviceIds: [computer.deviceId] });
      const help = await cli(['help', 'The tablet is slow', '--once', '--data-dir', agentDir]);
      expect(help.code).toBe(2);
      expect(help.stdout).toContain(RETIRED);
      expect(help.stdout).toContain('cannot be sent from it: ask for help from another computer');
      expect(help.stdout).not.toContain('goes as soon as');
    },
  );

  refusalTest(
    'says the hub is busy when it asks for fewer requests, and keeps the request',
    async ({ hub, tempDir, enrolledComputer, requestTexts }) => {
      const agentDir = tempDir('handraise-agent-');
      const computer = await enrolledComputer(agentDir, { hostname: 'music-room-pc' });
      // The device already sent as many requests as the hub takes in a minute.
      const earlier = await whenConnected(
        io(`${hub.url}${AGENT_NAMESPACE}`, {
          auth: { ...computer, agentVersion: 'test' },
          reconnection: false,
          transports: ['websocket'],
        }),
      );
      for (let i = 0; i < HELP_RATE_LIMIT.requests; i++) {
        const ack = (await earlier.emitWithAck('help:create', {
          idempotencyKey: crypto.randomUUID(),
          category: 'other',
          text: `request ${i}`,
          createdAt: new Date().toISOString(),
        })) as Ack<HelpCreateResult>;
        expect(ack.ok).toBe(true);
      }
      earlier.disconnect();

      // Without --once, the first answer is enough: the service sends it later.
      const help = await cli([
        'help',
        'The keyboard types twice',
        '--timeout',
        LONGER_THAN_THE_TEST_S,
        '--data-dir',
        agentDir,
      ]);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(BUSY);
      // With --once it keeps trying until its deadline, then says why it is not sent.
      const once = await cli([
        'help',
        'The mouse is stuck',
        '--once',
        '--timeout',
        '2',
        '--data-dir',
        agentDir,
      ]);
      expect(once.code).toBe(3);
      expect(once.stdout).toContain(BUSY);
      expect(once.stdout).not.toContain('school network');
      expect((await cli(['status', '--data-dir', agentDir])).stdout).toContain(
        '2 waiting to be sent, 0 delivered',
      );
      expect(await requestTexts(computer.deviceId)).toHaveLength(HELP_RATE_LIMIT.requests);
    },
  );
});
