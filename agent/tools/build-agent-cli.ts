// Bundles the headless agent (`agent/dist/handraise-agent.mjs`), as it ships: plain JavaScript,
// so Node loads it without type stripping. Split into chunks: each command loads only the code
// it runs (`inventory` neither the hub client nor the outbox), and each platform only its own
// collectors. `--analyze` prints what each chunk is made of.
import { rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import { analyzeMetafile, build, type BuildOptions, type Plugin } from 'esbuild';

/** Chunks live beside the entry file, in this folder, emptied at each build. */
export const CHUNK_DIR = 'handraise-agent-chunks';

const ENTRY_NAME = 'handraise-agent';

const SCREENSHOT_DIR = join(import.meta.dirname, '..', 'src', 'core', 'screenshot');

/**
 * zod's default build carries its error messages in some fifty languages (~350 KB, every one
 * loaded with zod). The agent's messages go to logs and notes in English only, which zod
 * itself sets up, so the other languages are left out of the bundle.
 */
const zodEnglishOnly: Plugin = {
  name: 'zod-english-only',
  setup(bundler) {
    bundler.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](classic|core)[\\/]/.test(args.importer)
        ? { path: args.importer, namespace: 'zod-english-only' }
        : undefined,
    );
    bundler.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, (args) => ({
      contents: "export { default as en } from '../locales/en.js';",
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};

/** Node's own modules, by either name: `node:fs` or `fs`. */
const NODE_BUILTIN = new RegExp(
  `^(node:.+|${builtinModules.map((name) => name.replace(/[/.]/g, '\\$&')).join('|')})$`,
);

/**
 * An ES `import` of a Node module makes Node build a module namespace with every export of it,
 * reading each one: lazy parts come to life (`import { readFileSync } from 'node:fs'` loads
 * fs/promises too). The agent's imports of node:v8, util, fs, crypto and child_process cost
 * ~4.5 MB of memory that way. Through `require()` (each chunk has one, see the banner) the
 * bundle reads only the functions it calls, when it calls them.
 */
const builtinsThroughRequire: Plugin = {
  name: 'builtins-through-require',
  setup(bundler) {
    bundler.onResolve({ filter: NODE_BUILTIN }, (args) =>
      args.kind === 'import-statement' || args.kind === 'dynamic-import'
        ? { path: args.path, namespace: 'node-builtin' }
        : undefined,
    );
    bundler.onLoad({ filter: /.*/, namespace: 'node-builtin' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
};

function options(outDir: string): BuildOptions {
  return {
    entryPoints: {
      [ENTRY_NAME]: join(import.meta.dirname, '..', 'src', 'core', 'cli.ts'),
      // The image worker thread, among the chunks: image-worker.ts (in the `help` chunk) starts
      // it as `image-thread.mjs` beside itself.
      [`${CHUNK_DIR}/image-thread`]: join(SCREENSHOT_DIR, 'image-thread.ts'),
    },
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    splitting: true,
    chunkNames: `${CHUNK_DIR}/[name]-[hash]`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    // Some dependencies are CommonJS and call require(); give each chunk one.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    // The bundle is the entry point: run main() as `node handraise-agent.mjs` does.
    define: { 'import.meta.main': 'true' },
    external: ['bufferutil', 'utf-8-validate'],
    // @handraise/shared declares `"sideEffects": false`, so a module of it whose exports the
    // agent does not use is left out: `inventory` builds the inventory schemas only (~2 MB less).
    plugins: [builtinsThroughRequire, zodEnglishOnly],
    // Less source for Node to read and keep (V8 holds each module's text to compile functions
    // lazily): ~0.7 MB less memory. Names are kept, so stack traces still read; the source maps
    // beside the chunks map them back (node --enable-source-maps).
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: 'linked',
    logLevel: 'warning',
  };
}

/** Builds the bundle into `outDir` and returns the entry file's path. */
export async function buildAgentCli(
  outDir: string,
  settings: { analyze?: boolean } = {},
): Promise<string> {
  await rm(join(outDir, CHUNK_DIR), { recursive: true, force: true });
  const result = await build({ ...options(outDir), metafile: settings.analyze === true });
  if (settings.analyze && result.metafile) {
    process.stdout.write(await analyzeMetafile(result.metafile));
  }
  return join(outDir, `${ENTRY_NAME}.mjs`);
}

if (import.meta.main) {
  const analyze = process.argv.includes('--analyze');
  const file = await buildAgentCli(join(import.meta.dirname, '..', 'dist'), { analyze });
  process.stdout.write(`built ${file}\n`);
}
