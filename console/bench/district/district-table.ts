// The district bench's figures as a table: one column per target, every hub figure with its
// ratio to the bare Socket.IO server measured in the same run.
import type { INVENTORY_SIZE } from '../simulation/realistic-profile.ts';
import type { RequestFigures } from './console-probes.ts';
import { percentile, type Exchange } from './fleet-phases.ts';
import type { ProcessUsage } from './process-usage.ts';
import type { FloorStep } from './report-floor.ts';
import type { StormFigures } from './reconnect-storm.ts';

export type TargetFigures = {
  label: string;
  connectS: number;
  full: Exchange;
  delta: Exchange;
  /** After the exchanges; summed over the hubs when there are two. */
  usage: ProcessUsage | null;
  /** CPU the server(s) used over connect, ingest and check-in. */
  cpuSeconds: number;
  requests?: RequestFigures;
  verdictDelayMs?: (number | null)[];
  softwarePage?: { titles: number; timesMs: number[] };
};

export type DistrictFigures = {
  agents: number;
  inventorySizes: typeof INVENTORY_SIZE;
  results: TargetFigures[];
  storm: StormFigures | null;
  postgresMissing: string | null;
  /** The hub's own per-report work, measured alone (report-floor.ts). */
  floor: FloorStep[];
};

const MB = 1024 * 1024;
const COLUMN = 26;
const LABEL = 38;

const fixed = (value: number, digits: number) =>
  Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
/** The ratio to bare, as "×0.62". */
const ratio = (value: number, bare: number) =>
  Number.isFinite(value) && Number.isFinite(bare) && bare > 0
    ? ` (×${(value / bare).toFixed(2)})`
    : '';

type Row = { label: string; value: (t: TargetFigures) => number; digits: number; unit?: string };

