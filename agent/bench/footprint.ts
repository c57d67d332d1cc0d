// `npm run bench`: the headless agent's inventory footprint beside FusionInventory's, same machine,
// same run, as ratios. The agent is measured on its first inventory (cold: nothing cached, apt
// asked) and on a repeat with nothing changed (warm: apt's cached answer reused), each under two
// apt configurations: this image's, whose package cache is off, and a stock Debian one, whose
// cache is on. Each is set against the same FusionInventory runs and judged on issue 14's
// targets, with Node's own floor measured for the memory target and the agent's own account of
// what each section cost (the `cost` its reports carry).
// Usage: footprint.ts [--runs N] [--timeout SECONDS] [--json]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildAgentCli } from '../tools/build-agent-cli.ts';
import { imageApt, stockApt, withoutAptConfig, type AptRun } from './apt-setting.ts';
import { renderFootprintText, type HandraiseResult } from './footprint-text.ts';
import { killLivePrograms } from './measure-process.ts';
import { goalVerdict, METRICS, ratio, type Medians } from './metrics.ts';
import { measureNodeFloor } from './node-floor.ts';
import { runOnce, type RunRecord, type RunSettings } from './run-once.ts';
import { renderReaderTimings, timeReaderFiles, timeReaderTools } from './reader-timings.ts';
import { summarise } from './side-summary.ts';
import {
  FUSION_INVENTORY_BIN,
  fusionSide,
  handraiseSide,
  type RunKind,
  type Side,
} from './sides.ts';
import {
  FIRST_WALL_MAX_RATIO,
  memoryTarget,
  REPEAT_WALL_MAX_RATIO,
  wallTarget,
} from './targets.ts';
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

