import {
  MIN_JUDGED_PERIOD_MS,
  type AgentBudget,
  type AgentBudgetPart,
  type AgentCostDistribution,
  type AgentCostView,
  type FleetAgentCost,
  type SectionDurations,
} from '@handraise/shared';
import { formatCount, formatDecimal, formatDuration, plural } from '../../lib/format.ts';

// Words and figures for what the agents cost their computers, shared by the fleet's Agent
// footprint card and a computer's Agent card, so both say the same thing the same way.

const MIB = 2 ** 20;
const SECONDS_PER_MINUTE = 60;
const SECONDS_PER_HOUR = 3_600;

/**
 * A figure with as many decimals as its size needs (two below 1, one below 10, none above),
 * trailing zeros dropped and large ones grouped as the reader's locale does ("8,589 MiB").
 */
function readable(value: number): string {
  return formatDecimal(value, value < 1 ? 2 : value < 10 ? 1 : 0);
}

/** A figure and its unit apart, so a range can name the unit once ("50–75 MiB"). */
type Amount = { figure: string; unit: string };

const say = ({ figure, unit }: Amount): string => `${figure} ${unit}`;

/** A share of one core: "0.03 %", "1.4 %", "12 %". Below 0.01 it is said as under it. */
const cpuAmount = (percent: number): Amount =>
  percent > 0 && percent < 0.01
    ? { figure: `< ${formatDecimal(0.01, 2)}`, unit: '%' }
    : { figure: readable(percent), unit: '%' };

const memoryAmount = (mib: number): Amount => ({ figure: readable(mib), unit: 'MiB' });

/** Seconds as people time a task: "0.4 s", "45 s", "2 min", "2 min 30 s", "1 h 5 min". */
function secondsAmount(seconds: number): Amount {
  if (seconds < SECONDS_PER_MINUTE) return { figure: readable(seconds), unit: 's' };
  if (seconds < SECONDS_PER_HOUR) {
    const minutes = Math.floor(seconds / SECONDS_PER_MINUTE);
    const rest = Math.round(seconds - minutes * SECONDS_PER_MINUTE);
    if (rest === 0) return { figure: formatCount(minutes), unit: 'min' };
    // 59.6 s past the minute rounds to the next one.
    if (rest === SECONDS_PER_MINUTE) return { figure: formatCount(minutes + 1), unit: 'min' };
    return { figure: `${minutes} min ${rest}`, unit: 's' };
  }
  const minutes = Math.round(seconds / SECONDS_PER_MINUTE);
  const hours = Math.floor(minutes / 60);
  const rest = minutes - hours * 60;
  return rest === 0
    ? { figure: formatCount(hours), unit: 'h' }
    : { figure: `${formatCount(hours)} h ${rest}`, unit: 'min' };
}

/** Average CPU as a share of one core: "0.03 %". */
export const formatCpuPercent = (percent: number): string => say(cpuAmount(percent));

/** Memory in MiB, the budget's unit: "62 MiB". */
export const formatMiB = (mib: number): string => say(memoryAmount(mib));

/** Resident memory in bytes, in MiB. */
export const formatRssBytes = (bytes: number): string => formatMiB(bytes / MIB);

/** A duration in seconds: "1.2 s", "2 min". */
export const formatSeconds = (seconds: number): string => say(secondsAmount(seconds));

/** A section's time: milliseconds under a tenth of a second ("40 ms"), seconds above. */
export const formatSectionMs = (ms: number): string =>
  ms < 100 ? `${Math.round(ms)} ms` : formatSeconds(ms / 1000);

/** The fleet's distributions, in the order the card shows them. */
export const COST_MEASURES = ['cpuPercent', 'peakMemoryMiB', 'collectionSeconds'] as const;
export type CostMeasure = (typeof COST_MEASURES)[number];

/** How a distribution's measure is titled and read, and the part of the budget it is held to. */
export const MEASURES: Record<
  CostMeasure,
  { title: string; budget: keyof AgentBudget; amount: (value: number) => Amount }
