// The tray's help window: its one Vite configuration, used by `npm run build:agent` and the tests.
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The help window's sources (Vite's root). */
export const RENDERER_DIR = join(import.meta.dirname, 'src', 'renderer');

export default defineConfig(({ command }) => ({
  root: RENDERER_DIR,
  // Relative asset URLs: the page is loaded from a file:// path in Electron, from / in tests.
  base: './',
  plugins: [react()],
  ...(command === 'build'
    ? {
        mode: 'production',
        // React's production build and JSX runtime even when NODE_ENV says otherwise (vitest sets
        // it to "test", which Vite would take for a development build).
        define: { 'process.env.NODE_ENV': JSON.stringify('production') },
        oxc: { jsx: { runtime: 'automatic' as const, development: false } },
      }
    : {}),
  build: { emptyOutDir: true, reportCompressedSize: false },
}));
