// The agent's side of self-update: asks the hub what is current at each connection, waits for a
// quiet time, stages a verified release, and hands over to the launcher to start it on trial.
import type { Logger } from 'pino';
import { compareSemver, type UpdateOffer, type UpdateOutcome } from '@handraise/shared';
import { readInstallState, updateInstallState } from './install-state.ts';
import { isSchoolTime, updateDelayMs } from './quiet-time.ts';
import { stageRelease, type StageDeps } from './stage-release.ts';

/** Computers spread their downloads over the first hour after school. */
export const DOWNLOAD_SPREAD_MS = 60 * 60_000;

/** The exit code that tells the launcher a new version is staged: start it, on trial. */
export const EXIT_FOR_UPDATE = 75;

export type UpdaterDeps = StageDeps & {
  /** The version this process runs. */
  version: string;
  platform: string;
  arch: string;
  /** Whether this process runs on trial (the launcher waits for it to connect). */
  onTrial: boolean;
  /** Sends `update:check`; null when the hub has nothing or cannot be asked now. */
  check: (running: {
    version: string;
    platform: string;
    arch: string;
  }) => Promise<UpdateOffer | null>;
  /** Sends `update:outcome`; resolves whether the hub took it. */
  report: (outcome: UpdateOutcome) => Promise<boolean>;
  /** A release is staged: stop this agent so the launcher starts it. */
  onStaged: () => void;
  now?: () => Date;
  random?: () => number;
  spreadMs?: number;
  logger: Logger;
};

/** Whether `offer` is one this computer should take now, else why not (logged). */
function reasonToSkip(offer: UpdateOffer, deps: UpdaterDeps): string | null {
  const state = readInstallState(deps.installRoot);
  const { manifest } = offer;
  if (state.trial) return 'a version on trial runs now';
  if (compareSemver(manifest.version, deps.version) <= 0) return 'not newer than this version';
  if (state.failed.includes(manifest.version)) return 'it failed here before';
  if (manifest.platform !== deps.platform || manifest.arch !== deps.arch)
    return 'built for another kind of computer';
  if (deps.keys.length === 0) return 'no release key is configured on this computer';
  return null;
}

export function createUpdater(deps: UpdaterDeps) {
  const now = deps.now ?? (() => new Date());
  const log = deps.logger;
  let timer: NodeJS.Timeout | undefined;
  let busy = false;
  let closed = false;
  let reportedTrial = false;

  /**
   * What this version on trial tells the hub. A package whose program calls itself another
   * version than its signed release did would be offered that release again every night: it
   * is reported and marked failed here instead, so it is not downloaded again.
   */
  function trialOutcome(): UpdateOutcome {
    const staged = readInstallState(deps.installRoot).current;
    if (!staged || staged === deps.version) return { version: deps.version, result: 'installed' };
    log.warn({ staged, runs: deps.version }, 'the staged release runs another version');
    updateInstallState(deps.installRoot, (state) => ({
      ...state,
      failed: [...state.failed.filter((v) => v !== staged), staged].slice(-50),
    }));
    return { version: staged, result: 'failed', detail: `its program says it is ${deps.version}` };
  }

  /** Sends the outcome the launcher left (a rollback), and this version's own once it connected. */
  async function reportPending(): Promise<void> {
    if (deps.onTrial && !reportedTrial) {
      if (await deps.report(trialOutcome())) reportedTrial = true;
    }
    const { unreported } = readInstallState(deps.installRoot);
    if (unreported && (await deps.report(unreported)))
      updateInstallState(deps.installRoot, (state) => ({ ...state, unreported: null }));
  }

  async function install(offer: UpdateOffer): Promise<void> {
    if (closed || busy) return;
    if (isSchoolTime(now(), offer.schoolHours)) {
      schedule(offer);
      return;
    }
    busy = true;
    try {
      const outcome = await stageRelease(offer, deps);
      if (outcome.result === 'installed') {
        log.info({ version: offer.manifest.version }, 'update staged; restarting into it on trial');
        deps.onStaged();
        return;
      }
      log.warn({ outcome }, 'update not installed');
      await deps.report(outcome);
    } finally {
      busy = false;
    }
  }

  function schedule(offer: UpdateOffer): void {
    clearTimeout(timer);
    const delay = updateDelayMs(
      now(),
      offer.schoolHours,
      deps.spreadMs ?? DOWNLOAD_SPREAD_MS,
      deps.random,
    );
    if (delay === null) {
      log.warn('school hours leave no quiet time: updates wait until they change');
      return;
    }
    log.info(
      { version: offer.manifest.version, inMs: delay },
      'update offered; waiting for quiet time',
    );
    timer = setTimeout(() => {
      install(offer).catch((error: unknown) => log.error({ err: error }, 'update failed'));
    }, delay);
    timer.unref();
  }

  /** Asks the hub for an offer and schedules it when this computer should take it. */
  async function checkNow(): Promise<void> {
    if (closed) return;
    const offer = await deps.check({
      version: deps.version,
      platform: deps.platform,
      arch: deps.arch,
    });
    if (!offer || closed) {
      if (!offer) clearTimeout(timer);
      return;
    }
    const skip = reasonToSkip(offer, deps);
    if (skip) {
      log.debug({ version: offer.manifest.version, skip }, 'update offer passed over');
      return;
    }
    schedule(offer);
  }

  return {
    /** At each connection: report what is pending, then ask for an offer. */
    async connected(): Promise<void> {
      await reportPending();
      await checkNow();
    },
    /** The hub says a release was added or settings changed. */
    available: () => checkNow(),
    close(): void {
      closed = true;
      clearTimeout(timer);
    },
  };
}

export type Updater = ReturnType<typeof createUpdater>;
