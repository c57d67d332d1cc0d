import { describe, expect, it } from 'vitest';
import {
  busyPercent,
  pageSizeFrom,
  programName,
  parseCpuTicks,
  parseDiskstats,
  parseMeminfo,
  parseNetDev,
  parsePidStat,
  parseUtmpUsers,
} from './proc-parsers.ts';

describe('/proc parsers', () => {
  it('reads processor ticks for all processors and each one, counting iowait as idle', () => {
    const stat = [
      'cpu  100 0 50 800 50 0 0 0 0 0',
      'cpu0 60 0 20 400 20 0 0 0 0 0',
      'cpu1 40 0 30 400 30 0 0 0 0 0',
      'intr 12345 0 0',
      'ctxt 999',
    ].join('\n');
    expect(parseCpuTicks(stat)).toEqual({
      all: { busy: 150, total: 1000 },
      cores: [
        { busy: 80, total: 500 },
        { busy: 70, total: 500 },
      ],
    });
    expect(parseCpuTicks('intr 1')).toBeNull();
    expect(busyPercent({ busy: 150, total: 1000 }, { busy: 250, total: 1200 })).toBe(50);
    // A counter that did not move (or went back, after a CPU came online) is 0 %, not NaN.
    expect(busyPercent({ busy: 5, total: 10 }, { busy: 5, total: 10 })).toBe(0);
  });

  it('reads total and available memory in bytes, with the estimate older kernels need', () => {
    const meminfo =
      'MemTotal:        8000000 kB\nMemFree:  1000000 kB\nMemAvailable:    3000000 kB\n';
    expect(parseMeminfo(meminfo)).toEqual({
      totalBytes: 8_000_000 * 1024,
      availableBytes: 3_000_000 * 1024,
    });
    const old = 'MemTotal: 4000 kB\nMemFree: 1000 kB\nBuffers: 100 kB\nCached: 900 kB\n';
    expect(parseMeminfo(old)).toEqual({ totalBytes: 4000 * 1024, availableBytes: 2000 * 1024 });
  });

  it('adds up whole disks only, in 512-byte sectors', () => {
    const diskstats = [
      '   8       0 sda 1000 0 2000 500 300 0 4000 100 0 600 600 0 0 0 0',
      '   8       1 sda1 900 0 1800 400 290 0 3900 90 0 500 500 0 0 0 0',
      ' 259       0 nvme0n1 10 0 100 1 10 0 200 1 0 2 2 0 0 0 0',
      '   7       0 loop0 50 0 60 1 0 0 0 0 0 1 1 0 0 0 0',
    ].join('\n');
    expect(parseDiskstats(diskstats, new Set(['sda', 'nvme0n1']))).toEqual({
      readBytes: (2000 + 100) * 512,
      writeBytes: (4000 + 200) * 512,
    });
  });

  it('reads bytes received and sent per interface', () => {
    const netDev = [
      'Inter-|   Receive                                                |  Transmit',
      ' face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets',
      '    lo:  5000      50    0    0    0     0          0         0     5000      50    0    0    0     0       0          0',
      '  eth0: 123456    100    0    0    0     0          0         0    654321    90    0    0    0     0       0          0',
    ].join('\n');
    const counters = parseNetDev(netDev);
    expect(counters.get('eth0')).toEqual({ received: 123456, sent: 654321 });
    expect(counters.get('lo')).toEqual({ received: 5000, sent: 5000 });
    expect(counters.size).toBe(2);
  });

  it("reads a process's name, CPU ticks and resident pages, whatever its name holds", () => {
    const fields = 'S 1 1 1 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 1 0 100 123456789 2048';
    expect(parsePidStat(`4242 (Web Content) ${fields} 0 0`)).toEqual({
      pid: 4242,
      name: 'Web Content',
      ticks: 300,
      residentPages: 2048,
    });
    expect(parsePidStat(`7 (a) (b)) ${fields}`)?.name).toBe('a) (b)');
    expect(parsePidStat('garbage')).toBeNull();
  });

  it('lists the people signed in from utmp records, each once', () => {
    const record = (type: number, user: string) => {
      const bytes = new Uint8Array(384);
      new DataView(bytes.buffer).setInt32(0, type, true);
      bytes.set(new TextEncoder().encode(user), 44);
      return bytes;
    };
    const utmp = new Uint8Array(384 * 4);
    utmp.set(record(2, 'reboot'), 0); // BOOT_TIME
    utmp.set(record(7, 'jlopez'), 384);
    utmp.set(record(7, 'jlopez'), 768);
    utmp.set(record(7, 'mkim'), 1152);
    expect(parseUtmpUsers(utmp)).toEqual(['jlopez', 'mkim']);
    expect(parseUtmpUsers(new Uint8Array(100))).toEqual([]);
  });

  it('names a program by what ran, and an interpreter by its script', () => {
    expect(programName('/usr/lib/chromium/chromium\0--type=renderer\0')).toBe('chromium');
    expect(programName('/usr/bin/node\0--disable-warning=X\0/opt/handraise/cli.cjs\0run\0')).toBe(
      'node cli.cjs',
    );
    expect(programName('python3\0')).toBe('python3');
    // Rewritten into one string, as Chromium's helpers do.
    expect(programName('/usr/lib/chromium/chromium --type=zygote --no-sandbox\0')).toBe('chromium');
    // An option's value is not the program.
    expect(programName('node\0--require\0/x/suppress.cjs\0/app/main.ts\0')).toBe('node main.ts');
    expect(programName('')).toBe('');
  });

  it('finds the page size from one process measured two ways', () => {
    expect(pageSizeFrom(40_000, 10_000)).toBe(4096);
    expect(pageSizeFrom(640_000, 10_000)).toBe(65536);
    expect(pageSizeFrom(0, 0)).toBe(4096);
  });
});
