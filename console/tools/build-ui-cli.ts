// `npm run build:ui`: builds the console UI into console/dist/ui for the hub and Electron to serve.
// `--if-stale` builds only when the sources (or the lockfile) are newer than the last build, which
// is how `npm start` and `npm run hub` get a UI on a fresh clone without a separate step.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { UI_DIST_DIR, UI_SOURCE_DIR } from '../vite.config.ts';
import { buildConsoleUi, VITE_CONFIG } from './build-ui.ts';
import { isUiStale } from './ui-freshness.ts';

const REPO_ROOT = join(import.meta.dirname, '..', '..');

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { 'if-stale': { type: 'boolean', default: false } },
  strict: true,
});

const inputs = [
  UI_SOURCE_DIR,
  import.meta.dirname,
  VITE_CONFIG,
  join(REPO_ROOT, 'build', 'tools', 'vite-build.ts'),
  join(REPO_ROOT, 'shared', 'src'),
  join(REPO_ROOT, 'package-lock.json'),
];
if (!values['if-stale'] || isUiStale(UI_DIST_DIR, inputs)) {
  if (values['if-stale'])
    process.stdout.write('Building the console UI (after install or update)…\n');
  try {
    const index = await buildConsoleUi(UI_DIST_DIR);
    if (!values['if-stale']) process.stdout.write(`built ${index}\n`);
  } catch (error) {
    process.stderr.write(`handraise: could not build the console UI: ${String(error)}\n`);
    process.exitCode = 1;
  }
}
