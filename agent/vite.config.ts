// The tray's help window: its one Vite configuration, used by `npm run build:agent` and the tests.
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { productionBuild } from '../build/tools/vite-build.ts';

/** The help window's sources (Vite's root). */
export const RENDERER_DIR = join(import.meta.dirname, 'src', 'renderer');

export default defineConfig(({ command }) => ({
  root: RENDERER_DIR,
  // Relative asset URLs: the page is loaded from a file:// path in Electron, from / in tests.
  base: './',
  plugins: [react()],
  ...productionBuild(command),
  build: { emptyOutDir: true, reportCompressedSize: false },
}));
