import { describe, expect, it } from 'vitest';
import { createInventoryGate } from './inventory-gate.ts';
import { manualClock } from './testing/manual-clock.ts';

const START = Date.UTC(2025, 8, 1);

const MINUTE_MS = 60_000;

const limits = {
  inventoryReports: { requests: 3, windowMs: MINUTE_MS },
  unaskedFullReports: { requests: 1, windowMs: 30 * MINUTE_MS },
  fullReportAskTtlMs: 15 * MINUTE_MS,
};

describe('createInventoryGate', () => {
  it('counts every report against the per-device rate', () => {
    const clock = manualClock(START);
    const gate = createInventoryGate(limits, clock);
    expect([1, 2, 3, 4].map(() => gate.takeReport('pc-1'))).toEqual([true, true, true, false]);
    expect(gate.takeReport('pc-2')).toBe(true);
    clock.advance(MINUTE_MS);
    expect(gate.takeReport('pc-1')).toBe(true);
  });

  it('accepts one unasked full report per allowance window', () => {
    const clock = manualClock(START);
    const gate = createInventoryGate(limits, clock);
    expect(gate.mayReportFull('pc-1')).toBe(true);
    // Asking is not using: only an accepted report spends the allowance.
    expect(gate.mayReportFull('pc-1')).toBe(true);
    gate.fullReportAccepted('pc-1');
    expect(gate.mayReportFull('pc-1')).toBe(false);
    expect(gate.mayReportFull('pc-2')).toBe(true);
    clock.advance(30 * MINUTE_MS);
    expect(gate.mayReportFull('pc-1')).toBe(true);
  });

  it('accepts a full report the hub asked for, once per ask, and merges asks while one is open', () => {
    const clock = manualClock(START);
    const gate = createInventoryGate(limits, clock);
    gate.fullReportAccepted('pc-1'); // the unasked allowance is spent
    expect(gate.mayReportFull('pc-1')).toBe(false);

    expect(gate.ask('pc-1')).toBe(true);
    expect(gate.ask('pc-1')).toBe(false);
    expect(gate.mayReportFull('pc-1')).toBe(true);
    gate.fullReportAccepted('pc-1');
    expect(gate.mayReportFull('pc-1')).toBe(false);
    expect(gate.ask('pc-1')).toBe(true);
  });

  it("takes a new device's first full report without telling it, and still tells it when asked", () => {
    const clock = manualClock(START);
    const gate = createInventoryGate(limits, clock);
    gate.fullReportAccepted('pc-1'); // the unasked allowance is spent
    gate.expectFull('pc-1');
    expect(gate.mayReportFull('pc-1')).toBe(true);
    // Someone asks before the first report came: the agent is told (it was not, at enrollment).
    expect(gate.ask('pc-1')).toBe(true);
    expect(gate.ask('pc-1')).toBe(false);
    gate.fullReportAccepted('pc-1');
    expect(gate.mayReportFull('pc-1')).toBe(false);
  });

  it('lets an unanswered ask lapse', () => {
    const clock = manualClock(START);
    const gate = createInventoryGate(limits, clock);
    gate.fullReportAccepted('pc-1');
    expect(gate.ask('pc-1')).toBe(true);
    clock.advance(15 * MINUTE_MS);
    expect(gate.mayReportFull('pc-1')).toBe(false);
    expect(gate.ask('pc-1')).toBe(true);
  });
});
