// The runtime boundaries are lint rules (eslint.config.js); this lints real files that cross them,
// in the folders they would live in, and expects the lint to fail for the right reason.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** Lints one file written into `folder` (a new subfolder of it, removed afterwards). */
async function lintProbe(folder: string, source: string): Promise<ESLint.LintResult> {
  const dir = mkdtempSync(join(ROOT, folder, 'lint-probe-'));
  made.push(dir);
  const file = join(dir, 'probe.ts');
  writeFileSync(file, source);
  const [result] = await new ESLint({ cwd: ROOT }).lintFiles([relative(ROOT, file)]);
  if (!result) throw new Error('eslint returned no result');
  return result;
}

const restricted = (result: ESLint.LintResult) =>
  result.messages
    .filter(
      (m) =>
        m.ruleId === '@typescript-eslint/no-restricted-imports' ||
        m.ruleId === 'no-restricted-syntax',
    )
    .map((m) => m.message);

describe('runtime boundaries', () => {
  it('the agent core may not import the Electron glue in main/', async () => {
    const result = await lintProbe('agent/src/core', "import '../../main/tray-menu.ts';\n");
    expect(restricted(result)).toEqual([expect.stringContaining('Electron glue')]);
  });

  it("the tray's Electron-free logic may not import Electron", async () => {
    const result = await lintProbe('agent/src/tray', "import 'electron';\n");
    expect(restricted(result)).toEqual([expect.stringContaining('thin main-process glue')]);
  });

  it('the hub may not import anything of the agent', async () => {
    const result = await lintProbe(
      'console/src/hub',
      "import '../../../../agent/src/core/outbox.ts';\n",
    );
    expect(restricted(result)).toEqual([expect.stringContaining('never import the agent')]);
  });

  it("the hub may not import the console's Electron glue or its page", async () => {
    const main = await lintProbe('console/src/hub', "import '../../main/main.ts';\n");
    const page = await lintProbe('console/src/hub', "import '../../ui/app/main.tsx';\n");
    expect([...restricted(main), ...restricted(page)]).toEqual([
      expect.stringContaining('without Electron or a page'),
      expect.stringContaining('without Electron or a page'),
    ]);
  });

  it('the same boundaries hold for import() and require()', async () => {
    const tray = await lintProbe('agent/src/tray', "export const e = await import('electron');\n");
    const core = await lintProbe(
      'agent/src/core',
      "import { createRequire } from 'node:module';\n" +
        "export const glue: unknown = createRequire(import.meta.url)('../../main/tray-menu.ts');\n" +
        "export const later = () => import('../../main/tray-menu.ts');\n",
    );
    const hub = await lintProbe(
      'console/src/hub',
      "export const agent = () => import('../../../../agent/src/core/outbox.ts');\n",
    );
    expect(restricted(tray)).toEqual([expect.stringContaining('thin main-process glue')]);
    expect(restricted(core)).toEqual([
      expect.stringContaining('Electron glue'),
      expect.stringContaining('Electron glue'),
    ]);
    expect(restricted(hub)).toEqual([expect.stringContaining('never import the agent')]);
  });

  it('the same files importing what they may lint clean', async () => {
    const core = await lintProbe('agent/src/core', "import '../../core/backoff.ts';\n");
    const hub = await lintProbe('console/src/hub', "import '../../hub/presence.ts';\n");
    expect([...core.messages, ...hub.messages]).toEqual([]);
  });
});
