// `npm run bench`: the headless agent's inventory footprint beside FusionInventory's, same machine,
// same run, as ratios. Usage: footprint.ts [--runs N] [--timeout SECONDS] [--json]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, release, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { killLivePrograms, type RunMeasurement } from './measure-process.ts';
import { METRICS, medians, ratio, type Medians } from './metrics.ts';
import { runOnce, type RunRecord, type RunSettings } from './run-once.ts';
import { buildAgentCli } from '../src/core/build-cli.ts';
import { FUSION_INVENTORY_BIN, fusionSide, handraiseSide, type Side } from './sides.ts';
import { renderComparison } from './table.ts';
import { SOCKET_IO_PREFIX_BYTES } from './wire-bytes.ts';

const DEFAULT_RUNS = 3;
const MAX_RUNS = 50;
/** A healthy inventory takes seconds; five minutes means something is stuck. */
const DEFAULT_TIMEOUT_S = 300;
/**
 * Often enough to catch most short-lived children (dpkg-query, dmidecode…); what sampling costs
 * is printed with the results ("observer CPU"), and it lands on neither side's figures.
 */
const SAMPLE_INTERVAL_MS = 10;

const USAGE = `Usage: footprint.ts [--runs N] [--timeout SECONDS] [--json]
  --runs N            runs per side, alternating (default ${DEFAULT_RUNS}, at most ${MAX_RUNS})
  --timeout SECONDS   kill a run that takes longer (default ${DEFAULT_TIMEOUT_S})
  --json              machine-readable results on stdout instead of the table
`;

type Options = { runs: number; timeoutMs: number; json: boolean };

/** The options, or a usage error to print; '' for --help. */
function parseOptions(argv: string[]): Options | string {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        runs: { type: 'string' },
        timeout: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    return (error as Error).message;
  }
  if (values.help) return '';
  const runs = Number(values.runs ?? DEFAULT_RUNS);
  if (!Number.isInteger(runs) || runs < 1 || runs > MAX_RUNS)
    return `--runs takes a whole number from 1 to ${MAX_RUNS}`;
  const timeoutS = Number(values.timeout ?? DEFAULT_TIMEOUT_S);
  if (!Number.isFinite(timeoutS) || timeoutS <= 0) return '--timeout takes a positive number';
  return { runs, timeoutMs: timeoutS * 1000, json: values.json ?? false };
}

