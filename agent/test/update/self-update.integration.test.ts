// Self-update end to end, with stand-in agent versions (real processes) under the real launcher
// and a real hub: a release signed with a key this computer does not trust is refused, a good one
// is applied and runs, a broken one is rolled back, and a tampered package is refused.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AgentRelease, AgentVersionsSummary, Enrolled } from '@handraise/shared';
import { startTestHub, type TestHub } from '../../../console/src/hub/testing/test-hub.ts';
import { RELEASE_MANIFEST_HEADER } from '../../../console/src/hub/releases/release-routes.ts';
import { readInstallState, versionDir } from '../../src/core/update/install-state.ts';
import { runLauncher } from '../../src/core/update/launcher.ts';
import { signPackage } from '../../src/core/update/release-command.ts';
import { generateReleaseKeys } from '../../src/core/update/release-signature.ts';
import { toPlatform } from '../../src/core/platform.ts';
import { STAND_IN_ENV, type StandInSettings } from './support/stand-in-agent.ts';

const STAND_IN = pathToFileURL(resolve(import.meta.dirname, 'support', 'stand-in-agent.ts')).href;
const PLATFORM = toPlatform(process.platform);
const ARCH = process.arch;
/** Bounded waits: every step here takes well under a second on an idle machine. */
const WAIT_MS = 30_000;

/** An executable stand-in: this Node runs it, whatever `node` the PATH has. */
function standInScript(body: string): string {
  return `#!${process.execPath} --disable-warning=ExperimentalWarning\n${body}\n`;
}
/** A version that connects and updates itself, like a real agent. */
const workingVersion = (version: string) =>
  standInScript(`import { runStandInAgent } from '${STAND_IN}';\nrunStandInAgent('${version}');`);
/** A version that crashes at start. */
const crashingVersion = standInScript('process.exit(3);');

