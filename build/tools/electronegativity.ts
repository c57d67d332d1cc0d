// `npm run electronegativity` (and .ci/run): Doyensec's Electronegativity over the Electron parts
// of both apps. Prints every finding; exits 1 when one is above low severity, or when a file could
// not be read at all (a file it cannot parse is a file it did not check).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const REPO_ROOT = join(import.meta.dirname, '..', '..');

/**
 * What runs inside Electron, per app: main process, preload, the pages and the modules they use.
 * The hub and the agent's core are plain Node and are checked by the rest of the suite.
 */
export const SCANNED_FOLDERS = {
  agent: [
    'agent/src/main',
    'agent/src/preload',
    'agent/src/renderer',
    'agent/src/ipc',
    'agent/src/tray',
  ],
  console: ['console/src/main', 'console/src/ui/app'],
} as const;

/**
 * Checks left out, each for a reason: this one downloads Electron's release list from the
 * internet on every run (CI has no network); which Electron version ships is decided by the lock
 * file and its updates, not by a scan.
 */
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

/** Severity names as the tool reports them, lowest first; anything above LOW fails the run. */
const SEVERITY_ORDER = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'] as const;
type SeverityName = (typeof SEVERITY_ORDER)[number];

export type Finding = {
  check: string;
  severity: SeverityName;
  confidence: string;
  file: string;
  line: number;
  column: number;
  description: string;
  manualReview: boolean;
};
type RawIssue = {
  id: string;
  file: string;
  location: { line: number; column: number };
  description: string;
  severity: { name: SeverityName };
  confidence: { name: string };
  manualReview?: boolean;
};
type RawResult = {
  issues: RawIssue[];
  errors: { file: string; message: string; tolerable: boolean }[];
};
type Runner = (options: Record<string, unknown>) => Promise<RawResult>;

const toolRequire = createRequire(
  createRequire(import.meta.url).resolve('@doyensec/electronegativity/package.json'),
);

/**
 * The tool fetches fresh translations from a web server before every scan (and waits up to a
 * second for it). Its own English strings are complete, so that module is answered with one that
 * fails at once: the scan then never touches the network.
 */
function keepOffline(): void {
  const gotPath = toolRequire.resolve('got');
  const refuse = () => Promise.reject(new Error('Electronegativity runs offline here'));
  // Loaded both as CommonJS and through Babel's interop, which looks for `default`.
  const offline = Object.assign(refuse, { default: refuse });
  const cached = new Module(gotPath);
  cached.filename = gotPath;
  cached.loaded = true;
  cached.exports = offline;
  const cache = (Module as unknown as { _cache: Record<string, Module> })._cache;
  cache[gotPath] = cached;
}

function electronVersion(): string {
  return (toolRequire('electron/package.json') as { version: string }).version;
}

/**
 * Scans one app: its folders (relative to the repository) copied side by side into a scratch
 * folder, because the tool's whole-app checks (a CSP somewhere, navigation limits somewhere, a
 * permission handler somewhere) need to see the app at once and it takes one folder. Returns the
 * findings, with paths as in the repository, and the files it could not read.
 */
export async function scanApp(
  folders: readonly string[],
  root: string = REPO_ROOT,
): Promise<{ findings: Finding[]; unreadable: string[] }> {
  const scratch = mkdtempSync(join(tmpdir(), 'handraise-electronegativity-'));
  try {
    for (const folder of folders) {
      cpSync(join(root, folder), join(scratch, folder), {
        recursive: true,
        // Tests stand Electron's objects in; they are not app code.
        filter: (source) => !/\.test\.tsx?$/.test(source),
      });
    }
    const result = await runTool(scratch);
    return {
      findings: result.issues.map((issue) => ({
        check: issue.id,
        severity: issue.severity.name,
        confidence: issue.confidence.name,
        file: issue.file === 'N/A' ? 'the app as a whole' : relative(scratch, issue.file),
        line: issue.location.line,
        column: issue.location.column,
        description: issue.description,
        manualReview: issue.manualReview ?? false,
      })),
      unreadable: result.errors
        .filter((error) => !error.tolerable)
        .map((error) => `${relative(scratch, error.file)}: ${error.message}`),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function runTool(input: string): Promise<RawResult> {
  keepOffline();
  const runner = toolRequire('@doyensec/electronegativity') as Runner | { default: Runner };
  const run = typeof runner === 'function' ? runner : runner.default;
  // The tool logs progress through console.log; only its result is wanted here.
  const log = console.log;
  console.log = () => undefined;
  try {
    return await run({
      input,
      output: undefined,
      isRelative: false,
      isVerbose: false,
      electronUpgrade: undefined,
      electronVersionOverride: electronVersion(),
      excludeFromScan: EXCLUDED_CHECKS,
      severitySet: 'informational',
      confidenceSet: 'tentative',
    });
  } finally {
    console.log = log;
  }
}

/** True for a finding the run must fail on. */
export const isAboveLow = (finding: Finding): boolean =>
  SEVERITY_ORDER.indexOf(finding.severity) > SEVERITY_ORDER.indexOf('LOW');

/** One line per finding: FAIL above low severity, note otherwise. */
export function describeFinding(app: string, f: Finding): string {
  const mark = isAboveLow(f) ? 'FAIL' : 'note';
  const where = f.line > 0 ? `${f.file}:${f.line}:${f.column}` : f.file;
  const review = f.manualReview ? ' (to review by hand)' : '';
  return `${mark} ${app}: ${f.severity}/${f.confidence} ${f.check} ${where}${review}\n     ${f.description}`;
}

async function main(): Promise<number> {
  let failed = false;
  for (const [app, folders] of Object.entries(SCANNED_FOLDERS)) {
    const { findings, unreadable } = await scanApp(folders);
    for (const finding of findings) process.stdout.write(`${describeFinding(app, finding)}\n`);
    for (const line of unreadable) process.stdout.write(`FAIL ${app}: not scanned: ${line}\n`);
    if (findings.some(isAboveLow) || unreadable.length > 0) failed = true;
  }
  process.stdout.write(
    failed
      ? 'Electronegativity: findings above low severity (see FAIL lines).\n'
      : 'Electronegativity: nothing above low severity in either app.\n',
  );
  return failed ? 1 : 0;
}

if (import.meta.main) process.exitCode = await main();
