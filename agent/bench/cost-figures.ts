// What the agent says its own inventory cost (the `cost` its report carries), and the medians of
// that over the measured runs: how long each section took, the state and hardware sections (the
// newest facts) among them.
import type { AgentCost, SectionDurations } from '@handraise/shared';
import { median } from './metrics.ts';

/** The sections in the order the inventory lists them. */
export const SECTION_NAMES = [
  'os',
  'hardware',
  'software',
  'updates',
  'hotfixes',
  'state',
] as const satisfies readonly (keyof SectionDurations)[];

export type SectionName = (typeof SECTION_NAMES)[number];

/** One run's own figures, as the agent reported them. */
export type CostFigures = {
  sections: SectionDurations;
  /** The collection's wall time: its sections run at once, so the longest. Null if none timed. */
  collectionMs: number | null;
  /**
   * From the start of the period to the figures; `inventory --json` starts it at the process's
   * start, so this less the collection is what starting Node and loading the agent took.
   */
  periodMs: number;
  cpuMs: number;
  toolsCpuMs: number | null;
  peakRssBytes: number;
};

export function costFigures(cost: AgentCost): CostFigures {
  const timed = SECTION_NAMES.flatMap((name) => cost.sections[name] ?? []);
  return {
    sections: cost.sections,
    collectionMs: timed.length > 0 ? Math.max(...timed) : null,
    periodMs: cost.periodMs,
    cpuMs: cost.cpuMs,
    toolsCpuMs: cost.toolsCpuMs ?? null,
    peakRssBytes: cost.peakRssBytes,
  };
}

export type CostMedians = {
  /** Runs whose report carried a cost; the medians are over these. */
  reported: number;
  sections: Record<SectionName, number | null>;
  collectionMs: number | null;
  periodMs: number | null;
  /** Median over runs of the period less the collection: the time outside the collectors. */
  outsideCollectionMs: number | null;
  cpuMs: number | null;
  toolsCpuMs: number | null;
  peakRssBytes: number | null;
};

/** Medians per figure over the runs that reported one; a section no run timed stays null. */
export function costMedians(runs: readonly (CostFigures | null)[]): CostMedians {
  const reported = runs.filter((run) => run !== null);
  const of = (pick: (run: CostFigures) => number | null | undefined) =>
    median(reported.flatMap((run) => pick(run) ?? []));
  return {
    reported: reported.length,
    sections: Object.fromEntries(
      SECTION_NAMES.map((name) => [name, of((run) => run.sections[name])]),
    ) as Record<SectionName, number | null>,
    collectionMs: of((run) => run.collectionMs),
    periodMs: of((run) => run.periodMs),
    outsideCollectionMs: of((run) =>
      run.collectionMs === null ? null : run.periodMs - run.collectionMs,
    ),
    cpuMs: of((run) => run.cpuMs),
    toolsCpuMs: of((run) => run.toolsCpuMs),
    peakRssBytes: of((run) => run.peakRssBytes),
  };
}
