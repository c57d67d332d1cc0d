import { join } from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles the Electron main process (and the hub it embeds) into one CommonJS file, since Electron
 * does not run TypeScript. Returns the bundle's path.
 */
export async function buildElectronMain(outDir: string): Promise<string> {
  const outfile = join(outDir, 'main.cjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron', 'bufferutil', 'utf-8-validate'],
    // The hub finds its web root relative to its own source file; point it at the sources.
    define: { 'import.meta.dirname': JSON.stringify(join(import.meta.dirname, '..', 'hub')) },
    logLevel: 'warning',
  });
  return outfile;
}
