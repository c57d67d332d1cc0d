// `handraise-agent parse` over the hardware and state sources: recorded outputs of real machines
// (read in place), this machine's own /proc/stat, and a saved Windows script output of our own.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PARSE_SOURCES, type ParseSourceName } from '../parsers/registry.ts';
import { fixture, readFixture, reportMatches } from '../parsers/testing/fixtures.ts';
import { runParse } from './testing/run-parse.ts';

const RECORDED: [ParseSourceName, string][] = [
  ['dmidecode', 'hardware/dmidecode/dell-fx160'],
  ['dmidecode', 'hardware/dmidecode/batteries/windows-10-notebook'],
  ['system-profiler-hardware', 'hardware/macos/10.6-macmini'],
  ['system-profiler-power', 'hardware/macos/charged-SPPowerDataType'],
];

/** A saved run of the agent's Windows hardware script, trimmed to a few classes. */
const WINDOWS_OUTPUT = {
  ComputerSystem: {
    Manufacturer: 'LENOVO',
    Model: '11JN0089US',
    TotalPhysicalMemory: 17_028_644_864,
  },
  Bios: { Manufacturer: 'LENOVO', SMBIOSBIOSVersion: 'M3JKT3AA', SerialNumber: 'MJ0ABCDE' },
  Enclosure: { ChassisTypes: [3] },
  Failed: [],
};

describe('handraise-agent parse: hardware and state', () => {
  const dir = mkdtempSync(join(tmpdir(), 'handraise-parse-hw-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the facts each hardware source reads from a real machine’s output', async () => {
    let matched = 0;
    for (const [source, path] of RECORDED) {
      const result = await runParse(source, fixture(path));
      expect(result.code, `${source}: ${result.stderr}`).toBe(0);
      const printed = JSON.parse(result.stdout) as { identity: object; batteries: unknown[] };
      expect(printed).toEqual(
        JSON.parse(JSON.stringify(PARSE_SOURCES[source].parse(readFixture(path)))),
      );
      // Something was read: a maker or a battery, never an empty shell.
      expect(Object.keys(printed.identity).length + printed.batteries.length, path).toBeGreaterThan(
        0,
      );
      matched += 1;
    }
    reportMatches('parse command hardware sources', matched, RECORDED.length);
  });

  it('reads this machine’s boot time and a saved Windows script output', async () => {
    const boot = await runParse('proc-stat', '/proc/stat');
    expect(boot.code, boot.stderr).toBe(0);
    const btime = /^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1];
    expect(JSON.parse(boot.stdout)).toEqual({
      bootTime: new Date(Number(btime) * 1000).toISOString(),
    });

    const saved = join(dir, 'windows-hardware.json');
    writeFileSync(saved, JSON.stringify(WINDOWS_OUTPUT));
    const windows = await runParse('windows-hardware-json', saved);
    expect(windows.code, windows.stderr).toBe(0);
    const report = JSON.parse(windows.stdout) as {
      hardware: { identity: { manufacturer?: string; serial?: string; chassis?: string } };
    };
    expect(report.hardware.identity).toMatchObject({
      manufacturer: 'LENOVO',
      serial: 'MJ0ABCDE',
      chassis: 'desktop',
    });
  });
});