async function until<T>(read: () => Promise<T> | T, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting; last: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

let t: TestHub;
let admin: string;
let work: string;
const schoolKey = generateReleaseKeys();
const stops: AbortController[] = [];
const launchers: Promise<number>[] = [];

async function publish(version: string, content: string): Promise<AgentRelease> {
  const packageFile = join(work, `handraise-agent-${version}`);
  const keyFile = join(work, `school-${version}.key`);
  writeFileSync(packageFile, content);
  writeFileSync(keyFile, schoolKey.privateKeyPem, { mode: 0o600 });
  const signed = readFileSync(
    await signPackage(packageFile, keyFile, { version, platform: PLATFORM, arch: ARCH }),
  );
  const response = await fetch(`${t.hub.url}/api/agent-releases`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${admin}`,
      'content-type': 'application/octet-stream',
      [RELEASE_MANIFEST_HEADER]: signed.toString('base64'),
    },
    body: readFileSync(packageFile),
  });
  const answer = (await response.json()) as { ok: boolean; data: AgentRelease };
  if (!answer.ok) throw new Error(`upload refused: ${JSON.stringify(answer)}`);
  return answer.data;
}

/** A computer with the installed version 1.0.0 under the launcher; keys as its installer set. */
async function computer(hostname: string, keys: string[]) {
  const enrolled: Enrolled = await t.enroll(hostname);
  const installRoot = mkdtempSync(join(work, 'install-'));
  const installed = join(installRoot, 'handraise-agent');
  writeFileSync(installed, workingVersion('1.0.0'));
  chmodSync(installed, 0o755);
  const settings: StandInSettings = { hub: t.hub.url, ...enrolled, keys };
  const stop = new AbortController();
  stops.push(stop);
  launchers.push(
    runLauncher({
      installRoot,
      installed: { file: installed, args: [] },
      args: [],
      env: { ...process.env, [STAND_IN_ENV]: JSON.stringify(settings) },
      trialTimeoutMs: 5_000,
      markerPollMs: 50,
      stopGraceMs: 2_000,
      signal: stop.signal,
      logger: pino({ level: 'silent' }),
    }),
  );
  return { deviceId: enrolled.deviceId, installRoot };
}

async function versionsSummary(): Promise<AgentVersionsSummary> {
  const answer = await t.http<AgentVersionsSummary>('/api/agent-versions', { token: admin });
  if (!answer.body.ok) throw new Error(answer.body.error);
  return answer.body.data;
}
const problemOf = async (deviceId: string) =>
  (await versionsSummary()).problems.find((p) => p.deviceId === deviceId);
const runningVersion = async (deviceId: string) =>
  (
    await t.hub.database.db
      .selectFrom('devices')
      .select(['agent_version', 'last_seen_at'])
      .where('id', '=', deviceId)
      .executeTakeFirstOrThrow()
  ).agent_version;
const outcomeOf = async (deviceId: string) =>
  (await t.hub.database.db
    .selectFrom('device_updates')
    .select(['outcome_version', 'outcome_result'])
    .where('device_id', '=', deviceId)
    .executeTakeFirst()) ?? null;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'handraise-update-'));
  t = await startTestHub();
  admin = await t.signIn();
  const saved = await t.http('/api/agent-updates/settings', {
    method: 'PUT',
    token: admin,
    // No school days: every minute is quiet, so the test never waits for the evening.
    body: {
      enabled: true,
      releaseKeys: [schoolKey.publicKey],
      schoolHours: { days: [], start: '07:30', end: '16:30' },
    },
  });
  if (!saved.body.ok) throw new Error(saved.body.error);
});
afterEach(async () => {
  for (const stop of stops.splice(0)) stop.abort();
  expect(await Promise.all(launchers.splice(0))).toSatisfy((codes: number[]) =>
    codes.every((code) => code === 0),
  );
});
afterAll(async () => {
  await t.close();
  rmSync(work, { recursive: true, force: true });
});

describe('agent self-update', () => {
  it('refuses a release signed with a key this computer does not trust: nothing staged, reported, not blocked', async () => {
    await publish('2.0.0', workingVersion('2.0.0'));
    const otherKey = generateReleaseKeys().publicKey;
    const pc = await computer('lab-untrusting', [otherKey]);

    const problem = await until(
      () => problemOf(pc.deviceId),
      (p) => p !== undefined,
    );
    expect(problem).toMatchObject({ version: '2.0.0', result: 'refused-signature' });
    const state = readInstallState(pc.installRoot);
    // Not marked failed: the signature did not check out, so the version it names is unproven.
    expect(state).toMatchObject({ current: null, trial: false, failed: [] });
    expect(existsSync(versionDir(pc.installRoot, '2.0.0'))).toBe(false);
    expect(await runningVersion(pc.deviceId)).toBe('1.0.0');
  });

  it('applies a good release, then rolls a broken one back to it and says so', async () => {
    const pc = await computer('lab-updating', [schoolKey.publicKey]);

    // 2.0.0 was published before: the installed 1.0.0 takes it, and 2.0.0 connects on trial.
    await until(
      () => outcomeOf(pc.deviceId),
      (o) => o?.outcome_result === 'installed',
    );
    expect(await outcomeOf(pc.deviceId)).toEqual({
      outcome_version: '2.0.0',
      outcome_result: 'installed',
    });
    await until(
      () => readInstallState(pc.installRoot),
      (s) => !s.trial,
    );
    expect(readInstallState(pc.installRoot)).toMatchObject({
      current: '2.0.0',
      previous: null,
      trial: false,
    });
    expect(await runningVersion(pc.deviceId)).toBe('2.0.0');

    // 3.0.0 crashes at start: the launcher goes back to 2.0.0, which reports the rollback.
    await publish('3.0.0', crashingVersion);
    const rolledBack = await until(
      () => problemOf(pc.deviceId),
      (p) => p?.result === 'rolled-back',
    );
    expect(rolledBack).toMatchObject({ version: '3.0.0' });
    expect(rolledBack?.detail).toContain('exit code 3');
    expect(readInstallState(pc.installRoot)).toMatchObject({
      current: '2.0.0',
      trial: false,
      failed: ['3.0.0'],
      unreported: null,
    });
    expect(existsSync(versionDir(pc.installRoot, '3.0.0'))).toBe(false);
    await until(
      () => runningVersion(pc.deviceId),
      (v) => v === '2.0.0',
    );
  });

  it('refuses a package changed on the hub after it was signed', async () => {
    const release = await publish('4.0.0', workingVersion('4.0.0'));
    // Someone with the hub's disk swaps the bytes (same length): the agent's hash check catches it.
    const stored = join(t.dataDir, 'agent-releases', `${release.id}.package`);
    const original = readFileSync(stored);
    writeFileSync(stored, Buffer.from(original.toString('utf8').replace("'4.0.0'", "'6.6.6'")));
    const pc = await computer('lab-tampered', [schoolKey.publicKey]);

    const problem = await until(
      () => problemOf(pc.deviceId),
      (p) => p !== undefined,
    );
    expect(problem).toMatchObject({ version: '4.0.0', result: 'refused-hash' });
    expect(readInstallState(pc.installRoot)).toMatchObject({ current: null, failed: ['4.0.0'] });
    expect(existsSync(versionDir(pc.installRoot, '4.0.0'))).toBe(false);
  });

  it('reports a release whose program calls itself another version, and marks it not to fetch again', async () => {
    // Signed as 5.0.0, but the program inside says 4.9.0: the hub would offer 5.0.0 every night.
    await publish('5.0.0', workingVersion('4.9.0'));
    const pc = await computer('lab-mislabelled', [schoolKey.publicKey]);

    const problem = await until(
      () => problemOf(pc.deviceId),
      (p) => p !== undefined,
    );
    expect(problem).toMatchObject({
      version: '5.0.0',
      result: 'failed',
      detail: 'its program says it is 4.9.0',
    });
    const state = await until(
      () => readInstallState(pc.installRoot),
      (s) => !s.trial,
    );
    expect(state).toMatchObject({ current: '5.0.0', trial: false, failed: ['5.0.0'] });
    expect(await runningVersion(pc.deviceId)).toBe('4.9.0');
  });
});
