import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

/** The help window's sources (Vite's root). */
export const RENDERER_DIR = join(import.meta.dirname, '..', '..', 'renderer');

/** Builds the help window with Vite into `outDir`; returns the path of its index.html. */
export async function buildRenderer(outDir: string): Promise<string> {
  await build({
    configFile: false,
    root: RENDERER_DIR,
    // Relative asset URLs: the page is loaded from a file:// path in Electron, from / in tests.
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    mode: 'production',
    // React's production build and JSX runtime even when NODE_ENV says otherwise (vitest sets it
    // to "test", which Vite would take for a development build).
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    oxc: { jsx: { runtime: 'automatic', development: false } },
    build: {
      outDir,
      emptyOutDir: true,
      reportCompressedSize: false,
    },
  });
  return join(outDir, 'index.html');
}
