import { readFileSync } from 'node:fs';
import os from 'node:os';
import type { MemFacts } from '../../hardware-mapping.ts';
import { lineValue } from './key-values.ts';

/** Installed memory as the kernel counts it: MemTotal of /proc/meminfo (kB), else Node's figure. */
export function readLinuxMemory(): MemFacts {
  let meminfo = '';
  try {
    meminfo = readFileSync('/proc/meminfo', 'utf8');
  } catch {
    // No procfs: Node's own figure below.
  }
  const totalKiB = parseInt(lineValue(meminfo.split('\n'), 'memtotal'), 10);
  return { total: totalKiB ? totalKiB * 1024 : os.totalmem() };
}
