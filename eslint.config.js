// Lint rules, including the runtime boundaries (README, "Layout"): what may import what.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = { group: ['node:*'], message: 'Node built-ins are not available here.' };
const electron = {
  group: ['electron', 'electron/*'],
  message: 'Electron is only for the thin main-process glue.',
};
const agentCode = {
  group: ['**/agent/**', '@handraise/agent', '@handraise/agent/*'],
  message:
    'The console and the hub never import the agent: share through @handraise/shared, or build/tools for tooling.',
};
const electronGlue = {
  group: ['**/main/**', '**/preload/**', '**/renderer/**'],
  message:
    'The agent core runs headless (a service, a CLI, tests): the Electron glue in main/ uses the core, never the other way.',
};
const consoleGlue = {
  group: ['**/main/**', '**/ui/**'],
  message:
    "The hub runs on servers without Electron or a page: the console's main/ and ui/ use the hub, never the other way.",
};
/**
 * The same boundaries for `import('…')`, `require('…')` and `createRequire(…)('…')`, which the import rules do not see. The
 * patterns are regular expressions over the module name (`\x2F` is `/`, which selectors cannot hold).
 */
const dynamicImports = (...rules) =>
  rules.flatMap(([pattern, { message }]) => [
    { selector: `ImportExpression[source.value=/${pattern}/]`, message },
    { selector: `CallExpression[callee.name='require'][arguments.0.value=/${pattern}/]`, message },
    {
      selector: `CallExpression[callee.callee.name='createRequire'][arguments.0.value=/${pattern}/]`,
      message,
    },
  ]);
const ELECTRON = '^electron(\\x2F|$)';
const GLUE = '\\x2F(main|preload|renderer)\\x2F';
const AGENT = '\\x2Fagent\\x2F|^@handraise\\x2Fagent';
const CONSOLE_GLUE = '\\x2F(main|ui)\\x2F';
const agentInternals = {
  group: ['**/core/**', '**/main/**', '**/preload/**'],
  message:
    'The help window reaches the rest of the agent only through the TrayApi (agent/src/ipc).',
};

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.tsbuild/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['vitest.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // `import { type A }` keeps a side-effect import of the module at run time (verbatimModuleSyntax):
      // two modules doing that to each other initialize in the wrong order. Types only: `import type`.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Stand-in collectors and handlers are async by contract without awaiting anything.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // The console page's script: plain browser JavaScript outside the TypeScript projects.
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      parserOptions: { projectService: false },
      globals: { ...globals.browser, ...globals.node },
    },
  },
  {
    // CommonJS test support loaded with `node --require`.
    files: ['**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      sourceType: 'commonjs',
      parserOptions: { projectService: false },
      globals: globals.node,
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The contract: no Node, no DOM, no Electron, so both ends and every runtime can use it.
    files: ['shared/src/**/*.ts'],
    ignores: ['shared/src/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [nodeBuiltins, electron] }],
    },
  },
  {
    // The console's code, tests and benches stand on their own; only the end-to-end tests run an
    // agent against the hub.
    files: ['console/**/*.ts', 'console/**/*.tsx'],
    ignores: ['console/test/end-to-end/**'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [agentCode] }] },
  },
  {
    // The hub runs on servers without Electron (and, as above, without the agent).
    files: ['console/src/hub/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [electron, agentCode, consoleGlue] },
      ],
      'no-restricted-syntax': [
        'error',
        ...dynamicImports([ELECTRON, electron], [AGENT, agentCode], [CONSOLE_GLUE, consoleGlue]),
      ],
    },
  },
  {
    // The agent core runs headless as a service and in tests: no Electron, no Electron glue.
    files: ['agent/src/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [electron, electronGlue] }],
      'no-restricted-syntax': [
        'error',
        ...dynamicImports([ELECTRON, electron], [GLUE, electronGlue]),
      ],
    },
  },
  {
    // The tray's logic runs in Electron's main process but is Electron-free, so it is tested on
    // plain Node: no Electron, and nothing of the glue in main/ that uses it.
    files: ['agent/src/tray/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [electron, electronGlue] }],
      'no-restricted-syntax': [
        'error',
        ...dynamicImports([ELECTRON, electron], [GLUE, electronGlue]),
      ],
    },
  },
  {
    // Renderers (pages) never touch Node; the console UI is one (console/src/ui/app).
    files: ['console/src/ui/app/**', 'agent/src/renderer/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [nodeBuiltins, electron] }] },
  },
  {
    // The tray's help window: no Node, no Electron, and nothing of the agent but the IPC contract.
    files: ['agent/src/renderer/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [nodeBuiltins, electron, agentInternals] }],
    },
  },
  {
    // The tray's IPC contract is shared by main, preload and the page: no Node, no Electron.
    files: ['agent/src/ipc/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [nodeBuiltins, electron] }],
    },
  },
  {
    // A sandboxed preload can require `electron` and nothing from Node.
    files: ['agent/src/preload/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [nodeBuiltins] }] },
  },
);
