// Test support: a fresh hub for each test (`t`) and its coordinator's session token (`admin`), as
// test.extend fixtures; the hub and its data folder are gone after the test.
import { test } from 'vitest';
import { startTestHub } from './test-hub.ts';

export const hubTest = test
  // eslint-disable-next-line no-empty-pattern -- vitest reads a fixture's needs from this pattern
  .extend('t', async ({}, { onCleanup }) => {
    const t = await startTestHub();
    onCleanup(() => t.close());
    return t;
  })
  .extend('admin', async ({ t }) => t.signIn());
