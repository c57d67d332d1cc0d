import { join } from 'node:path';
import { build } from 'vite';
import { UI_DIST_DIR } from '../vite.config.ts';

/** The console's Vite configuration (console/vite.config.ts): sources, output, plugins. */
export const VITE_CONFIG = join(import.meta.dirname, '..', 'vite.config.ts');

/** Builds the console UI with its Vite configuration into `outDir`; returns its index.html. */
export async function buildConsoleUi(outDir: string = UI_DIST_DIR): Promise<string> {
  await build({ configFile: VITE_CONFIG, logLevel: 'warn', build: { outDir } });
  return join(outDir, 'index.html');
}
