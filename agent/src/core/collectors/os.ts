import type { Systeminformation } from 'systeminformation';
import type { OsInfo } from '@handraise/shared';
import { toPlatform } from '../platform.ts';
import { clipShortString } from './field-values.ts';
import { readLinuxOs } from './linux/hardware/os-release.ts';

/** The parts of systeminformation's OS description the report is made of. */
export type OsFacts = Pick<
  Systeminformation.OsData,
  'platform' | 'distro' | 'release' | 'codename' | 'kernel' | 'arch' | 'hostname' | 'build'
>;

/**
 * Collects the operating system description: on Linux from the release files, as
 * systeminformation's osInfo() read them; elsewhere through systeminformation, loaded then.
 */
export async function collectOs(platform: NodeJS.Platform = process.platform): Promise<OsInfo> {
  if (platform === 'linux') return toOsInfo(readLinuxOs());
  return toOsInfo(await (await import('systeminformation')).osInfo());
}

/** Maps systeminformation's OS data to the contract, leaving out empty optional fields. */
export function toOsInfo(data: OsFacts): OsInfo {
  const os: OsInfo = {
    platform: toPlatform(data.platform),
    name: required(data.distro),
    version: required(data.release),
    arch: required(data.arch),
    hostname: required(data.hostname),
  };
  const build = optional(data.build);
  if (build !== undefined) os.build = build;
  const codename = optional(data.codename);
  if (codename !== undefined) os.codename = codename;
  const kernel = optional(data.kernel);
  if (kernel !== undefined) os.kernel = kernel;
  return os;
}

function required(value: string | undefined): string {
  return clipShortString((value ?? '').trim());
}

// The hub reads a missing optional field as "unknown"; an empty string would read as a value.
function optional(value: string | undefined): string | undefined {
  const trimmed = required(value);
  return trimmed === '' ? undefined : trimmed;
}
