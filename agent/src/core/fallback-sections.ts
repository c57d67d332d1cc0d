import os from 'node:os';
import type { Hardware, OsInfo } from '@handraise/shared';
import { toPlatform } from './platform.ts';
import { clipShortString } from './collectors/field-values.ts';

/** OS facts Node knows without any tool, sent when the OS collector fails. */
export function fallbackOs(): OsInfo {
  return {
    platform: toPlatform(process.platform),
    name: clipShortString(os.type()),
    version: clipShortString(os.release()),
    arch: clipShortString(os.arch()),
    hostname: clipShortString(os.hostname()),
  };
}

/** Hardware facts Node knows without any tool, sent when the hardware collector fails. */
export function fallbackHardware(): Hardware {
  const cpus = os.cpus();
  const first = cpus[0];
  return {
    cpu: {
      brand: clipShortString(first?.model.trim() ?? ''),
      cores: cpus.length,
      // Node cannot tell physical cores from hardware threads; 0 says "unknown".
      physicalCores: 0,
      // os.cpus() reports MHz.
      speedGHz: first !== undefined && first.speed > 0 ? Math.round(first.speed / 10) / 100 : 0,
    },
    memoryBytes: os.totalmem(),
    disks: [],
    gpus: [],
    network: [],
  };
}
