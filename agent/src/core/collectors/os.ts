import { osInfo } from 'systeminformation';
import type { Systeminformation } from 'systeminformation';
import type { OsInfo } from '@handraise/shared';
import { toPlatform } from '../platform.ts';
import { clipShortString } from './field-values.ts';

/** Collects the operating system description through systeminformation. */
export async function collectOs(): Promise<OsInfo> {
  return toOsInfo(await osInfo());
}

/** Maps systeminformation's OS data to the contract, leaving out empty optional fields. */
export function toOsInfo(data: Systeminformation.OsData): OsInfo {
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
