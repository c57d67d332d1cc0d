// The console bench's table: one row per figure, one column per fleet size, and the ratio of the
// largest to the smallest (how the figure grows with the fleet).
import type { ConsoleFigures, StepName } from './measure-console.ts';

/** A task longer than this is a visible freeze; none may pass it at 10,000 computers. */
export const LONG_TASK_TARGET_MS = 200;

const STEPS: [StepName, string][] = [
  ['firstLoad', 'first load to a usable Devices view'],
  ['search', 'search the Devices table'],
  ['sort', 'sort the Devices table'],
  ['tableScroll', 'scroll the whole Devices table'],
  ['titleOpen', "open a title's list of all its computers"],
  ['titleScroll', 'scroll that list to its end'],
];

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const ms = (value: number) => `${whole.format(value)} ms`;
const mib = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
const kib = (bytes: number) => `${whole.format(bytes / 1024)} KiB`;

function render(rows: string[][]): string {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (row: string[]) =>
    row
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ');
  const [header = [], ...body] = rows;
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

export function renderFigures(runs: { devices: number; figures: ConsoleFigures }[]): string {
  const first = runs[0];
  const last = runs.at(-1);
  const ratio = (pick: (f: ConsoleFigures) => number) =>
    first && last && pick(first.figures) > 0
      ? (pick(last.figures) / pick(first.figures)).toFixed(2)
      : 'n/a';
  const row = (
    label: string,
    pick: (f: ConsoleFigures) => number,
    format: (v: number) => string,
  ) => [label, ...runs.map((run) => format(pick(run.figures))), ratio(pick)];
  const rows = [
    ['Console (Chromium)', ...runs.map((run) => `${whole.format(run.devices)} computers`), 'ratio'],
    row(
      'title list: computers',
      (f) => f.titleComputers,
      (v) => whole.format(v),
    ),
    row('first-load JS (as sent, gzip)', (f) => f.firstLoadScripts.sent, kib),
    row('first-load JS (as run)', (f) => f.firstLoadScripts.run, kib),
  ];
  for (const [step, label] of STEPS) {
    rows.push(row(`${label}: time`, (f) => f[step].ms, ms));
    rows.push(row('  longest task', (f) => f[step].longestTaskMs, ms));
    rows.push(
      row(
        '  DOM nodes after',
        (f) => f[step].domNodes,
        (v) => whole.format(v),
      ),
    );
    rows.push(row('  JS heap after', (f) => f[step].heapBytes, mib));
  }
  const longest = last
    ? Math.max(...STEPS.map(([step]) => last.figures[step].longestTaskMs))
    : Number.NaN;
  const verdict = `longest task at ${last ? whole.format(last.devices) : '?'} computers: ${ms(longest)} (target: none over ${LONG_TASK_TARGET_MS} ms) ${longest <= LONG_TASK_TARGET_MS ? 'met' : 'NOT met'}`;
  return `${render(rows)}\n${verdict}`;
}
