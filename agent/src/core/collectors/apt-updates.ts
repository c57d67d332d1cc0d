import type { PendingUpdate } from '@handraise/shared';
import { CommandNotFoundError, runCommand } from '../run-command.ts';
import { clipShortString } from './field-values.ts';

/**
 * A simulated dist-upgrade: it needs no root, takes no lock and changes nothing, and unlike
 * `apt list --upgradable` its output format is stable. dist-upgrade rather than upgrade so that
 * updates needing a new dependency (kernels, for one) are listed too.
 */
const APT_SIMULATION_ARGS = ['-s', '-o', 'Debug::NoLocking=1', 'dist-upgrade'] as const;

/** Solving the upgrade takes ~2 s on a Debian desktop; a slow disk may take several times that. */
const APT_SIMULATION_TIMEOUT_MS = 15_000;

/**
 * `Inst NAME [OLDVER] (NEWVER SUITE... [ARCH])`, optionally followed by `[dependency notes]`.
 * `[OLDVER]` is absent for a package that would be newly installed; SUITE may hold commas and
 * spaces (`Debian-Security:12/stable-security, Debian:12/stable`) or be missing altogether.
 */
const INST_LINE = /^Inst (\S+)(?: \[([^\]]*)\])? \((\S+)(?: ([^[)]*?))?(?: \[[^\]]*\])?\)/;

/** Parses the `Inst` lines of `apt-get -s dist-upgrade` output into pending updates. */
export function parseAptSimulation(text: string): PendingUpdate[] {
  const updates: PendingUpdate[] = [];
  const seen = new Set<string>();
  for (const line of text.split('\n')) {
    const match = INST_LINE.exec(line);
    if (!match) continue;
    const [, qualifiedName = '', installedVersion, availableVersion = '', suite = ''] = match;
    // Foreign-arch packages read `libc6:i386`. Installed software is keyed by bare name, so
    // updates are too; two arches of one multi-arch package then collapse into one update.
    const name = clipShortString(qualifiedName.split(':', 1)[0] ?? '');
    if (name === '') continue;
    const key = `${name}\t${installedVersion ?? ''}\t${availableVersion}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const update: PendingUpdate = {
      name,
      availableVersion: clipShortString(availableVersion),
      source: 'apt',
    };
    if (installedVersion !== undefined && installedVersion !== '') {
      update.installedVersion = clipShortString(installedVersion);
    }
    // Without a suite apt named no archive (a local package), so whether it is security is unknown.
    if (suite.trim() !== '') update.security = /security/i.test(suite);
    updates.push(update);
  }
  return updates;
}

/** Lists updates apt would install, as fresh as its last `apt-get update`; none without apt. */
export async function collectAptUpdates(): Promise<PendingUpdate[]> {
  try {
    const { stdout } = await runCommand('apt-get', APT_SIMULATION_ARGS, {
      timeoutMs: APT_SIMULATION_TIMEOUT_MS,
    });
    return parseAptSimulation(stdout);
  } catch (error) {
    if (error instanceof CommandNotFoundError) return [];
    throw error;
  }
}
