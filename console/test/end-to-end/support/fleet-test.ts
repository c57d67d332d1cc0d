// Test support: the outdated-software school (see outdated-fleet.ts) as file-scoped fixtures: one
// hub on the fixed clock with the whole fleet reported, made when a test of the file first asks
// for it and closed after the file. Its parts are fixtures of their own, for tests to name what
// they use: `t`, `token` (the coordinator's session), `consoleSocket`, `agents` (by hostname) and
// `get(path, as?)`.
import { test } from 'vitest';
import { startOutdatedFleet } from '../../support/outdated-fleet.ts';

export const fleetTest = test
  // eslint-disable-next-line no-empty-pattern -- vitest reads a fixture's needs from this pattern
  .extend('fleet', { scope: 'file' }, async ({}, { onCleanup }) => {
    const fleet = await startOutdatedFleet();
    onCleanup(() => fleet.close());
    return fleet;
  })
  .extend('t', { scope: 'file' }, async ({ fleet }) => fleet.t)
  .extend('token', { scope: 'file' }, async ({ fleet }) => fleet.token)
  .extend('consoleSocket', { scope: 'file' }, async ({ fleet }) => fleet.consoleSocket)
  .extend('agents', { scope: 'file' }, async ({ fleet }) => fleet.agents)
  .extend('get', { scope: 'file' }, async ({ fleet }) => fleet.get);
