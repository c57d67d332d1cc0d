import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{shared,console,agent}/{src,test}/**/*.test.ts'],
    pool: 'forks',
    // node:sqlite still prints an ExperimentalWarning on Node 24; it is expected, not news.
    execArgv: ['--disable-warning=ExperimentalWarning'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
