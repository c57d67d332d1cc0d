// Enrolling with the real command line against a real hub, the token taken from a private file,
// the environment or standard input rather than from the command line, where any local user reads it.
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { TEST_ENROLL_TOKEN } from '../../../console/src/hub/testing/test-hub.ts';
import { AGENT_CLI, startNode } from '../../../console/test/support/processes.ts';
import { hubTest } from '../support/hub-fixture.ts';

/** Longest a command may take here (enrollment is one HTTP request), in ms. */
const COMMAND_TIMEOUT_MS = 60_000;

/**
 * The agent's command line as its own process, with no token in the test's environment unless
 * given, and `input` on its standard input.
 */
function start(args: string[], options: { env?: NodeJS.ProcessEnv; input?: string } = {}) {
  const running = startNode([AGENT_CLI, ...args], options.env, {
    ...(options.input !== undefined ? { input: options.input } : {}),
    without: options.env?.HANDRAISE_ENROLL_TOKEN ? [] : ['HANDRAISE_ENROLL_TOKEN'],
  });
  const timer = setTimeout(() => running.child.kill('SIGKILL'), COMMAND_TIMEOUT_MS);
  void running.finished.then(() => clearTimeout(timer));
  return running;
}

const cli = (args: string[], options?: { env?: NodeJS.ProcessEnv; input?: string }) =>
  start(args, options).finished;

const enrolledIn = (dataDir: string) => existsSync(join(dataDir, 'credentials.json'));

/**
 * The hub fixtures, plus `deviceCount()`: how many computers the hub has enrolled, and
 * `tokenFile(token, mode?)`: a file holding `token`, private unless `mode` says otherwise.
 */
