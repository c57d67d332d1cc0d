import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderReaderTimings, timeReaderFiles } from './reader-timings.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'reader-timings-'));
  dirs.push(dir);
  return dir;
}

describe('timeReaderFiles', () => {
  it('times a readable file and marks an unreadable one', () => {
    const dir = tempDir();
    const file = join(dir, 'resolv.conf');
    writeFileSync(file, 'nameserver 192.0.2.53\n');
    const [readable, absent] = timeReaderFiles(3, [file, join(dir, 'absent')]);
    expect(readable?.microseconds).toBeGreaterThan(0);
    expect(absent).toEqual({ path: join(dir, 'absent'), microseconds: null });
  });
});

describe('renderReaderTimings', () => {
  it('lists the slowest tool first, with remarks, then the files', () => {
    const lines = renderReaderTimings(
      [
        { section: 'state', command: 'who', wallMs: 3.21, cpuMs: 0, remark: null },
        {
          section: 'hardware',
          command: 'dmidecode -t 17',
          wallMs: null,
          cpuMs: null,
          remark: 'not installed',
        },
        { section: 'hardware', command: 'lspci -vvv', wallMs: 41.06, cpuMs: 20, remark: null },
        { section: 'state', command: 'lpstat -e', wallMs: 5, cpuMs: 0, remark: 'exit code 1' },
      ],
      [
        { path: '/etc/resolv.conf', microseconds: 12.34 },
        { path: '/etc/timezone', microseconds: null },
      ],
    );
    expect(lines).toEqual([
      '  hardware lspci -vvv: 41.1 ms wall, 20 ms CPU',
      '  state    lpstat -e: 5 ms wall, 0 ms CPU (exit code 1)',
      '  state    who: 3.2 ms wall, 0 ms CPU',
      '  hardware dmidecode -t 17: not installed',
      '  file     /etc/resolv.conf: 12.3 µs',
      '  file     /etc/timezone: unreadable',
    ]);
  });
});
