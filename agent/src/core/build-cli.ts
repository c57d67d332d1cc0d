// Bundles the headless agent into one ES module (`agent/dist/handraise-agent.mjs`), as it ships:
// plain JavaScript, so Node loads it without type stripping and with one file read.
import { join } from 'node:path';
import { build } from 'esbuild';

/** Builds the bundle into `outDir` and returns its path. */
export async function buildAgentCli(outDir: string): Promise<string> {
  const outfile = join(outDir, 'handraise-agent.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'cli.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    // Some dependencies are CommonJS and call require(); give the module one.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    // The bundle is the entry point: run main() as `node handraise-agent.mjs` does.
    define: { 'import.meta.main': 'true' },
    external: ['bufferutil', 'utf-8-validate'],
    logLevel: 'warning',
  });
  return outfile;
}

if (import.meta.main) {
  const file = await buildAgentCli(join(import.meta.dirname, '..', '..', 'dist'));
  process.stdout.write(`built ${file}\n`);
}
