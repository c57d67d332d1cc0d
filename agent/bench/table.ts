// Plain-text rendering of the comparison.
import { METRICS, ratio, type Medians } from './metrics.ts';

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Memory figures are kept in kB, as /proc reports them, and shown in MiB. */
function formatValue(value: number | null, unit: string): string {
  if (value === null) return 'n/a';
  if (unit === 'MiB') return `${(value / 1024).toFixed(1)} MiB`;
  // Sub-millisecond digits would be noise from the event loop, not a measurement.
  if (unit === 'ms') return `${grouped.format(Math.round(value))} ms`;
  const text = Number.isInteger(value) ? grouped.format(value) : value.toFixed(1);
  return unit === '' ? text : `${text} ${unit}`;
}

/** Two decimals, but small ratios (a delta against a full document) keep two significant digits. */
function formatRatio(value: number | null): string {
  if (value === null) return 'n/a';
  return value >= 0.1 ? value.toFixed(2) : value.toPrecision(2);
}

/** Left-aligned first column, right-aligned figures. */
export function renderRows(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) => {
        const width = widths?.[column] ?? 0;
        return column === 0 ? cell.padEnd(width) : cell.padStart(width);
      })
      .join('  ');
  const [header, ...body] = rows;
  const rule = (widths ?? []).map((width) => '-'.repeat(width)).join('  ');
  return [line(header ?? []), rule, ...body.map(line)].join('\n');
}

export type TableSide = { label: string; medians: Medians };

/** One row per metric: each side's median and ours / theirs. */
export function renderComparison(ours: TableSide, theirs: TableSide): string {
  const rows = [
    ['Metric (median)', ours.label, theirs.label, 'ours/theirs'],
    ...METRICS.map(({ key, label, unit }) => [
      label,
      formatValue(ours.medians[key], unit),
      formatValue(theirs.medians[key], unit),
      formatRatio(ratio(ours.medians[key], theirs.medians[key])),
    ]),
  ];
  return renderRows(rows);
}