export function printDistrictFigures(say: (line: string) => void, figures: DistrictFigures): void {
  const { results, agents, inventorySizes: sizes } = figures;
  const bare = results[0]!;
  say('');
  say(
    `District (${agents} simulated computers; Windows ${sizes.windows.join('–')} programs, macOS ${sizes.macos.join('–')} apps, ` +
      `Debian ${sizes.linux.join('–')} packages, about 1 title in 5 behind; agents in this process, each server in its own, 2 cores shared)`,
  );
  say(
    '  ratios are to the bare Socket.IO server (same agents, messages and transport, acknowledging only)',
  );
  const rows: Row[] = [
    { label: `connect ${agents} agents (s)`, value: (t) => t.connectS, digits: 1 },
    {
      label: 'full-inventory ingest (reports/s)',
      value: (t) => t.full.acknowledged / t.full.seconds,
      digits: 0,
    },
    {
      label: 'delta check-in (reports/s)',
      value: (t) => t.delta.acknowledged / t.delta.seconds,
      digits: 0,
    },
    {
      label: 'full report ack p50 (ms)',
      value: (t) => percentile(t.full.latenciesMs, 50),
      digits: 0,
    },
    {
      label: 'full report ack p99 (ms)',
      value: (t) => percentile(t.full.latenciesMs, 99),
      digits: 0,
    },
    { label: 'delta ack p50 (ms)', value: (t) => percentile(t.delta.latenciesMs, 50), digits: 0 },
    { label: 'delta ack p99 (ms)', value: (t) => percentile(t.delta.latenciesMs, 99), digits: 0 },
    { label: 'server RSS after (MB)', value: (t) => (t.usage?.rssBytes ?? NaN) / MB, digits: 0 },
    { label: 'server peak RSS (MB)', value: (t) => (t.usage?.peakRssBytes ?? NaN) / MB, digits: 0 },
    { label: 'server CPU, connect to check-in (s)', value: (t) => t.cpuSeconds, digits: 1 },
  ];
  say(`  ${''.padEnd(LABEL)}${results.map((t) => t.label.padEnd(COLUMN)).join('')}`);
  for (const row of rows) {
    const cells = results.map((t, index) => {
      const value = row.value(t);
      return `${fixed(value, row.digits)}${index === 0 ? '' : ratio(value, row.value(bare))}`.padEnd(
        COLUMN,
      );
    });
    say(`  ${row.label.padEnd(LABEL)}${cells.join('')}`);
  }
  say(
    `  reports acknowledged (full / delta):   ${results.map((t) => `${t.full.acknowledged} / ${t.delta.acknowledged}`.padEnd(COLUMN)).join('')}`,
  );
  const hubs = results.slice(1);
  say(
    `  targets: ingest ≥ ×0.50 of bare with storage on; ${agents} agents under 1024 MB hub RSS (per hub process)`,
  );
  for (const hub of hubs) {
    const requests = hub.requests;
    if (requests) {
      const where = hub.label.startsWith('2 hubs')
        ? 'raised at hub A, watched at hub B'
        : 'same hub';
      say(
        `  ${hub.label}: help request with a ${(requests.screenshotBytes / 1024).toFixed(0)} KB screenshot to a watching console (${where}), ` +
          `${requests.latenciesMs.length}/${requests.sent}: p50 ${fixed(percentile(requests.latenciesMs, 50), 0)} ms, p99 ${fixed(percentile(requests.latenciesMs, 99), 0)} ms`,
      );
    }
    const page = hub.softwarePage;
    if (page)
      say(
        `  ${hub.label}: GET /api/software over the fleet (${page.titles} titles): first ${fixed(page.timesMs[0]!, 0)} ms, ` +
          `then ${page.timesMs
            .slice(1)
            .map((t) => fixed(t, 0))
            .join(', ')} ms`,
      );
    const delays = hub.verdictDelayMs;
    if (delays) {
      const seen = delays.filter((d): d is number => d !== null);
      const where = hub.label.startsWith('2 hubs')
        ? 'stored by hub A, served by hub B'
        : 'same hub';
      say(
        `  ${hub.label}: inventory to changed verdicts (${where}), ${seen.length}/${delays.length} seen: ` +
          `p50 ${fixed(percentile(seen, 50), 0)} ms, max ${fixed(Math.max(...seen), 0)} ms (target ≤ 1000 ms)`,
      );
    }
  }
  const storm = figures.storm;
  if (storm)
    say(
      `  reconnect storm (hub on SQLite restarted under ${storm.agents} agents): restart ${fixed(storm.restartS, 1)} s, ` +
        `${storm.reconnected}/${storm.agents} back ${fixed(storm.allBackS, 1)} s after it listened, peak ${storm.peakPerS}/s; ` +
        `GET /api/status meanwhile (from a process of its own) p99 ${fixed(storm.statusP99Ms, 0)} ms, max ${fixed(storm.statusMaxMs, 0)} ms` +
        (storm.statusFailures > 0
          ? `, ${storm.statusFailures} failed (${storm.firstFailure})`
          : '') +
        '; ' +
        `verdicts ready ${storm.verdictsReadyS === null ? 'not within the storm' : `${fixed(storm.verdictsReadyS, 1)} s`} after listening`,
    );
  printFloor(say, figures.floor, bare);
  if (figures.postgresMissing)
    say(`  PostgreSQL columns left out: no cluster could start here (${figures.postgresMissing})`);
}

/** The hub's per-report work measured alone, and the ingest ratio it leaves room for at most. */
function printFloor(say: (line: string) => void, floor: FloorStep[], bare: TargetFigures): void {
  const total = floor.reduce((sum, step) => sum + step.msPerReport, 0);
  const ceiling = 1000 / total;
  const bareRate = bare.full.acknowledged / bare.full.seconds;
  const bareCpuMs = (bare.cpuSeconds * 1000) / (bare.full.acknowledged + bare.delta.acknowledged);
  say(
    `  the hub's own work per full report, measured alone (one core, no socket, no storage): ` +
      floor.map((step) => `${step.label} ${fixed(step.msPerReport, 3)} ms`).join(', ') +
      `; together ${fixed(total, 2)} ms, so at most ${fixed(ceiling, 0)} reports/s per core (×${fixed(ceiling / bareRate, 2)} of bare's ingest) ` +
      `before any socket or storage work; the bare server spent ${fixed(bareCpuMs, 2)} ms of CPU per report in all`,
  );
}
