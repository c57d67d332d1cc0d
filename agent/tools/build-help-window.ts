import { join } from 'node:path';
import { build } from 'vite';

/** The help window's Vite configuration (agent/vite.config.ts). */
const VITE_CONFIG = join(import.meta.dirname, '..', 'vite.config.ts');

/** Builds the help window with its Vite configuration into `outDir`; returns its index.html. */
export async function buildRenderer(outDir: string): Promise<string> {
  await build({ configFile: VITE_CONFIG, logLevel: 'warn', build: { outDir } });
  return join(outDir, 'index.html');
}
