import { describe, expect, it } from 'vitest';
import { agentCostSchema } from '@handraise/shared';
import { createCostMeter } from './cost-meter.ts';
import { childrenCpuMsFromStat, processGauges, type ProcessGauges } from './process-gauges.ts';

const MIB = 2 ** 20;

/** Gauges a test moves by hand. */
function handGauges(start: Partial<Record<keyof ProcessGauges, number | undefined>> = {}) {
  const values = {
    now: Date.parse('2026-12-01T08:00:00Z'),
    cpuMs: 1_000,
    rssBytes: 60 * MIB,
    maxRssBytes: 70 * MIB,
    toolsCpuMs: 500 as number | undefined,
    ...start,
  };
  const gauges: ProcessGauges = {
    now: () => values.now,
    cpuMs: () => values.cpuMs,
    rssBytes: () => values.rssBytes,
    maxRssBytes: () => values.maxRssBytes,
    toolsCpuMs: () => values.toolsCpuMs,
  };
  return { values, gauges };
}

describe('the agent cost meter', () => {
  it('reports CPU, tools, period and the sections since it started, in the contract', () => {
    const { values, gauges } = handGauges();
    const meter = createCostMeter({ gauges, runtime: 'service' });
    values.now += 3_600_000;
    values.cpuMs += 2_400.4;
    values.toolsCpuMs = 1_300;
    const { cost } = meter.read({ software: 1_200, updates: 800 });
    expect(cost).toEqual({
      since: '2026-12-01T08:00:00.000Z',
      periodMs: 3_600_000,
      cpuMs: 2_400,
      toolsCpuMs: 800,
      peakRssBytes: 60 * MIB,
      reconnects: 0,
      sections: { software: 1_200, updates: 800 },
      runtime: 'service',
    });
    expect(agentCostSchema.safeParse(cost).success).toBe(true);
  });

  it('starts a new period only when a reading is settled, so a lost report leaves its figures in the next', () => {
    const { values, gauges } = handGauges();
    const meter = createCostMeter({ gauges });
    values.now += 60_000;
    values.cpuMs += 100;
    const lost = meter.read();
    values.now += 60_000;
    values.cpuMs += 50;
    const next = meter.read();
    expect(lost.cost.cpuMs).toBe(100);
    expect(next.cost.cpuMs).toBe(150);
    expect(next.cost.periodMs).toBe(120_000);

    meter.settle(next);
    values.now += 30_000;
    values.cpuMs += 7;
    const after = meter.read();
    expect(after.cost.cpuMs).toBe(7);
    expect(after.cost.since).toBe(new Date(values.now - 30_000).toISOString());
    // The older reading acknowledged late does not move the period back.
    meter.settle(lost);
    expect(meter.read().cost.cpuMs).toBe(7);
  });

  it('counts reconnects, not the first connection, and only those in the period', () => {
    const { values, gauges } = handGauges();
    const meter = createCostMeter({ gauges });
    meter.connected();
    expect(meter.read().cost.reconnects).toBe(0);
    meter.connected();
    meter.connected();
    const reading = meter.read();
    expect(reading.cost.reconnects).toBe(2);
    meter.connected();
    meter.settle(reading);
    values.now += 1;
    // The one after the reading was taken belongs to the next period.
    expect(meter.read().cost.reconnects).toBe(1);
  });

  it("takes a new lifetime high as the period's peak, else the highest sample", () => {
    const { values, gauges } = handGauges({ rssBytes: 60 * MIB, maxRssBytes: 90 * MIB });
    const meter = createCostMeter({ gauges });
    // Below the lifetime high: only the samples know.
    values.rssBytes = 75 * MIB;
    meter.sample();
    values.rssBytes = 62 * MIB;
    const first = meter.read();
    expect(first.cost.peakRssBytes).toBe(75 * MIB);
    meter.settle(first);
    // A short spike between samples raised the lifetime high: that is the period's peak.
    values.maxRssBytes = 120 * MIB;
    expect(meter.read().cost.peakRssBytes).toBe(120 * MIB);
  });

  it('leaves the tools out where the system does not say, and counts from process start when asked', () => {
    const { gauges } = handGauges({ toolsCpuMs: undefined, cpuMs: 900, maxRssBytes: 80 * MIB });
    const meter = createCostMeter({ gauges, fromProcessStart: true });
    const { cost } = meter.read();
    expect(cost).not.toHaveProperty('toolsCpuMs');
    expect(cost.cpuMs).toBe(900);
    expect(cost.peakRssBytes).toBe(80 * MIB);
    expect(Date.parse(cost.since)).toBeCloseTo(performance.timeOrigin, -1);
  });

  it("reads this process's own gauges", () => {
    expect(processGauges.cpuMs()).toBeGreaterThan(0);
    expect(processGauges.maxRssBytes()).toBeGreaterThanOrEqual(processGauges.rssBytes() / 2);
    const tools = processGauges.toolsCpuMs();
    if (process.platform === 'linux') expect(tools).toBeGreaterThanOrEqual(0);
    else expect(tools).toBeUndefined();
  });
});

describe("a process's children's CPU from /proc/self/stat", () => {
  it('counts fields from the closing parenthesis, whatever the command name holds', () => {
    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime …
    const stat =
      '4242 (node (agent) x) S 1 4242 4242 0 -1 4194560 900 12 0 0 150 30 37 5 20 0 11 0';
    expect(childrenCpuMsFromStat(stat)).toBe((37 + 5) * 10);
  });

  it('says nothing for a line it cannot read', () => {
    expect(childrenCpuMsFromStat('4242 (node) S 1 2')).toBeUndefined();
    expect(childrenCpuMsFromStat('')).toBeUndefined();
  });
});
