// The launcher: what the service runs. It starts the current agent version and, while a new one
// is on trial, goes back to the previous version if the new one stops or does not connect to the
// hub in time. The rolled-back version then tells the hub what happened.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { compareSemver } from '@handraise/shared';
import { TRIAL_MARKER_ENV } from './connected-marker.ts';
import {
  agentExecutableName,
  connectedMarker,
  readInstallState,
  updateInstallState,
  versionDir,
  versionsDir,
  type InstallState,
} from './install-state.ts';
import { EXIT_FOR_UPDATE } from './updater.ts';

/** A new version must connect to the hub within this long, in ms, or the previous one returns. */
export const TRIAL_TIMEOUT_MS = 10 * 60_000;
/** How often the launcher looks for the connected marker, in ms. */
export const MARKER_POLL_MS = 1_000;
/** How long a stopped agent gets to finish before it is killed, in ms. */
export const STOP_GRACE_MS = 10_000;
/** Tells the agent where the install root is (where it stages updates). */
export const INSTALL_ROOT_ENV = 'HANDRAISE_INSTALL_ROOT';

export type Command = { file: string; args: string[] };

export type LauncherOptions = {
  installRoot: string;
  /** The version the installer put in place, run while nothing newer is staged. */
  installed: Command;
  /**
   * The installed version's own number. A package upgrade (a new MSI or deb) replaces the
   * installed program without touching `versions/`: when it is at least as new as the staged
   * version, it runs and the older staged builds are cleared.
   */
  installedVersion?: string;
  /** The arguments every staged version runs with (`service run`). */
  args: string[];
  env?: NodeJS.ProcessEnv;
  trialTimeoutMs?: number;
  markerPollMs?: number;
  stopGraceMs?: number;
  /** Stops the agent and the launcher (the service is stopping). */
  signal?: AbortSignal;
  logger: Logger;
};

type RunEnd =
  | { kind: 'exited'; code: number | null; connected: boolean }
  | { kind: 'silent' }
  | { kind: 'stopped' };

/** Resolves once the child has exited, with its code (null when a signal ended it). */
function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

