// Test support: what the agent's end-to-end tests share, as fixtures. One real hub per test file,
// a coordinator's session on it, and temporary folders; all of it removed after the file. Every
// process a test started is killed when the test ends.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'vitest';
import type { Ack } from '@handraise/shared';
import { killAll } from '../../../console/test/support/processes.ts';
import { connectHelper, startHub } from './hub-harness.ts';

/**
 * `tempDir(prefix)`: a new folder, removed after the file. `hub`: a hub on its own data folder.
 * `helper`: the coordinator's session and console socket. `api(path, body?)`: the hub's REST API
 * as that coordinator (GET, or POST with a body), answering the data or throwing the error code.
 */
export const hubTest = test
  // Set up for every test, asked for or not: processes a test started (the service, a CLI) never
  // outlive it, even when it fails before stopping them.
  // eslint-disable-next-line no-empty-pattern -- vitest reads a fixture's needs from this pattern
  .extend('reapProcesses', { auto: true }, async ({}, { onCleanup }) => {
    onCleanup(killAll);
  })
  // eslint-disable-next-line no-empty-pattern -- vitest reads a fixture's needs from this pattern
  .extend('tempDir', { scope: 'file' }, async ({}, { onCleanup }) => {
    const dirs: string[] = [];
    onCleanup(() => {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    });
    return (prefix: string): string => {
      const dir = mkdtempSync(join(tmpdir(), prefix));
      dirs.push(dir);
      return dir;
    };
  })
  .extend('hub', { scope: 'file' }, async ({ tempDir }, { onCleanup }) => {
    const hub = await startHub(tempDir('handraise-hub-'));
    onCleanup(() => hub.close());
    return hub;
  })
  .extend('helper', { scope: 'file' }, async ({ hub }, { onCleanup }) => {
    const helper = await connectHelper(hub.url);
    onCleanup(() => helper.close());
    return helper;
  })
  .extend('api', { scope: 'file' }, async ({ hub, helper }) => {
    return async <T>(path: string, body?: unknown): Promise<T> => {
      const response = await fetch(`${hub.url}${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: {
          authorization: `Bearer ${helper.token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const answer = (await response.json()) as Ack<T>;
      if (!answer.ok) throw new Error(`${path}: ${answer.error}`);
      return answer.data;
    };
  });
