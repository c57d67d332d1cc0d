// The compared metrics, medians over runs, and ratios.

export const METRICS = [
  { key: 'wallMs', label: 'Wall time', unit: 'ms' },
  { key: 'cpuMs', label: 'CPU time, user+sys, whole tree', unit: 'ms' },
  { key: 'mainPeakRssKb', label: 'Peak RSS, main process', unit: 'MiB' },
  { key: 'treePeakRssKb', label: 'Peak RSS, process tree (sum)', unit: 'MiB' },
  { key: 'treePeakRssRawKb', label: "  same, counting unexec'd fork copies", unit: 'MiB' },
  { key: 'maxProcesses', label: 'Processes alive at once (max)', unit: '' },
  { key: 'packages', label: 'Installed packages found', unit: '' },
  { key: 'fullWireBytes', label: 'Full inventory on the wire', unit: 'B' },
  { key: 'unchangedWireBytes', label: 'Unchanged check-in on the wire', unit: 'B' },
  { key: 'documentBytes', label: 'Inventory document, uncompressed', unit: 'B' },
  { key: 'documentZlibBytes', label: 'Inventory document, zlib (reference)', unit: 'B' },
] as const;

export type MetricKey = (typeof METRICS)[number]['key'];
export type Figures = Record<MetricKey, number>;

/** Middle value; the mean of the two middle ones for an even count. Null for no values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

export type Medians = Record<MetricKey, number | null>;

export function medians(runs: readonly Figures[]): Medians {
  return Object.fromEntries(
    METRICS.map(({ key }) => [key, median(runs.map((figures) => figures[key]))]),
  ) as Medians;
}

/** ours / theirs; null when either is missing or theirs is zero. */
export function ratio(ours: number | null, theirs: number | null): number | null {
  return ours === null || theirs === null || theirs === 0 ? null : ours / theirs;
}

/** What "faster and lighter than FusionInventory" is judged on. */
export const GOAL_METRICS = [
  'wallMs',
  'cpuMs',
  'mainPeakRssKb',
  'treePeakRssKb',
] as const satisfies readonly MetricKey[];

export type GoalVerdict = {
  met: boolean;
  /** The goal metrics where ours is not below theirs, with ours / theirs. */
  missed: { key: MetricKey; label: string; ratio: number | null }[];
};

/** Met when ours is below theirs on every goal metric; a missing figure counts as missed. */
export function goalVerdict(ours: Medians, theirs: Medians): GoalVerdict {
  const missed = GOAL_METRICS.flatMap((key) => {
    const value = ratio(ours[key], theirs[key]);
    if (value !== null && value < 1) return [];
    const label = METRICS.find((metric) => metric.key === key)?.label ?? key;
    return [{ key, label, ratio: value }];
  });
  return { met: missed.length === 0, missed };
}