> = {
  cpuPercent: {
    title: 'CPU, % of one core',
    budget: 'agentCpuBudgetPercent',
    amount: cpuAmount,
  },
  peakMemoryMiB: {
    title: 'Peak memory',
    budget: 'agentMemoryBudgetMiB',
    amount: memoryAmount,
  },
  collectionSeconds: {
    title: 'Collection time',
    budget: 'agentCollectionBudgetSeconds',
    amount: secondsAmount,
  },
};

/** A measure's value in its own words ("62 MiB"). */
export const formatMeasure = (measure: CostMeasure, value: number): string =>
  say(MEASURES[measure].amount(value));

/** What a part over budget is called on a badge. */
export const BUDGET_PART_LABELS: Record<AgentBudgetPart, string> = {
  cpu: 'CPU',
  memory: 'Memory',
  collection: 'Collection',
};

/** The same in a sentence ("over budget on memory and collection time"). */
const PART_WORDS: Record<AgentBudgetPart, string> = {
  cpu: 'CPU',
  memory: 'memory',
  collection: 'collection time',
};

/** "a", "a and b", "a, b and c". */
function listed(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The parts an agent is over, in a sentence: "memory and collection time". */
export const overPartsText = (parts: readonly AgentBudgetPart[]): string =>
  listed(parts.map((part) => PART_WORDS[part]));

/** The budget in one line: "1 % CPU on average, 150 MiB memory, 2 min per collection". */
export function budgetText(budget: AgentBudget): string {
  return [
    `${formatCpuPercent(budget.agentCpuBudgetPercent)} CPU on average`,
    `${formatMiB(budget.agentMemoryBudgetMiB)} memory`,
    `${formatSeconds(budget.agentCollectionBudgetSeconds)} per collection`,
  ].join(', ');
}

/**
 * The fleet in a sentence: how many agents tell their cost, how many are over budget and on
 * what, and how many have not told it yet. Why not is not said: the hub cannot tell an agent
 * that reports at its next check-in from one too old ever to report.
 */
export function fleetCostSummary(fleet: FleetAgentCost): string {
  const notYet =
    fleet.notReported > 0
      ? `${plural(fleet.notReported, 'computer')} ${fleet.notReported === 1 ? 'has' : 'have'} not reported it yet`
      : '';
  if (fleet.reported === 0) {
    if (fleet.notReported === 0) return 'No agent has reported its cost yet.';
    const computers =
      fleet.notReported === 1
        ? 'the one computer has not reported it yet'
        : `none of the ${formatCount(fleet.notReported)} computers has reported it yet`;
    return `No agent has reported its cost yet: ${computers}.`;
  }
  const opening =
    fleet.reported === 1
      ? 'Of 1 agent that reports its cost'
      : `Of ${plural(fleet.reported, 'agent')} that report their cost`;
  const parts = (['cpu', 'memory', 'collection'] as const)
    .filter((part) => fleet.overBy[part] > 0)
    .map((part) => `${formatCount(fleet.overBy[part])} on ${PART_WORDS[part]}`);
  const over =
    fleet.overBudget === 0
      ? fleet.reported === 1
        ? 'it is within budget'
        : 'none is over budget'
      : `${formatCount(fleet.overBudget)} ${fleet.overBudget === 1 ? 'is' : 'are'} over budget: ${parts.join(', ')}`;
  return `${opening}, ${over}${notYet ? `; ${notYet}` : ''}.`;
}

/** Agents that had to reconnect in their latest period, when any did. */
export function reconnectedText(fleet: FleetAgentCost): string | null {
  if (fleet.reconnected === 0) return null;
  return `${plural(fleet.reconnected, 'agent')} reconnected to the hub at least once since ${fleet.reconnected === 1 ? 'its' : 'their'} previous check-in.`;
}

/** Median, 90th percentile and highest of a measure: "Median 62 MiB · 90th percentile …". */
export function distributionFigures(
  measure: CostMeasure,
  distribution: AgentCostDistribution,
): { label: string; value: string }[] {
  const shown = (value: number | null) => (value === null ? '—' : formatMeasure(measure, value));
  return [
    { label: 'Median', value: shown(distribution.median) },
    { label: '90th percentile', value: shown(distribution.p90) },
    { label: 'Highest', value: shown(distribution.max) },
  ];
}

/** One bucket of a distribution as a row shows it. */
export type BucketRow = {
  /** "Up to 50 MiB", "50–75 MiB", "Over 300 MiB". */
  range: string;
  count: number;
  /** Where the budget's limit falls: agents here may be on either side of it. */
  holdsBudget: boolean;
  /** Wholly past the budget: every agent here is over it. */
  overBudget: boolean;
};

/**
 * A range's words, naming the unit once where both ends are plain figures of it ("1–2 min"), and
 * twice otherwise ("30 s–1 min", "1 min 30 s–2 min").
 */
function rangeText(lower: Amount, upper: Amount): string {
  const plain = (amount: Amount) => !amount.figure.includes(' ');
  return lower.unit === upper.unit && plain(lower) && plain(upper)
    ? `${lower.figure}–${upper.figure} ${upper.unit}`
    : `${say(lower)}–${say(upper)}`;
}

/**
 * A distribution's buckets in words, with the one holding the budget's limit and those past it
 * marked. The buckets are in rising order; the last has no upper bound.
 */
export function bucketRows(
  measure: CostMeasure,
  distribution: AgentCostDistribution,
  budget: number,
): BucketRow[] {
  const { amount } = MEASURES[measure];
  const holding = distribution.buckets.findIndex(
    (bucket) => bucket.upTo === null || budget <= bucket.upTo,
  );
  return distribution.buckets.map((bucket, index) => {
    const lower = index > 0 ? distribution.buckets[index - 1]!.upTo : null;
    const range =
      bucket.upTo === null
        ? `Over ${say(amount(lower ?? 0))}`
        : lower === null
          ? `Up to ${say(amount(bucket.upTo))}`
          : rangeText(amount(lower), amount(bucket.upTo));
    return {
      range,
      count: bucket.count,
      holdsBudget: index === holding,
      overBudget: holding >= 0 && index > holding,
    };
  });
}

/** The rule a CPU share is judged by, in words: the Agent card and Settings say it the same way. */
export const CPU_JUDGED_RULE = `CPU is judged over check-in periods of ${formatCount(MIN_JUDGED_PERIOD_MS / (SECONDS_PER_MINUTE * 1000))} minutes or more`;

/** An agent's average CPU over its period, or why it is not judged, naming the rule. */
export function cpuText(cost: Pick<AgentCostView, 'cpuPercent' | 'periodMs'>): string {
  const period = formatDuration(cost.periodMs);
  return cost.cpuPercent === null
    ? `Not judged: the period was ${period}, and ${CPU_JUDGED_RULE}.`
    : `${formatCpuPercent(cost.cpuPercent)} of one core over ${period}`;
}

/** What each inventory section is called in a sentence. */
const SECTION_WORDS: Record<keyof SectionDurations, string> = {
  os: 'system',
  hardware: 'hardware',
  software: 'software',
  updates: 'updates',
  hotfixes: 'hotfixes',
  state: 'state',
};

/** The slowest sections of a collection, slowest first: "software 1.2 s, updates 0.8 s". */
export function slowestSections(sections: SectionDurations, count = 3): string | null {
  const timed = (Object.keys(SECTION_WORDS) as (keyof SectionDurations)[])
    .map((key) => [key, sections[key]] as const)
    .filter((entry): entry is readonly [keyof SectionDurations, number] => entry[1] !== undefined)
    .sort((a, b) => b[1] - a[1])
    .slice(0, count);
  if (timed.length === 0) return null;
  return timed.map(([key, ms]) => `${SECTION_WORDS[key]} ${formatSectionMs(ms)}`).join(', ');
}

/** What runs the agent's core, in words. */
export const RUNTIME_LABELS: Record<NonNullable<AgentCostView['runtime']>, string> = {
  service: 'Service (runs without anyone signed in)',
  tray: 'Tray app',
};