async function stopChild(child: ChildProcess, graceMs: number): Promise<void> {
  const exited = exitOf(child);
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** Runs one process until it exits, fails its trial, or the launcher is told to stop. */
async function supervise(
  child: ChildProcess,
  marker: string | null,
  options: LauncherOptions,
  onConnected: () => void,
): Promise<RunEnd> {
  const exited = exitOf(child).then((code) => ({ kind: 'exited' as const, code }));
  const stopped = new Promise<{ kind: 'stopped' }>((resolve) => {
    if (options.signal?.aborted) resolve({ kind: 'stopped' });
    options.signal?.addEventListener('abort', () => resolve({ kind: 'stopped' }), { once: true });
  });
  let connected = marker === null;
  let poll: NodeJS.Timeout | undefined;
  const trialEnd = new Promise<{ kind: 'silent' } | { kind: 'connected' }>((resolve) => {
    if (marker === null) return;
    const deadline = Date.now() + (options.trialTimeoutMs ?? TRIAL_TIMEOUT_MS);
    poll = setInterval(() => {
      if (existsSync(marker)) resolve({ kind: 'connected' });
      else if (Date.now() >= deadline) resolve({ kind: 'silent' });
    }, options.markerPollMs ?? MARKER_POLL_MS);
  });
  try {
    let end = await Promise.race([exited, stopped, trialEnd]);
    if (end.kind === 'connected') {
      clearInterval(poll);
      connected = true;
      onConnected();
      end = await Promise.race([exited, stopped]);
    }
    if (end.kind === 'exited') return { ...end, connected };
    await stopChild(child, options.stopGraceMs ?? STOP_GRACE_MS);
    return end;
  } finally {
    clearInterval(poll);
  }
}

/** Goes back to the previous version and leaves the hub a report of why. */
function rollBack(installRoot: string, version: string, detail: string): InstallState {
  const state = updateInstallState(installRoot, (s) => ({
    current: s.previous,
    previous: null,
    trial: false,
    failed: [...s.failed.filter((v) => v !== version), version].slice(-50),
    unreported: { version, result: 'rolled-back', detail },
  }));
  rmSync(versionDir(installRoot, version), { recursive: true, force: true });
  return state;
}

/** Removes staged versions other than the current and the previous one (kept to roll back to). */
function pruneVersions(installRoot: string, state: InstallState): void {
  const keep = new Set([state.current, state.previous]);
  for (const entry of readdirSync(versionsDir(installRoot), { withFileTypes: true })) {
    if (entry.isDirectory() && !keep.has(entry.name))
      rmSync(join(versionsDir(installRoot), entry.name), { recursive: true, force: true });
  }
}

/**
 * When the installed program is at least as new as the staged current version, the staged ones
 * are stale (a package upgrade happened): forget them and run the installed program.
 */
function preferNewerInstall(options: LauncherOptions): void {
  const { installRoot, installedVersion } = options;
  if (!installedVersion) return;
  const state = readInstallState(installRoot);
  if (!state.current || compareSemver(installedVersion, state.current) < 0) return;
  options.logger.info(
    { installed: installedVersion, staged: state.current },
    'the installed agent is as new as the staged one; running the installed one',
  );
  const reset = updateInstallState(installRoot, (s) => ({
    ...s,
    current: null,
    previous: null,
    trial: false,
  }));
  if (existsSync(versionsDir(installRoot))) pruneVersions(installRoot, reset);
}

/**
 * Runs the agent until it exits for good or `signal` stops it; resolves the exit code to leave
 * with (the service manager restarts the launcher after a failure).
 */
export async function runLauncher(options: LauncherOptions): Promise<number> {
  const { installRoot, logger: log } = options;
  preferNewerInstall(options);
  for (;;) {
    if (options.signal?.aborted) return 0;
    const state = readInstallState(installRoot);
    const version = state.current;
    const command: Command = version
      ? { file: join(versionDir(installRoot, version), agentExecutableName()), args: options.args }
      : options.installed;
    if (version && !existsSync(command.file)) {
      log.error({ version }, 'the staged agent is missing; going back to the previous one');
      rollBack(installRoot, version, 'its files were missing');
      continue;
    }
    const marker = version && state.trial ? connectedMarker(installRoot, version) : null;
    if (marker) rmSync(marker, { force: true });
    log.info({ version: version ?? 'installed', trial: marker !== null }, 'starting the agent');
    const child = spawn(command.file, command.args, {
      stdio: 'inherit',
      env: {
        ...(options.env ?? process.env),
        [INSTALL_ROOT_ENV]: installRoot,
        ...(marker ? { [TRIAL_MARKER_ENV]: marker } : {}),
      },
    });
    child.on('error', (error) => log.error({ err: error }, 'the agent could not start'));
    const end = await supervise(child, marker, options, () => {
      // Connected: the trial is over, and only this version and the previous one stay on disk.
      const passed = updateInstallState(installRoot, (s) => ({ ...s, trial: false }));
      pruneVersions(installRoot, passed);
      log.info({ version }, 'the new agent connected; keeping it');
    });

    if (end.kind === 'stopped') return 0;
    if (end.kind === 'silent' && version) {
      log.warn({ version }, 'the new agent did not connect in time; rolling back');
      rollBack(installRoot, version, 'did not connect to the hub in time');
      continue;
    }
    if (end.kind === 'exited') {
      if (version && marker && !end.connected) {
        log.warn(
          { version, code: end.code },
          'the new agent stopped before connecting; rolling back',
        );
        rollBack(
          installRoot,
          version,
          `stopped (exit code ${end.code ?? 'none'}) before connecting`,
        );
        continue;
      }
      // Restart only into something new: an agent that says so without staging would spin.
      if (end.code === EXIT_FOR_UPDATE && readInstallState(installRoot).current !== version)
        continue;
      return end.code ?? 1;
    }
  }
}
