// `npm run bench`: the headless agent's inventory footprint beside FusionInventory's, same machine,
// same run, as ratios. The agent is measured twice over: on its first inventory (cold: nothing
// cached, apt asked) and on a repeat with nothing changed (warm: apt's cached answer reused), each
// against the same FusionInventory runs, with a verdict for each.
// Usage: footprint.ts [--runs N] [--timeout SECONDS] [--json]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, release, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { killLivePrograms, type RunMeasurement } from './measure-process.ts';
import { goalVerdict, METRICS, medians, ratio, type GoalVerdict, type Medians } from './metrics.ts';
import { runOnce, type RunRecord, type RunSettings } from './run-once.ts';
import { buildAgentCli } from '../tools/build-agent-cli.ts';
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
  --runs N            runs per side, order rotating (default ${DEFAULT_RUNS}, at most ${MAX_RUNS})
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
 * Every round runs every side, and the order rotates each round (cold, warm, theirs; then warm,
 * theirs, cold…), so none always gets the warmer page cache.
 */
async function runAll(sides: readonly Side[], runs: number, settings: RunSettings) {
  const records: RunRecord[] = [];
  for (let round = 1; round <= runs; round += 1) {
    const shift = (round - 1) % sides.length;
    const order = [...sides.slice(shift), ...sides.slice(0, shift)];
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
  'Handraise (cold): a new, empty data folder for each run, as on the first inventory of a machine',
  '  or the first after `apt update` or a package change: `apt list --upgradable` runs.',
  '  Handraise (warm): one data folder kept across runs (filled by an unmeasured run first), as',
  "  every later inventory of an unchanged machine: apt's cached answer is reused, apt is not run.",
  "  Both read the same OS page cache as FusionInventory's runs do.",
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
  'Handraise also lists pending updates (`apt list --upgradable`, ~0.7 s of CPU on this image,',
  '  whose apt configuration turns off its binary package cache); FusionInventory has no such section.',
  'Goal: lower wall time, CPU time and peak RSS (main process and tree) than FusionInventory.',
];

function verdictLine(run: string, verdict: GoalVerdict): string {
  if (verdict.met) return `Goal on the ${run} run: MET (lower on every goal figure).`;
  const misses = verdict.missed
    .map((miss) => `${miss.label} ${miss.ratio === null ? 'n/a' : `${miss.ratio.toFixed(2)}x`}`)
    .join(', ');
  return `Goal on the ${run} run: NOT MET (${misses}).`;
}

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

  // The agent runs as it ships: a bundle of plain JavaScript, not TypeScript stripped at load time.
  const agentBundle = await buildAgentCli(join(tempDir, 'bundle'));
  const warmDataDir = join(tempDir, 'data-warm');
  mkdirSync(warmDataDir);
  const coldDataDir = (round: number) => mkdtempSync(join(tempDir, `data-cold-${round}-`));
  const sides = [
    handraiseSide(agentBundle, 'cold', coldDataDir),
    handraiseSide(agentBundle, 'warm', () => warmDataDir),
    fusionSide(),
  ] as const;
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
  // Fills the warm data folder: what the agent's previous inventory left there.
  execFileSync(process.execPath, [agentBundle, 'inventory', '--json'], {
    env: { ...process.env, HANDRAISE_AGENT_DATA_DIR: warmDataDir },
    stdio: 'ignore',
    timeout: options.timeoutMs,
  });
  const records = await runAll(sides, options.runs, settings);
  const [cold, warm, theirs] = sides.map((side) => summarise(side, records));
  if (!cold || !warm || !theirs) return 1;
  const failed = cold.failedRuns + warm.failedRuns + theirs.failedRuns;
  const verdicts = {
    cold: goalVerdict(cold.medians, theirs.medians),
    warm: goalVerdict(warm.medians, theirs.medians),
  };

  if (options.json) {
    const result = {
      machine,
      settings: {
        runs: options.runs,
        timeoutMs: options.timeoutMs,
        sampleIntervalMs: SAMPLE_INTERVAL_MS,
        socketIoPrefixBytes: SOCKET_IO_PREFIX_BYTES,
      },
      sides: { handraiseCold: cold, handraiseWarm: warm, fusioninventory: theirs },
      ratios: {
        cold: ratios(cold.medians, theirs.medians),
        warm: ratios(warm.medians, theirs.medians),
      },
      goal: verdicts,
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return failed === 0 ? 0 : 1;
  }

  const say = (line = '') => process.stdout.write(`${line}\n`);
  say(
    `Inventory footprint: ${options.runs} run(s) per side, order rotating; medians; ratio < 1 = ours lighter/faster`,
  );
  say(
    `Machine: Linux ${machine.kernel}, ${machine.cpus} CPU(s), ${machine.memoryMiB} MiB, Node ${machine.node}, ${machine.root ? 'as root' : 'NOT as root'}`,
  );
  say(`FusionInventory: ${machine.fusionInventory}`);
  for (const side of [cold, warm, theirs]) {
    say(`${side.label}: ${side.command}  (${side.okRuns} ok, ${side.failedRuns} failed)`);
  }
  say();
  say('First inventory (cold):');
  say(renderComparison(cold, theirs));
  say();
  say('Repeat inventory, nothing changed (warm):');
  say(renderComparison(warm, theirs));
  say();
  say(verdictLine('cold', verdicts.cold));
  say(verdictLine('warm', verdicts.warm));
  say();
  for (const side of [cold, warm, theirs])
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
