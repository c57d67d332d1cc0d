import type { AgentCost } from '@handraise/shared';
import { describe, expect, it } from 'vitest';
import { costFigures, costMedians } from './cost-figures.ts';
import { renderCostTable } from './cost-table.ts';

const cost = (sections: AgentCost['sections'], cpuMs: number, toolsCpuMs?: number): AgentCost => ({
  since: '2026-12-06T16:00:00.000Z',
  periodMs: 900,
  cpuMs,
  ...(toolsCpuMs === undefined ? {} : { toolsCpuMs }),
  peakRssBytes: 64 * 2 ** 20,
  reconnects: 0,
  sections,
});

describe('costFigures', () => {
  it('takes the longest section as the collection time, the sections running at once', () => {
    const figures = costFigures(
      cost({ os: 40, hardware: 230, updates: 1030, state: 229 }, 280, 1040),
    );
    expect(figures.collectionMs).toBe(1030);
    expect(figures).toMatchObject({ cpuMs: 280, toolsCpuMs: 1040, peakRssBytes: 64 * 2 ** 20 });
  });

  it('has no collection time when no section was timed, and no tools figure when none was told', () => {
    const figures = costFigures(cost({}, 10));
    expect(figures.collectionMs).toBeNull();
    expect(figures.toolsCpuMs).toBeNull();
  });
});

describe('costMedians', () => {
  it('takes each figure over the runs that told it, leaving silent runs out', () => {
    const medians = costMedians([
      costFigures(cost({ hardware: 200, state: 100 }, 300, 70)),
      null,
      costFigures(cost({ hardware: 240, state: 140, updates: 900 }, 260)),
      costFigures(cost({ hardware: 220, state: 120 }, 280, 90)),
    ]);
    expect(medians.reported).toBe(3);
    expect(medians.sections).toEqual({
      os: null,
      hardware: 220,
      software: null,
      updates: 900,
      hotfixes: null,
      state: 120,
    });
    expect(medians.cpuMs).toBe(280);
    expect(medians.toolsCpuMs).toBe(80);
    // Each run's own longest section: 200, 900, 220.
    expect(medians.collectionMs).toBe(220);
    // Each run's period (900 ms) less its own collection: 700, 0, 680.
    expect(medians.periodMs).toBe(900);
    expect(medians.outsideCollectionMs).toBe(680);
  });

  it('is all n/a for a side that never reports (FusionInventory)', () => {
    const medians = costMedians([null, null]);
    expect(medians.reported).toBe(0);
    const table = renderCostTable([{ heading: 'theirs', medians }]);
    expect(table).toContain('Section state (new facts)');
    expect(table.split('\n').find((line) => line.startsWith('Section os'))).toMatch(/n\/a$/);
  });
});

describe('renderCostTable', () => {
  it('prints one column per kind of run, in ms and MiB', () => {
    const medians = costMedians([costFigures(cost({ hardware: 1234.4, state: 95.6 }, 280, 1040))]);
    const lines = renderCostTable([
      { heading: 'cold, image', medians },
      { heading: 'warm, image', medians },
    ]).split('\n');
    expect(lines[0]).toMatch(/^Agent-reported \(median\)\s+cold, image\s+warm, image$/);
    expect(lines.find((line) => line.startsWith('Section hardware'))).toMatch(
      /1,234 ms\s+1,234 ms$/,
    );
    expect(lines.find((line) => line.startsWith('Section state'))).toMatch(/96 ms$/);
    expect(lines.find((line) => line.startsWith("Agent's peak RSS"))).toMatch(/64\.0 MiB$/);
  });
});
