import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

/** The console UI's sources (Vite's root). */
export const UI_SOURCE_DIR = join(import.meta.dirname, '..', 'app');

/** Where the hub serves the console UI from unless told otherwise (console/dist/ui). */
export const UI_DIST_DIR = join(import.meta.dirname, '..', '..', '..', 'dist', 'ui');

/**
 * The bundle is served on the school LAN or loaded from disk by Electron, not over the internet:
 * one larger chunk for the charts and components is fine, so Vite need not warn about it.
 */
const CHUNK_WARNING_KB = 1500;

/** Builds the console UI with Vite into `outDir`; returns the path of its index.html. */
export async function buildConsoleUi(outDir: string = UI_DIST_DIR): Promise<string> {
  await build({
    configFile: false,
    root: UI_SOURCE_DIR,
    // Relative asset URLs: the same build is served by the hub at / and opened by Electron.
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    mode: 'production',
    // React's production build even when NODE_ENV says otherwise (vitest sets it to "test",
    // which would also switch React Aria's test-only paths on).
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    oxc: { jsx: { runtime: 'automatic', development: false } },
    build: {
      outDir,
      emptyOutDir: true,
      reportCompressedSize: false,
      chunkSizeWarningLimit: CHUNK_WARNING_KB,
      // Everything as files: the CSP allows no inline scripts, and data: URLs only for images.
      assetsInlineLimit: 0,
    },
  });
  return join(outDir, 'index.html');
}
