// Test support: the console UI built by Vite into a fresh folder, once per test file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildConsoleUi } from '../../../tools/build-ui.ts';

export type BuiltUi = { webRoot: string; remove(): void };

/** Builds the UI the way `npm run build:ui` does, into a temporary folder. */
export async function buildUiForTest(): Promise<BuiltUi> {
  const webRoot = mkdtempSync(join(tmpdir(), 'handraise-ui-'));
  await buildConsoleUi(webRoot);
  return { webRoot, remove: () => rmSync(webRoot, { recursive: true, force: true }) };
}
