import { defineConfig } from 'vitest/config';

const shared = {
  pool: 'forks' as const,
  // node:sqlite still prints an ExperimentalWarning on Node 24; it is expected, not news.
  execArgv: ['--disable-warning=ExperimentalWarning'],
  testTimeout: 60_000,
  hookTimeout: 60_000,
};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...shared,
          name: 'unit',
          include: [
            '{shared,console,agent}/{src,test,bench}/**/*.test.ts',
            'build/tools/**/*.test.ts',
          ],
          exclude: ['**/node_modules/**', '**/*.corpus.test.ts'],
        },
      },
      {
        // Parsers and version rules over real-world outputs in ../shared/fixtures, read in place.
        test: {
          ...shared,
          name: 'corpus',
          include: ['{shared,console,agent}/src/**/*.corpus.test.ts'],
        },
      },
    ],
  },
});
