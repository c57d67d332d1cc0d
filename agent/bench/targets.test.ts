import { describe, expect, it } from 'vitest';
import {
  FIRST_WALL_MAX_RATIO,
  memoryTarget,
  renderTarget,
  REPEAT_WALL_MAX_RATIO,
  wallTarget,
} from './targets.ts';

describe('wallTarget', () => {
  it('allows a share of their wall time, the limit itself included', () => {
    const met = wallTarget('warm run', 300, 1200, REPEAT_WALL_MAX_RATIO);
    expect(met).toMatchObject({ ours: 300, limit: 300, met: true });
    expect(wallTarget('warm run', 301, 1200, REPEAT_WALL_MAX_RATIO).met).toBe(false);
  });

  it('says the rule, the figures and by how much it was missed', () => {
    const missed = wallTarget('cold run (stock)', 900, 1000, FIRST_WALL_MAX_RATIO);
    expect(renderTarget(missed)).toBe(
      "Target wall <= 0.6x FusionInventory's, cold run (stock): 900 ms against 600 ms (0.6 x 1,000 ms): MISSED by 300 ms.",
    );
  });

  it('judges nothing when a median is missing', () => {
    const verdict = wallTarget('warm run', 300, null, REPEAT_WALL_MAX_RATIO);
    expect(verdict).toMatchObject({ limit: null, met: null });
    expect(renderTarget(verdict)).toContain('NOT JUDGED');
  });
});

describe('memoryTarget', () => {
  it("allows Node's floor plus 20 MiB", () => {
    const floorKb = 45 * 1024;
    expect(memoryTarget('cold run', 65 * 1024, floorKb).met).toBe(true);
    const missed = memoryTarget('warm run', 66.5 * 1024, floorKb);
    expect(missed.met).toBe(false);
    expect(renderTarget(missed)).toBe(
      "Target main-process peak RSS <= Node's floor + 20 MiB, warm run: 66.5 MiB against 65.0 MiB (45.0 MiB + 20.0 MiB): MISSED by 1.5 MiB.",
    );
    expect(renderTarget(memoryTarget('cold run', 60 * 1024, floorKb))).toMatch(/: MET\.$/);
  });
});
