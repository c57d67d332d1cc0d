// What both pages' Vite configurations (console/vite.config.ts, agent/vite.config.ts) set alike.
import type { UserConfig } from 'vite';

/**
 * For `vite build`: React's production build and JSX runtime even when NODE_ENV says otherwise
 * (vitest sets it to "test", which Vite would take for a development build and which would also
 * switch React Aria's test-only paths on). Nothing for the dev server.
 */
export function productionBuild(command: 'build' | 'serve'): UserConfig {
  if (command !== 'build') return {};
  return {
    mode: 'production',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    oxc: { jsx: { runtime: 'automatic', development: false } },
  };
}
