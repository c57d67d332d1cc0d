// The launcher with stand-in versions (real processes, no hub): a version on trial that never
// connects is stopped and rolled back; one that connects is kept; stopping the launcher stops it.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import {
  agentExecutableName,
  readInstallState,
  versionDir,
  writeInstallState,
} from '../../src/core/update/install-state.ts';
import { runLauncher } from '../../src/core/update/launcher.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function script(path: string, body: string): string {
  writeFileSync(path, `#!${process.execPath}\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

/** An install root with an installed version and `version` staged on trial. */
function installWithTrial(version: string, body: string) {
  const root = mkdtempSync(join(tmpdir(), 'handraise-launcher-'));
  roots.push(root);
  const ranInstalled = join(root, 'installed-ran');
  const installed = script(
    join(root, 'installed-agent'),
    `require('node:fs').writeFileSync(${JSON.stringify(ranInstalled)}, 'yes'); setInterval(() => {}, 1000);`,
  );
  mkdirSync(versionDir(root, version), { recursive: true });
  script(join(versionDir(root, version), agentExecutableName()), body);
  writeInstallState(root, {
    current: version,
    previous: null,
    trial: true,
    failed: [],
    unreported: null,
  });
  return { root, installed, ranInstalled };
}

function launch(root: string, installed: string, stop: AbortController, installedVersion?: string) {
  return runLauncher({
    installRoot: root,
    installed: { file: installed, args: [] },
    ...(installedVersion ? { installedVersion } : {}),
    args: [],
    trialTimeoutMs: 1_500,
    markerPollMs: 50,
    stopGraceMs: 1_000,
    signal: stop.signal,
    logger: pino({ level: 'silent' }),
  });
}

async function until(check: () => boolean): Promise<void> {
  for (let waited = 0; !check(); waited += 50) {
    if (waited > 20_000) throw new Error('gave up waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('the launcher', () => {
  it('rolls back a version that never connects, and leaves the hub a report', async () => {
    const { root, installed, ranInstalled } = installWithTrial(
      '2.0.0',
      'setInterval(() => {}, 1000);',
    );
    const stop = new AbortController();
    const running = launch(root, installed, stop);
    await until(() => existsSync(ranInstalled));
    expect(readInstallState(root)).toEqual({
      current: null,
      previous: null,
      trial: false,
      failed: ['2.0.0'],
      unreported: {
        version: '2.0.0',
        result: 'rolled-back',
        detail: 'did not connect to the hub in time',
      },
    });
    expect(existsSync(versionDir(root, '2.0.0'))).toBe(false);
    stop.abort();
    expect(await running).toBe(0);
  });

  it('keeps a version that connects, with the previous one to roll back to', async () => {
    const { root, installed, ranInstalled } = installWithTrial(
      '2.0.0',
      "require('node:fs').writeFileSync(process.env.HANDRAISE_UPDATE_TRIAL_MARKER, 'now'); setInterval(() => {}, 1000);",
    );
    const stop = new AbortController();
    const running = launch(root, installed, stop);
    await until(() => !readInstallState(root).trial);
    expect(readInstallState(root)).toMatchObject({ current: '2.0.0', trial: false, failed: [] });
    stop.abort();
    expect(await running).toBe(0);
    expect(existsSync(ranInstalled)).toBe(false);
  });

  it('passes on the exit code of a version that stopped by itself after its trial', async () => {
    const { root, installed } = installWithTrial(
      '2.0.0',
      "require('node:fs').writeFileSync(process.env.HANDRAISE_UPDATE_TRIAL_MARKER, 'now'); setTimeout(() => process.exit(7), 300);",
    );
    expect(await launch(root, installed, new AbortController())).toBe(7);
    expect(readInstallState(root)).toMatchObject({ current: '2.0.0', trial: false });
  });

  it('does not restart a version that asks for an update it never staged', async () => {
    const { root, installed } = installWithTrial(
      '2.0.0',
      "require('node:fs').writeFileSync(process.env.HANDRAISE_UPDATE_TRIAL_MARKER, 'now'); setTimeout(() => process.exit(75), 300);",
    );
    // Staged nothing new: the launcher leaves with the code instead of starting it again and again.
    expect(await launch(root, installed, new AbortController())).toBe(75);
    expect(readInstallState(root)).toMatchObject({ current: '2.0.0', trial: false });
  });

  it('runs a newer installed agent (a package upgrade) instead of an older staged one', async () => {
    const { root, installed, ranInstalled } = installWithTrial(
      '1.5.0',
      "require('node:fs').writeFileSync(process.env.HANDRAISE_UPDATE_TRIAL_MARKER, 'now'); setInterval(() => {}, 1000);",
    );
    writeInstallState(root, {
      current: '1.5.0',
      previous: '1.4.0',
      trial: false,
      failed: ['1.3.0'],
      unreported: null,
    });
    mkdirSync(versionDir(root, '1.4.0'), { recursive: true });
    const stop = new AbortController();
    const running = launch(root, installed, stop, '2.0.0');
    await until(() => existsSync(ranInstalled));
    expect(readInstallState(root)).toEqual({
      current: null,
      previous: null,
      trial: false,
      failed: ['1.3.0'],
      unreported: null,
    });
    expect(existsSync(versionDir(root, '1.5.0'))).toBe(false);
    expect(existsSync(versionDir(root, '1.4.0'))).toBe(false);
    stop.abort();
    expect(await running).toBe(0);
  });

  it('keeps running a staged version newer than the installed one', async () => {
    const { root, installed, ranInstalled } = installWithTrial(
      '1.5.0',
      "require('node:fs').writeFileSync(process.env.HANDRAISE_UPDATE_TRIAL_MARKER, 'now'); setInterval(() => {}, 1000);",
    );
    const stop = new AbortController();
    const running = launch(root, installed, stop, '0.1.0');
    await until(() => !readInstallState(root).trial);
    expect(readInstallState(root)).toMatchObject({ current: '1.5.0', trial: false });
    expect(existsSync(versionDir(root, '1.5.0'))).toBe(true);
    stop.abort();
    expect(await running).toBe(0);
    expect(existsSync(ranInstalled)).toBe(false);
  });
});
