import { join } from 'node:path';
import { build } from 'esbuild';

const MAIN_DIR = join(import.meta.dirname, '..', 'src', 'main');

/** The image worker's entry; it runs in a thread of main, from a file of its own beside main.cjs. */
const IMAGE_THREAD = join(
  import.meta.dirname,
  '..',
  'src',
  'core',
  'screenshot',
  'image-thread.ts',
);

/**
 * Bundles the tray's Electron main process (with the agent core), its image worker thread and its
 * preload into CommonJS files in `outDir`, since Electron does not run TypeScript. Returns the
 * main bundle's path.
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
      // In the CommonJS bundle `import.meta` is empty; the bundle's own file stands in for it.
      define: { 'import.meta.dirname': '__dirname', 'import.meta.filename': '__filename' },
      logLevel: 'warning',
    }),
    build({
      // image-worker.ts starts it as `image-thread.cjs` beside the bundle that holds it (main.cjs).
      entryPoints: [IMAGE_THREAD],
      outfile: join(outDir, 'image-thread.cjs'),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node22',
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
