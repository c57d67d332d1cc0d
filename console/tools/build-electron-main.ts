import { join } from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles the Electron main process (and the hub it embeds) into one CommonJS file, since Electron
 * does not run TypeScript. Returns the bundle's path.
 */
export async function buildElectronMain(outDir: string): Promise<string> {
  const outfile = join(outDir, 'main.cjs');
  await build({
    entryPoints: [join(import.meta.dirname, '..', 'src', 'main', 'main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron', 'bufferutil', 'utf-8-validate'],
    // In the CommonJS bundle `import.meta` is empty; the bundle's own folder stands in for it.
    define: { 'import.meta.dirname': '__dirname' },
    logLevel: 'warning',
  });
  return outfile;
}
