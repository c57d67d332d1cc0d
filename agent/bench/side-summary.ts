// One side's runs reduced to what the bench prints: medians, what the agent said it cost, and
// the footnotes of its last good run.
import { costMedians, type CostMedians } from './cost-figures.ts';
import type { RunMeasurement } from './measure-process.ts';
import { medians, type Medians } from './metrics.ts';
import type { RunRecord } from './run-once.ts';
import type { Side, SideKey } from './sides.ts';

export type SideSummary = {
  key: SideKey;
  label: string;
  command: string;
  okRuns: number;
  failedRuns: number;
  medians: Medians;
  /** Medians of the agent's own figures; `reported` 0 where it told none. */
  agentCost: CostMedians;
  details: string[];
  runs: RunRecord[];
};

/** What one run started, by program name, most frequent first, and what watching it cost. */
function runDetails(measurement: RunMeasurement | null): string[] {
  if (measurement === null) return [];
  const programs = Object.entries(measurement.programs)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([name, count]) => `${name} ${count}`);
  return [
    `programs sampled (last run): ${programs.join(', ') || 'none'}`,
    `observer CPU (last run): ${Math.round(measurement.observerCpuMs)} ms for ${measurement.samples} samples`,
  ];
}

export function summarise(side: Side, records: readonly RunRecord[]): SideSummary {
  const mine = records.filter((record) => record.side === side.key);
  const ok = mine.flatMap((record) => (record.ok ? [record] : []));
  return {
    key: side.key,
    label: side.label,
    command: [
      ...Object.entries(side.shownEnv ?? {}).map(([name, value]) => `${name}=${value}`),
      side.command,
      ...side.args,
    ].join(' '),
    okRuns: ok.length,
    failedRuns: mine.length - ok.length,
    medians: medians(ok.map((record) => record.figures)),
    agentCost: costMedians(ok.map((record) => record.cost)),
    details: [...(ok.at(-1)?.details ?? []), ...runDetails(ok.at(-1)?.measurement ?? null)],
    runs: mine,
  };
}

/**
 * Footnotes every list has (the agent's notes about this machine, the same on every kind of run)
 * apart from each list's own, so the shared ones are printed once.
 */
export function splitSharedDetails(lists: readonly (readonly string[])[]): {
  shared: string[];
  own: string[][];
} {
  const [first = [], ...rest] = lists;
  const shared = first.filter((line) => rest.every((list) => list.includes(line)));
  const isShared = new Set(shared);
  return { shared, own: lists.map((list) => list.filter((line) => !isShared.has(line))) };
}