const tokenTest = hubTest
  .extend(
    'deviceCount',
    { scope: 'file' },
    async ({ hub }) =>
      async () =>
        Number(
          (
            await hub.database.db
              .selectFrom('devices')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        ),
  )
  .extend(
    'tokenFile',
    { scope: 'file' },
    async ({ tempDir }) =>
      (token: string, mode = 0o600): string => {
        const file = join(tempDir('handraise-token-'), 'enroll-token');
        writeFileSync(file, `${token}\n`, { mode });
        chmodSync(file, mode);
        return file;
      },
  );

describe('enrolling without the token on the command line', () => {
  tokenTest(
    '--help recommends a token file, the environment or standard input over --token',
    async () => {
      const help = await cli(['--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(
        'handraise-agent run [--hub URL] [--token-file FILE | --token -]',
      );
      expect(help.stdout).toContain('HANDRAISE_ENROLL_TOKEN');
      expect(help.stdout).toContain(
        '--token TOKEN works too, but any local user can read a command line while it runs.',
      );
    },
  );

  tokenTest(
    'runs the service enrolled from a private token file, which appears in no command line',
    async ({ hub, tempDir, tokenFile }) => {
      const dataDir = join(tempDir('handraise-agent-'), 'data');
      const file = tokenFile(TEST_ENROLL_TOKEN);
      const service = start(['run', '--hub', hub.url, '--token-file', file, '--data-dir', dataDir]);
      await service.waitForLine(/device [0-9a-f-]{36}, hub /);
      if (process.platform === 'linux') {
        const commandLine = readFileSync(`/proc/${service.child.pid}/cmdline`, 'utf8');
        expect(commandLine).toContain('--token-file');
        expect(commandLine).not.toContain(TEST_ENROLL_TOKEN);
      }
      service.child.kill('SIGTERM');
      expect((await service.finished).code).toBe(0);
      expect(enrolledIn(dataDir)).toBe(true);
      if (process.platform !== 'win32')
        expect(statSync(join(dataDir, 'credentials.json')).mode & 0o777).toBe(0o600);
    },
  );

  tokenTest(
    'enrolls with HANDRAISE_ENROLL_TOKEN, and with `--token -` from standard input',
    async ({ hub, tempDir }) => {
      const fromEnv = tempDir('handraise-agent-');
      const env = await cli(['enroll', '--hub', hub.url, '--data-dir', fromEnv], {
        env: { HANDRAISE_ENROLL_TOKEN: TEST_ENROLL_TOKEN },
      });
      expect([env.code, env.stdout]).toEqual([0, 'Enrolled.\n']);
      expect(enrolledIn(fromEnv)).toBe(true);

      const fromInput = tempDir('handraise-agent-');
      const input = await cli(
        ['enroll', '--hub', hub.url, '--token', '-', '--data-dir', fromInput],
        { input: `${TEST_ENROLL_TOKEN}\n` },
      );
      expect([input.code, input.stdout]).toEqual([0, 'Enrolled.\n']);
      expect(enrolledIn(fromInput)).toBe(true);
    },
  );

  tokenTest(
    'takes --token over --token-file over HANDRAISE_ENROLL_TOKEN over the config file',
    async ({ hub, tempDir, tokenFile }) => {
      const wrong = 'not-the-token-0000';
      const good = tokenFile(TEST_ENROLL_TOKEN);
      const bad = tokenFile(wrong);
      const enroll = (args: string[], env: NodeJS.ProcessEnv = {}) =>
        cli(['enroll', '--hub', hub.url, '--data-dir', tempDir('handraise-agent-'), ...args], {
          env,
        });

      // Each time the winner decides: the hub refuses the wrong token (exit 2), takes the right
      // one.
      expect((await enroll(['--token', wrong, '--token-file', good])).code).toBe(2);
      expect((await enroll(['--token', TEST_ENROLL_TOKEN, '--token-file', bad])).code).toBe(0);
      expect(
        (await enroll(['--token-file', bad], { HANDRAISE_ENROLL_TOKEN: TEST_ENROLL_TOKEN })).code,
      ).toBe(2);
      expect((await enroll(['--token-file', good], { HANDRAISE_ENROLL_TOKEN: wrong })).code).toBe(
        0,
      );
      const config = join(tempDir('handraise-config-'), 'agent.json');
      writeFileSync(config, JSON.stringify({ token: wrong }));
      expect(
        (await enroll(['--config', config], { HANDRAISE_ENROLL_TOKEN: TEST_ENROLL_TOKEN })).code,
      ).toBe(0);
      writeFileSync(config, JSON.stringify({ token: TEST_ENROLL_TOKEN }));
      expect((await enroll(['--config', config], { HANDRAISE_ENROLL_TOKEN: wrong })).code).toBe(2);
    },
  );

  tokenTest.skipIf(process.platform === 'win32')(
    'refuses a token file others can read, before asking the hub: nothing is enrolled',
    async ({ hub, tempDir, deviceCount, tokenFile }) => {
      const before = await deviceCount();
      const dataDir = tempDir('handraise-agent-');
      const shared = tokenFile(TEST_ENROLL_TOKEN, 0o644);
      const refused = await cli([
        'run',
        '--once',
        '--hub',
        hub.url,
        '--token-file',
        shared,
        '--data-dir',
        dataDir,
      ]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toBe(
        `handraise-agent: the token file ${shared} can be read or changed by other users (mode 0644); make it private first: chmod 600 ${shared}\n`,
      );
      expect(enrolledIn(dataDir)).toBe(false);
      expect(await deviceCount()).toBe(before);
    },
  );

  tokenTest(
    'a token the hub refuses enrolls nothing and stores nothing',
    async ({ hub, tempDir, deviceCount }) => {
      const before = await deviceCount();
      const dataDir = tempDir('handraise-agent-');
      const refused = await cli(
        ['enroll', '--hub', hub.url, '--token', '-', '--data-dir', dataDir],
        { input: 'guessed-token-1234\n' },
      );
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('the enrollment token was refused');
      expect(enrolledIn(dataDir)).toBe(false);
      expect(await deviceCount()).toBe(before);
    },
  );
});
