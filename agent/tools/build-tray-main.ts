import { join } from 'node:path';
import { build } from 'esbuild';

const MAIN_DIR = join(import.meta.dirname, '..', 'src', 'main');

/**
 * Bundles the tray's Electron main process (with the agent core) and its preload into CommonJS
 * files in `outDir`, since Electron does not run TypeScript. Returns the main bundle's path.
 */
export async function buildTrayMain(outDir: string): Promise<{ main: string; preload: string }> {
  const main = join(outDir, 'main.cjs');
  const preload = join(outDir, 'preload.cjs');
  await Promise.all([
    build({
      entryPoints: [join(MAIN_DIR, 'main.ts')],
      outfile: main,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node22',
      external: ['electron', 'bufferutil', 'utf-8-validate'],
      // In the CommonJS bundle `import.meta` is empty; the bundle's own folder stands in for it.
      define: { 'import.meta.dirname': '__dirname' },
      logLevel: 'warning',
    }),
    build({
      // A sandboxed preload may require only `electron` (and a few polyfills): bundle the rest.
      entryPoints: [join(MAIN_DIR, '..', 'preload', 'preload.ts')],
      outfile: preload,
      bundle: true,
      platform: 'browser',
      format: 'cjs',
      target: 'chrome130',
      external: ['electron'],
      logLevel: 'warning',
    }),
  ]);
  return { main, preload };
}
