// Test support: a fresh hub for each test (`t`), its coordinator's session token (`admin`), a
// coordinator's console socket (`coordinator`) and an enrolled computer's agent socket (`agent`),
// as test.extend fixtures, each made only when a test asks for it; all gone after the test.
import { test } from 'vitest';
import { startTestHub } from './test-hub.ts';

export const hubTest = test
  // eslint-disable-next-line no-empty-pattern -- vitest reads a fixture's needs from this pattern
  .extend('t', async ({}, { onCleanup }) => {
    const t = await startTestHub();
    onCleanup(() => t.close());
    return t;
  })
  .extend('admin', async ({ t }) => t.signIn())
  .extend('coordinator', async ({ t, admin }) => t.connectConsole(admin))
  .extend('agent', async ({ t }) => t.connectAgent(await t.enroll()));
