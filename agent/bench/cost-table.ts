// Plain-text rendering of what the agent said each run cost: per section, then its own totals.
import { SECTION_NAMES, type CostMedians } from './cost-figures.ts';
import { renderRows } from './table.ts';

export type CostColumn = { heading: string; medians: CostMedians };

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const ms = (value: number | null) => (value === null ? 'n/a' : `${grouped.format(value)} ms`);
const mib = (bytes: number | null) =>
  bytes === null ? 'n/a' : `${(bytes / 2 ** 20).toFixed(1)} MiB`;

/** Sections the inventory added in issue 14 (new hardware facts, the state section). */
const NEW_FACTS = new Set(['hardware', 'state']);

/** One row per section and per figure of the agent's own, one column per kind of run. */
export function renderCostTable(columns: readonly CostColumn[]): string {
  const row = (label: string, cell: (medians: CostMedians) => string) => [
    label,
    ...columns.map((column) => cell(column.medians)),
  ];
  return renderRows([
    ['Agent-reported (median)', ...columns.map((column) => column.heading)],
    ...SECTION_NAMES.map((name) =>
      row(`Section ${name}${NEW_FACTS.has(name) ? ' (new facts)' : ''}`, (medians) =>
        ms(medians.sections[name]),
      ),
    ),
    row('Collection (longest section)', (medians) => ms(medians.collectionMs)),
    row('Process start to figures (periodMs)', (medians) => ms(medians.periodMs)),
    row('  of which outside the collection', (medians) => ms(medians.outsideCollectionMs)),
    row("Agent's own CPU (cpuMs)", (medians) => ms(medians.cpuMs)),
    row("Tools' CPU (toolsCpuMs)", (medians) => ms(medians.toolsCpuMs)),
    row("Agent's peak RSS (peakRssBytes)", (medians) => mib(medians.peakRssBytes)),
    row('Runs that reported a cost', (medians) => String(medians.reported)),
  ]);
}
