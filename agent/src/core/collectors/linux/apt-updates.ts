import type { PendingUpdate } from '@handraise/shared';
import { parseAptUpgradable } from '../../parsers/linux/apt-upgradable.ts';
import { CommandNotFoundError, runCommand } from '../../run-command.ts';
import { readCachedOutput, writeCachedOutput, type OutputCache } from '../cached-output.ts';
import { inputsFingerprint, type FingerprintInputs } from '../input-fingerprint.ts';

/**
 * `apt list --upgradable` reads the package cache without solving an upgrade: ~0.7 s here where
 * `apt-get -s dist-upgrade` takes ~2 s, for the same list of packages with a newer candidate.
 * It needs no root and no lock. Its output is documented as unstable (apt warns on stderr), so the
 * parser is tested against outputs from several apt versions.
 */
const APT_LIST_ARGS = ['list', '--upgradable'] as const;

/** Reading the cache takes under a second; a slow disk may take several times that. */
const APT_LIST_TIMEOUT_MS = 15_000;

/**
 * Everything `apt list --upgradable` reads: the installed packages (dpkg's status, its journal of
 * half-written updates, foreign architectures), the package lists `apt update` downloads, and
 * the configuration that selects and pins them. A change to any of them makes the agent ask apt
 * again. /var/cache/apt is left out on purpose: it holds only what apt derives from these
 * (pkgcache.bin) and downloaded .debs, and apt rewrites it during `apt list` itself, which would
 * make every run invalidate the next.
 */
export const APT_INPUTS: FingerprintInputs = {
  files: [
    '/var/lib/dpkg/status',
    '/var/lib/dpkg/arch',
    '/var/lib/apt/extended_states',
    '/etc/apt/sources.list',
    '/etc/apt/preferences',
    '/etc/apt/apt.conf',
    ...(process.env.APT_CONFIG ? [process.env.APT_CONFIG] : []),
  ],
  dirs: [
    '/var/lib/dpkg/updates',
    '/var/lib/apt/lists',
    '/etc/apt/sources.list.d',
    '/etc/apt/preferences.d',
    '/etc/apt/apt.conf.d',
  ],
};

/**
 * Even with no input changed, apt is asked again after this long, in case it reads something
 * the list above misses (a Dir:: setting moving its files elsewhere). The service collects every
 * few hours, so an unchanged machine pays for apt about once a day.
 */
export const APT_CACHE_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export type AptUpdatesOptions = {
  /** Reuse apt's last answer while its inputs are unchanged. Without it apt runs every time. */
  cache?: OutputCache;
  /** What the answer depends on; injectable for tests. */
  inputs?: FingerprintInputs;
};

/** Lists updates apt has a newer version of, as fresh as its last `apt-get update`; none without apt. */
export async function collectAptUpdates(
  run = runCommand,
  options: AptUpdatesOptions = {},
): Promise<PendingUpdate[]> {
  try {
    const stdout = options.cache
      ? await cachedAptList(run, options.cache, options.inputs ?? APT_INPUTS)
      : await aptList(run);
    return parseAptUpgradable(stdout);
  } catch (error) {
    if (error instanceof CommandNotFoundError) return [];
    throw error;
  }
}

async function aptList(run: typeof runCommand): Promise<string> {
  const { stdout } = await run('apt', APT_LIST_ARGS, { timeoutMs: APT_LIST_TIMEOUT_MS });
  return stdout;
}

/**
 * apt's raw output is what is kept (and parsed again each time), so a newer agent's parser
 * applies at once. The fingerprint is taken before apt runs: if an input changes while apt
 * reads, the stored answer is filed under the old inputs and the next run asks again.
 */
async function cachedAptList(
  run: typeof runCommand,
  cache: OutputCache,
  inputs: FingerprintInputs,
): Promise<string> {
  const salt = ['apt', ...APT_LIST_ARGS, process.env.APT_CONFIG ?? ''].join(' ');
  const fingerprint = inputsFingerprint(inputs, salt);
  const cached = readCachedOutput(cache, fingerprint);
  if (cached !== undefined) return cached;
  const stdout = await aptList(run);
  writeCachedOutput(cache, fingerprint, stdout);
  return stdout;
}