function fusionVersion(): string {
  try {
    const out = execFileSync(FUSION_INVENTORY_BIN, ['--version'], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    return out.split('\n').filter(Boolean).join('; ');
  } catch (error) {
    return `unknown (${String(error)})`;
  }
}

const commandLine = (side: Side) => [side.command, ...side.args].join(' ');

/**
 * Every round runs both sides, and the order flips each round (ours first, then theirs first…),
 * so neither always gets the warmer page cache.
 */
async function runAll(sides: readonly [Side, Side], runs: number, settings: RunSettings) {
  const records: RunRecord[] = [];
  for (let round = 1; round <= runs; round += 1) {
    const order = round % 2 === 1 ? sides : ([sides[1], sides[0]] as const);
    for (const side of order) {
      const record = await runOnce(side, round, settings);
      records.push(record);
      const wall = record.measurement ? `${Math.round(record.measurement.wallMs)} ms` : '-';
      process.stderr.write(
        `run ${round}/${runs} ${side.label}: ${wall}${record.ok ? '' : ` FAILED: ${record.error}`}\n`,
      );
    }
  }
  return records;
}

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

function summarise(side: Side, records: readonly RunRecord[]) {
  const mine = records.filter((record) => record.side === side.key);
  const ok = mine.flatMap((record) => (record.ok ? [record] : []));
  return {
    key: side.key,
    label: side.label,
    command: commandLine(side),
    okRuns: ok.length,
    failedRuns: mine.length - ok.length,
    medians: medians(ok.map((record) => record.figures)),
    details: [...(ok.at(-1)?.details ?? []), ...runDetails(ok.at(-1)?.measurement ?? null)],
    runs: mine,
  };
}

function ratios(ours: Medians, theirs: Medians) {
  return Object.fromEntries(METRICS.map(({ key }) => [key, ratio(ours[key], theirs[key])]));
}

const NOTES = [
  'Each run is a fresh process that collects a full inventory and prints it; nothing is sent.',
  'Peak RSS: main = VmHWM of the started process; tree = largest sum of VmRSS over it and its',
  `  live descendants per ${SAMPLE_INTERVAL_MS} ms sample, leaving out children caught between fork and exec`,
  "  (still their parent's program, on its pages); libraries shared between processes count in each;",
  '  a child living under one sample interval can be missed. CPU = cutime+cstime: the whole tree.',
  'Handraise on the wire: the inventory:report packet exactly as socket.io encodes it on /agent, with',
  `  a ${SOCKET_IO_PREFIX_BYTES} B engine.io prefix per frame; reports over 4 KB travel gzip-compressed as a binary`,
  '  attachment; unchanged = deltaReport(inv, inv.hashes), sent as it is.',
  'FusionInventory on the wire: the XML through Compress::Zlib (its OCS client compresses when the',
  '  module is present), POSTed in full on every run; the PROLOG exchange and HTTP headers are',
  '  not counted on either side. "zlib (reference)" deflates both documents with Node alike.',
  'Handraise also simulates `apt-get dist-upgrade` for pending updates; FusionInventory has no such section.',
];

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (typeof options === 'string') {
    if (options === '') {
      process.stdout.write(USAGE);
      return 0;
    }
    process.stderr.write(`${options}\n\n${USAGE}`);
    return 1;
  }
  if (!existsSync(FUSION_INVENTORY_BIN)) {
    process.stderr.write(
      `${FUSION_INVENTORY_BIN} not found: install Debian's fusioninventory-agent package.\n`,
    );
    return 1;
  }

  const repoRoot = resolve(import.meta.dirname, '../..');
  const tempDir = mkdtempSync(join(tmpdir(), 'handraise-bench-'));
  // Runs on every way out, including process.exit from a signal handler.
  process.on('exit', () => {
    killLivePrograms();
    rmSync(tempDir, { recursive: true, force: true });
  });

  // The agent runs as it ships: one bundled JavaScript file, not TypeScript stripped at load time.
  const agentBundle = await buildAgentCli(tempDir);
  const sides = [handraiseSide(agentBundle), fusionSide()] as const;
  const settings = {
    repoRoot,
    tempDir,
    timeoutMs: options.timeoutMs,
    sampleIntervalMs: SAMPLE_INTERVAL_MS,
  };
  const machine = {
    kernel: release(),
    cpus: cpus().length,
    memoryMiB: Math.round(totalmem() / 2 ** 20),
    node: process.version,
    fusionInventory: fusionVersion(),
    root: process.getuid?.() === 0,
  };
  const records = await runAll(sides, options.runs, settings);
  const [ours, theirs] = sides.map((side) => summarise(side, records));
  if (!ours || !theirs) return 1;
  const failed = ours.failedRuns + theirs.failedRuns;

  if (options.json) {
    const result = {
      machine,
      settings: {
        runs: options.runs,
        timeoutMs: options.timeoutMs,
        sampleIntervalMs: SAMPLE_INTERVAL_MS,
        socketIoPrefixBytes: SOCKET_IO_PREFIX_BYTES,
      },
      sides: { handraise: ours, fusioninventory: theirs },
      ratios: ratios(ours.medians, theirs.medians),
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return failed === 0 ? 0 : 1;
  }

  const say = (line = '') => process.stdout.write(`${line}\n`);
  say(
    `Inventory footprint: ${options.runs} run(s) per side, alternating; medians; ratio < 1 = ours lighter/faster`,
  );
  say(
    `Machine: Linux ${machine.kernel}, ${machine.cpus} CPU(s), ${machine.memoryMiB} MiB, Node ${machine.node}, ${machine.root ? 'as root' : 'NOT as root'}`,
  );
  say(`FusionInventory: ${machine.fusionInventory}`);
  for (const side of [ours, theirs]) {
    say(`${side.label}: ${side.command}  (${side.okRuns} ok, ${side.failedRuns} failed)`);
  }
  say();
  say(renderComparison(ours, theirs));
  say();
  for (const side of [ours, theirs])
    for (const detail of side.details) say(`${side.label} ${detail}`);
  if (!machine.root)
    say('Not root: FusionInventory skips dmidecode (BIOS, memory slots), so it does less here.');
  say();
  for (const note of NOTES) say(note);
  return failed === 0 ? 0 : 1;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => process.exit(signal === 'SIGINT' ? 130 : 143));
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`footprint: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
