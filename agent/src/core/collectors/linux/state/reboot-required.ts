import type { SecurityFacts } from '../../../parsers/hardware/device-state-facts.ts';
import {
  found,
  missing,
  pathExists,
  readTextFile,
  type Reading,
  type StateContext,
} from './state-reading.ts';

const COLLECTOR = 'reboot-required';

/** The package names of reboot-required.pkgs (one a line), each once. */
export function parseRebootRequiredPackages(text: string): string[] {
  const names = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return [...new Set(names)];
}

export type RebootRequired = Pick<SecurityFacts, 'rebootRequired' | 'rebootRequiredBy'>;

/**
 * Debian's flag: packages (a new kernel, libc) create /var/run/reboot-required when their update
 * takes effect only after a restart. Its absence means "no restart needed" only where dpkg runs
 * the system; elsewhere nothing maintains the flag and the answer stays unknown.
 */
export async function readRebootRequired(context: StateContext): Promise<Reading<RebootRequired>> {
  const flag = context.paths.rebootRequired;
  const [flagFile, packagesFile, dpkg] = await Promise.all([
    readTextFile(flag),
    readTextFile(`${flag}.pkgs`),
    pathExists(context.paths.dpkgDatabase),
  ]);
  if (flagFile.ok) {
    const packages = packagesFile.ok ? parseRebootRequiredPackages(packagesFile.text) : [];
    return found(
      packages.length > 0
        ? { rebootRequired: true, rebootRequiredBy: packages }
        : { rebootRequired: true },
    );
  }
  if (!flagFile.absent) return missing(COLLECTOR, flagFile.reason);
  if (!dpkg) return missing(COLLECTOR, 'no reboot-required flag on this distribution (no dpkg)');
  return found({ rebootRequired: false });
}
