// Test support: a fresh hub for each test (`t`), its coordinator's session token (`admin`) and
// account (`adminUser`), a coordinator's console socket (`coordinator`), an enrolled computer
// (`device`) and its agent socket (`agent`), as test.extend fixtures, each made only when a test asks for it; all
// gone after the test.
// `hubOptions` is what `t` starts with; a describe block changes it with
// `hubTest.override('hubOptions', { … })`. A test that needs hubs of its own (two configurations,
// a restart) calls `startHub(options)`; they too are closed after the test. `sharedHubTest` is the
// same with one hub and one coordinator session for the whole file, for tests that only read or
// that each make what they change.
import { test } from 'vitest';
import type { User } from '@handraise/shared';
import type { HubConfig } from '../config.ts';
import { startTestHub, type TestHub, type TestHubOptions } from './test-hub.ts';

export type HubOptions = { config?: Partial<HubConfig> } & TestHubOptions;

/** A hub starter that closes, at `onCleanup`, every hub it started. */
function hubStarter(onCleanup: (cleanup: () => Promise<void>) => void) {
  const started: TestHub[] = [];
  onCleanup(async () => {
    await Promise.all(started.map((hub) => hub.close()));
  });
  return async ({ config, ...options }: HubOptions = {}): Promise<TestHub> => {
    const hub = await startTestHub(config, options);
    started.push(hub);
    return hub;
  };
}

/** The account a session token belongs to. */
async function accountOf(t: TestHub, token: string): Promise<User> {
  const me = await t.http<User>('/api/me', { token });
  if (!me.body.ok) throw new Error(me.body.error);
  return me.body.data;
}

export const hubTest = test
  .extend('hubOptions', {} as HubOptions)
  // eslint-disable-next-line no-empty-pattern -- vitest reads a fixture's needs from this pattern
  .extend('startHub', async ({}, { onCleanup }) => hubStarter(onCleanup))
  .extend('t', async ({ hubOptions, startHub }) => startHub(hubOptions))
  .extend('admin', async ({ t }) => t.signIn())
  .extend('adminUser', async ({ t, admin }) => accountOf(t, admin))
  .extend('coordinator', async ({ t, admin }) => t.connectConsole(admin))
  .extend('device', async ({ t }) => t.enroll())
  .extend('agent', async ({ t, device }) => t.connectAgent(device));

export const sharedHubTest = test
  .extend('hubOptions', { scope: 'file' }, {} as HubOptions)
  // eslint-disable-next-line no-empty-pattern -- as above
  .extend('startHub', { scope: 'file' }, async ({}, { onCleanup }) => hubStarter(onCleanup))
  .extend('t', { scope: 'file' }, async ({ hubOptions, startHub }) => startHub(hubOptions))
  .extend('admin', { scope: 'file' }, async ({ t }) => t.signIn())
  .extend('adminUser', { scope: 'file' }, async ({ t, admin }) => accountOf(t, admin))
  .extend('coordinator', async ({ t, admin }) => t.connectConsole(admin))
  .extend('device', async ({ t }) => t.enroll())
  .extend('agent', async ({ t, device }) => t.connectAgent(device));
