// The console page's one Vite configuration: `npm run build:ui` (and the tests) build with it,
// `npm run dev` serves it with hot reload in front of a running hub.
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { productionBuild } from '../build/tools/vite-build.ts';

/** The console UI's sources (Vite's root). */
export const UI_SOURCE_DIR = join(import.meta.dirname, 'src', 'ui', 'app');

/** Where the hub serves the console UI from unless told otherwise. */
export const UI_DIST_DIR = join(import.meta.dirname, 'dist', 'ui');

/** The hub the dev server passes `/api` and `/socket.io` on to (`npm run dev` starts one). */
const DEV_HUB_URL = process.env.HANDRAISE_DEV_HUB_URL ?? 'http://127.0.0.1:7300';

/**
 * The bundle is served on the school LAN or loaded from disk by Electron, not over the internet:
 * one larger chunk for the charts and components is fine, so Vite need not warn about it.
 */
const CHUNK_WARNING_KB = 1500;

/** zod's modules and the console's module that configures it. */
const ZOD_AND_ITS_SWITCH = /[\\/]node_modules[\\/]zod[\\/]|[\\/]lib[\\/]zod-jitless\.ts$/;

export default defineConfig(({ command }) => ({
  root: UI_SOURCE_DIR,
  // Relative asset URLs: the same build is served by the hub at / and opened by Electron.
  base: './',
  plugins: [react()],
  ...productionBuild(command),
  build: {
    outDir: UI_DIST_DIR,
    emptyOutDir: true,
    reportCompressedSize: false,
    chunkSizeWarningLimit: CHUNK_WARNING_KB,
    // Everything as files: the CSP allows no inline scripts, and data: URLs only for images.
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // Views are chunks of their own (React.lazy). zod shares one with the module that turns its
        // eval probe off, so that the switch runs before any chunk creates a schema (see
        // lib/zod-jitless.ts); split apart, the shared schemas would be made first.
        codeSplitting: { groups: [{ name: 'zod', test: ZOD_AND_ITS_SWITCH }] },
      },
    },
  },
  server: {
    host: '127.0.0.1',
    // Same origin for the page: the hub's API and sockets come through the dev server.
    proxy: {
      '/api': DEV_HUB_URL,
      '/socket.io': { target: DEV_HUB_URL, ws: true },
    },
  },
}));
