// The footprint bench's results as the plain text `npm run bench` prints.
import type { AptRun } from './apt-setting.ts';
import { renderCostTable } from './cost-table.ts';
import type { GoalVerdict } from './metrics.ts';
import type { NodeFloor } from './node-floor.ts';
import { splitSharedDetails, type SideSummary } from './side-summary.ts';
import { renderComparison } from './table.ts';
import { renderTarget, type TargetVerdict } from './targets.ts';

/** One kind of Handraise run: its summary, the apt it ran under, its goal verdict. */
export type HandraiseResult = {
  kind: 'cold' | 'warm';
  apt: AptRun;
  summary: SideSummary;
  goal: GoalVerdict;
};

export type FootprintText = {
  runs: number;
  machine: {
    kernel: string;
    cpus: number;
    memoryMiB: number;
    node: string;
    fusionInventory: string;
    root: boolean;
  };
  /** 1, 5 and 15 minute load averages when the runs began and when they ended. */
  load: { before: number[]; after: number[] };
  apt: AptRun[];
  handraise: HandraiseResult[];
  theirs: SideSummary;
  nodeFloor: NodeFloor;
  targets: TargetVerdict[];
  /** Figures shown beside the targets without being one. */
  references: string[];
  /** Each Linux reader's tool or file on its own, one line each. */
  readers: string[];
  notes: readonly string[];
};

const RUN_TITLE = {
  cold: 'First inventory (cold)',
  warm: 'Repeat inventory, nothing changed (warm)',
} as const;

const mib = (kb: number | null) => (kb === null ? 'n/a' : `${(kb / 1024).toFixed(1)} MiB`);
const loads = (values: number[]) => values.map((value) => value.toFixed(2)).join(' ');

function goalLine(result: HandraiseResult): string {
  const run = `${result.kind} run (${result.apt.label})`;
  if (result.goal.met) return `Goal on the ${run}: MET (lower on every goal figure).`;
  const misses = result.goal.missed
    .map((miss) => `${miss.label} ${miss.ratio === null ? 'n/a' : `${miss.ratio.toFixed(2)}x`}`)
    .join(', ');
  return `Goal on the ${run}: NOT MET (${misses}).`;
}

export function renderFootprintText(result: FootprintText): string[] {
  const { machine, theirs, nodeFloor } = result;
  const everySide = [...result.handraise.map((one) => one.summary), theirs];
  const lines = [
    `Inventory footprint: ${result.runs} run(s) per side, order rotating; medians; ratio < 1 = ours lighter/faster`,
    `Machine: Linux ${machine.kernel}, ${machine.cpus} CPU(s), ${machine.memoryMiB} MiB, Node ${machine.node}, ${machine.root ? 'as root' : 'NOT as root'}`,
    `Load average (1, 5, 15 min): ${loads(result.load.before)} when the runs began, ${loads(result.load.after)} when they ended`,
    `FusionInventory: ${machine.fusionInventory}`,
    ...result.apt.flatMap((apt) => apt.details),
    ...everySide.map(
      (side) => `${side.label}: ${side.command}  (${side.okRuns} ok, ${side.failedRuns} failed)`,
    ),
    `Node's floor: ${nodeFloor.command}: peak RSS (VmHWM) ${mib(nodeFloor.peakRssKb)}, median of ${nodeFloor.runsKb.length} (${nodeFloor.runsKb.map(mib).join(', ')})`,
    '',
  ];
  for (const one of result.handraise) {
    lines.push(`${RUN_TITLE[one.kind]}, ${one.apt.label}:`);
    lines.push(renderComparison(one.summary, theirs), '');
  }
  lines.push(...result.targets.map(renderTarget));
  lines.push(...result.references, '');
  lines.push(...result.handraise.map(goalLine), '');

  lines.push("What the agent says each run cost (the report's `cost`, medians over the runs):");
  lines.push(
    renderCostTable(
      result.handraise.map((one) => ({
        heading: `${one.kind}, ${one.apt.setting}`,
        medians: one.summary.agentCost,
      })),
    ),
  );
  lines.push(
    "  Columns: image = this image's apt, stock = stock Debian apt (see above). Sections run at",
    '  once on one JavaScript thread, so they overlap and each includes waiting its turn on it:',
    '  the collection takes as long as its longest section.',
    '',
  );
  lines.push(
    `The readers behind the sections, each alone (medians of ${result.runs}; CPU in 10 ms clock ticks):`,
    ...result.readers,
    '',
  );

  const { shared, own } = splitSharedDetails(result.handraise.map((one) => one.summary.details));
  for (const detail of shared) lines.push(`Handraise (every kind of run) ${detail}`);
  result.handraise.forEach((one, index) => {
    for (const detail of own[index] ?? []) lines.push(`${one.summary.label} ${detail}`);
  });
  for (const detail of theirs.details) lines.push(`${theirs.label} ${detail}`);
  if (!machine.root)
    lines.push(
      'Not root: FusionInventory skips dmidecode (BIOS, memory slots), so it does less here.',
    );
  lines.push('', ...result.notes);
  return lines;
}
