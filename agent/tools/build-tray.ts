// `npm run build:agent`: the help window (Vite) and the main process and preload (esbuild) into
// agent/dist, which is what electron-builder packages.
import { join } from 'node:path';
import { buildTrayMain } from './build-tray-main.ts';
import { buildRenderer } from './build-help-window.ts';

/** agent/dist */
export const AGENT_DIST = join(import.meta.dirname, '..', 'dist');

/** Builds everything the tray app runs from; returns the main bundle's path. */
export async function buildTrayApp(distDir = AGENT_DIST): Promise<string> {
  const [, { main }] = await Promise.all([
    buildRenderer(join(distDir, 'renderer')),
    buildTrayMain(distDir),
  ]);
  return main;
}

if (import.meta.main) process.stdout.write(`built ${await buildTrayApp()} and its page\n`);