/**
 * Every round runs every side, and the order rotates each round (a, b, c…; then b, c, …, a), so
 * none always gets the warmer page cache.
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

function ratios(ours: Medians, theirs: Medians) {
  return Object.fromEntries(METRICS.map(({ key }) => [key, ratio(ours[key], theirs[key])]));
}

const NOTES = [
  'Each run is a fresh process that collects a full inventory and prints it; nothing is sent.',
  'Handraise (cold): a new, empty data folder for each run, as on the first inventory of a machine',
  '  or the first after `apt update` or a package change: `apt list --upgradable` runs.',
  '  Handraise (warm): one data folder per apt setting kept across runs (filled by an unmeasured',
  "  run first), as every later inventory of an unchanged machine: apt's cached answer is reused,",
  "  apt is not run. All read the same OS page cache as FusionInventory's runs do.",
  'apt settings: with its package cache off (Dir::Cache::pkgcache "", as Docker images set it), every',
  '  `apt list --upgradable` rebuilds the cache from the package lists (~0.7 s of CPU on this image);',
  '  a stock Debian keeps pkgcache.bin and apt only maps it (~0.25 s). Only cold runs ask apt, so the',
  '  warm runs of both settings do the same work. FusionInventory does not use apt (no updates section).',
  'Peak RSS: main = VmHWM of the started process; tree = largest sum of VmRSS over it and its',
  `  live descendants per ${SAMPLE_INTERVAL_MS} ms sample, leaving out children caught between fork and exec`,
  "  (still their parent's program, on its pages); libraries shared between processes count in each;",
  '  a child living under one sample interval can be missed. CPU = cutime+cstime: the whole tree.',
  "  Node's floor: the same Node binary running an empty 300 ms timer, its VmHWM sampled alike.",
  'Handraise on the wire: the inventory:report packet exactly as socket.io encodes it on /agent, with',
  `  a ${SOCKET_IO_PREFIX_BYTES} B engine.io prefix per frame; reports over 4 KB travel gzip-compressed as a binary`,
  '  attachment; unchanged = deltaReport(inv, inv.hashes, notesHash(inv.notes)) (the notes go only when',
  "  they changed), sent as it is, with the agent's cost.",
  'FusionInventory on the wire: the XML through Compress::Zlib (its OCS client compresses when the',
  '  module is present), POSTed in full on every run; the PROLOG exchange and HTTP headers are',
  '  not counted on either side. "zlib (reference)" deflates both documents with Node alike.',
  'Goal: lower wall time, CPU time and peak RSS (main process and tree) than FusionInventory.',
  `Targets (issue 14): repeat wall <= ${REPEAT_WALL_MAX_RATIO}x FusionInventory's; first wall on a stock Debian apt`,
  `  <= ${FIRST_WALL_MAX_RATIO}x; main-process peak RSS <= Node's floor + 20 MiB, on every kind of run.`,
];

const RUN_KINDS: readonly RunKind[] = ['cold', 'warm'];

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
  const aptRuns: AptRun[] = [imageApt(), stockApt(join(tempDir, 'apt-stock'))];
  const handraiseSides = aptRuns.flatMap((apt) => {
    const warmDataDir = join(tempDir, `data-warm-${apt.setting}`);
    mkdirSync(warmDataDir);
    // Fills the warm data folder: what the agent's previous inventory left there.
    execFileSync(process.execPath, [agentBundle, 'inventory', '--json'], {
      env: { ...withoutAptConfig(process.env), ...apt.env, HANDRAISE_AGENT_DATA_DIR: warmDataDir },
      stdio: 'ignore',
      timeout: options.timeoutMs,
    });
    return RUN_KINDS.map((kind) => ({
      kind,
      apt,
      side: handraiseSide(agentBundle, kind, apt, (round) =>
        kind === 'warm'
          ? warmDataDir
          : mkdtempSync(join(tempDir, `data-cold-${apt.setting}-${round}-`)),
      ),
    }));
  });
  const theirSide = fusionSide();
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

  const loadBefore = loadavg();
  const records = await runAll(
    [...handraiseSides.map((one) => one.side), theirSide],
    options.runs,
    settings,
  );
  const nodeFloor = await measureNodeFloor(options.runs, settings);
  const readers = {
    tools: await timeReaderTools(options.runs, settings),
    files: timeReaderFiles(options.runs),
  };
  const load = { before: loadBefore, after: loadavg() };

  const theirs = summarise(theirSide, records);
  const handraise: HandraiseResult[] = handraiseSides.map(({ kind, apt, side }) => {
    const summary = summarise(side, records);
    return { kind, apt, summary, goal: goalVerdict(summary.medians, theirs.medians) };
  });
  const failed = [...handraise.map((one) => one.summary), theirs].reduce(
    (sum, side) => sum + side.failedRuns,
    0,
  );
  const subject = (one: HandraiseResult) => `${one.kind} run (${one.apt.label})`;
  const theirWall = theirs.medians.wallMs;
  const targets = [
    ...handraise
      .filter((one) => one.kind === 'warm')
      .map((one) =>
        wallTarget(subject(one), one.summary.medians.wallMs, theirWall, REPEAT_WALL_MAX_RATIO),
      ),
    ...handraise
      .filter((one) => one.kind === 'cold' && one.apt.setting === 'stock')
      .map((one) =>
        wallTarget(subject(one), one.summary.medians.wallMs, theirWall, FIRST_WALL_MAX_RATIO),
      ),
    ...handraise.map((one) =>
      memoryTarget(subject(one), one.summary.medians.mainPeakRssKb, nodeFloor.peakRssKb),
    ),
  ];
  // The first-run target is set for a stock apt; this image's first run is shown beside it.
  const references = handraise
    .filter((one) => one.kind === 'cold' && one.apt.setting === 'image')
    .map((one) => {
      const share = ratio(one.summary.medians.wallMs, theirWall);
      return `For reference (no target): wall of the ${subject(one)}: ${share === null ? 'n/a' : `${share.toFixed(2)}x`} FusionInventory's.`;
    });

  if (options.json) {
    const result = {
      machine,
      load,
      settings: {
        runs: options.runs,
        timeoutMs: options.timeoutMs,
        sampleIntervalMs: SAMPLE_INTERVAL_MS,
        socketIoPrefixBytes: SOCKET_IO_PREFIX_BYTES,
      },
      apt: aptRuns,
      nodeFloor,
      sides: Object.fromEntries(
        [...handraise.map((one) => one.summary), theirs].map((side) => [side.key, side]),
      ),
      ratios: Object.fromEntries(
        handraise.map((one) => [one.summary.key, ratios(one.summary.medians, theirs.medians)]),
      ),
      goal: Object.fromEntries(handraise.map((one) => [one.summary.key, one.goal])),
      targets,
      agentCost: Object.fromEntries(
        handraise.map((one) => [one.summary.key, one.summary.agentCost]),
      ),
      readers,
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return failed === 0 ? 0 : 1;
  }

  const text = renderFootprintText({
    runs: options.runs,
    machine,
    load,
    apt: aptRuns,
    handraise,
    theirs,
    nodeFloor,
    targets,
    references,
    readers: renderReaderTimings(readers.tools, readers.files),
    notes: NOTES,
  });
  process.stdout.write(`${text.join('\n')}\n`);
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
