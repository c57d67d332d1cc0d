// The live sources on this very machine: figures that agree with what the kernel and Node say.
import { readFileSync } from 'node:fs';
import { totalmem } from 'node:os';
import { describe, expect, it } from 'vitest';
import { liveSampleSchema } from '@handraise/shared';
import { createLinuxLiveSource } from './linux-live-source.ts';
import { createPortableLiveSource, PORTABLE_NOTE } from './portable-live-source.ts';

/** Busy work for the agent's own process, so that its share of a processor is above zero. */
function spin(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) Math.sqrt(Math.random());
}

describe('live sources on this machine', () => {
  it.runIf(process.platform === 'linux')(
    "reads the kernel's figures: memory, processors, disks, this process among the others",
    () => {
      const source = createLinuxLiveSource();
      source.sample();
      spin(300);
      const sample = source.sample();
      expect(liveSampleSchema.parse(sample)).toEqual(sample);
      const memTotal = Number(
        /^MemTotal:\s+(\d+)/m.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1],
      );
      expect(sample.memory.totalBytes).toBe(memTotal * 1024);
      const cores = readFileSync('/proc/stat', 'utf8').match(/^cpu\d+ /gm)?.length;
      expect(sample.cpu.perCorePercent).toHaveLength(cores!);
      expect(sample.processes.agent).toMatchObject({ pid: process.pid });
      // 300 ms of spinning in a ~300 ms window: well above nothing, at most one core and a bit.
      expect(sample.processes.agent!.cpuPercent).toBeGreaterThan(20);
      expect(sample.processes.agent!.cpuPercent).toBeLessThan(150);
      expect(sample.processes.agent!.memoryBytes).toBeGreaterThan(1024 * 1024);
      expect(sample.disks.find((d) => d.mount === '/')?.totalBytes).toBeGreaterThan(0);
      expect(sample.uptimeSeconds).toBeGreaterThan(0);
      expect(sample.notes).toEqual([]);
    },
  );

  it('reads what Node.js gives on every system, and says what it leaves out', () => {
    const source = createPortableLiveSource();
    source.sample();
    spin(200);
    const sample = source.sample();
    expect(liveSampleSchema.parse(sample)).toEqual(sample);
    expect(sample.memory.totalBytes).toBe(totalmem());
    expect(sample.processes.agent).toMatchObject({ pid: process.pid });
    expect(sample.processes.agent!.cpuPercent).toBeGreaterThan(20);
    expect(sample.processes.byCpu).toEqual([]);
    expect(sample.notes).toEqual([PORTABLE_NOTE]);
  });
});
