import { describe, expect, it } from 'vitest';
import { goalVerdict, median, medians, ratio, type Figures } from './metrics.ts';

describe('median and ratio', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('divides ours by theirs, with nothing to divide by as null', () => {
    expect(ratio(1, 4)).toBe(0.25);
    expect(ratio(1, 0)).toBeNull();
    expect(ratio(null, 4)).toBeNull();
  });
});

describe('goalVerdict', () => {
  const figures = (wallMs: number, cpuMs: number, mainPeakRssKb: number): Figures => ({
    wallMs,
    cpuMs,
    mainPeakRssKb,
    treePeakRssKb: mainPeakRssKb,
    treePeakRssRawKb: mainPeakRssKb,
    maxProcesses: 1,
    packages: 890,
    fullWireBytes: 0,
    unchangedWireBytes: 0,
    documentBytes: 0,
    documentZlibBytes: 0,
  });

  it('is met only when ours is lower on wall time, CPU time and both peak RSS figures', () => {
    const theirs = medians([figures(500, 500, 60_000)]);
    expect(goalVerdict(medians([figures(100, 100, 50_000)]), theirs)).toEqual({
      met: true,
      missed: [],
    });
    const slower = goalVerdict(medians([figures(1000, 100, 50_000)]), theirs);
    expect(slower.met).toBe(false);
    expect(slower.missed).toEqual([{ key: 'wallMs', label: 'Wall time', ratio: 2 }]);
    // Equal is not lower.
    expect(goalVerdict(theirs, theirs).missed.map((miss) => miss.key)).toEqual([
      'wallMs',
      'cpuMs',
      'mainPeakRssKb',
      'treePeakRssKb',
    ]);
  });

  it('counts a missing figure as missed', () => {
    const verdict = goalVerdict(medians([]), medians([figures(500, 500, 60_000)]));
    expect(verdict.met).toBe(false);
    expect(verdict.missed).toHaveLength(4);
  });
});
