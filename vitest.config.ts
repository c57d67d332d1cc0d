import { defineConfig } from 'vitest/config';

const shared = {
  pool: 'forks' as const,
  // node:sqlite still prints an ExperimentalWarning on Node 24; it is expected, not news.
  execArgv: ['--disable-warning=ExperimentalWarning'],
  testTimeout: 60_000,
  hookTimeout: 60_000,
  // Ends a test file that never finishes, so one stuck file cannot hold the whole run.
  setupFiles: ['build/tools/test-file-watchdog.ts'],
  // No test process, nor any agent it starts, reads the machine's own system-wide enrollment file
  // (/etc/handraise/agent.json when run as root): it would enroll into whatever hub that names.
  // Tests of that file pass their own path.
  env: { HANDRAISE_AGENT_SYSTEM_CONFIG: 'none' },
};

/** Where tests live: beside their code, plus each package's test/ and bench/ and build/tools. */
const EVERY_TEST = [
  '{shared,console,agent}/{src,test,bench,tools}/**/*.test.ts',
  'build/tools/**/*.test.ts',
];
/** Tests of the Electron glue, with Electron's API stood in. */
const ELECTRON = ['{console,agent}/test/electron/**/*.test.ts'];
const NEVER = ['**/node_modules/**'];
/** The storage suite run again on PostgreSQL: every hub test that goes through a test hub. */
const POSTGRES = [
  'console/src/hub/**/*.integration.test.ts',
  // What only PostgreSQL runs (moving a school's SQLite into it, its faults).
  '{console,agent}/{src,test}/**/*.postgres.test.ts',
];

/**
 * Test kinds, each a project a developer can run alone (`npx vitest run --project browser`);
 * `npm test` runs the four of them, `npm run test:corpus` the corpus.
 */
export default defineConfig({
  test: {
    projects: [
      {
        // One module, in process: no hub, no sockets, no browser, no child processes, no files in the
        // source tree (tests that run a command or lint a probe file are integration tests).
        test: {
          ...shared,
          name: 'unit',
          include: EVERY_TEST,
          exclude: [...NEVER, ...ELECTRON, '**/*.{integration,browser,corpus,postgres}.test.ts'],
        },
      },
      {
        // Real hub, real sockets, real SQLite files, real processes.
        test: {
          ...shared,
          name: 'integration',
          include: EVERY_TEST.map((glob) => glob.replace('*.test.ts', '*.integration.test.ts')),
          exclude: [...NEVER, ...ELECTRON],
        },
      },
      {
        // The real console page and help window in Debian's Chromium.
        test: {
          ...shared,
          name: 'browser',
          include: EVERY_TEST.map((glob) => glob.replace('*.test.ts', '*.browser.test.ts')),
          exclude: [...NEVER, ...ELECTRON],
        },
      },
      {
        test: { ...shared, name: 'electron', include: ELECTRON, exclude: NEVER },
      },
      {
        // The hub's stores through the real hub again, on a private PostgreSQL cluster the global
        // setup starts (Debian's postgresql package) and stops: every test hub gets a database.
        test: {
          ...shared,
          name: 'postgres',
          env: { ...shared.env, HANDRAISE_TEST_STORAGE: 'postgres' },
          include: POSTGRES,
          // What only SQLite has: its files' bytes after a deletion.
          exclude: [...NEVER, 'console/src/hub/privacy/erased-bytes.integration.test.ts'],
          globalSetup: ['console/src/hub/testing/postgres-global-setup.ts'],
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
