// A privacy deletion reaches the disk: once the outbox forgets a request (and the tray's kept copy
// of the hub's answer is dropped) or drops a delivered screenshot, neither the database file nor
// its write-ahead log holds the words or the picture's bytes any more.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { RequesterRequest } from '@handraise/shared';
import { createHelpDesk } from '../../src/core/help-desk.ts';
import { openOutbox, type Outbox } from '../../src/core/outbox.ts';
import { sampleJpeg } from '../../../console/src/hub/testing/sample-inventory.ts';

let dir = '';
let file = '';
let store: Outbox;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'handraise-erasure-'));
  file = join(dir, 'agent.sqlite');
  store = openOutbox(file);
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Every byte of the database and its log as they are on disk now. */
const onDisk = (): Buffer =>
  Buffer.concat(
    [file, `${file}-wal`].filter((path) => existsSync(path)).map((path) => readFileSync(path)),
  );

const hubView = (key: string, id: string, text: string): RequesterRequest => ({
  id,
  number: 7,
  idempotencyKey: key,
  category: 'printer',
  text,
  state: 'closed',
  createdAt: new Date().toISOString(),
  updatedAt: new Date().toISOString(),
  helperName: null,
  messages: [],
});

it('leaves no trace of a forgotten request’s words in the database or its log', async () => {
  const secret = 'Locker code 4417 for Room Nine';
  const desk = createHelpDesk({ store });
  const made = await desk.ask({ category: 'printer', text: secret });
  const requestId = crypto.randomUUID();
  store.markDelivered(made.key, requestId);
  desk.hooks.onRequestUpdated(hubView(made.key, requestId, secret));
  // The words are on disk while the request is kept: the check below can see them.
  expect(onDisk().includes(secret)).toBe(true);

  store.forget(made.key);
  desk.hooks.onRequestsForgotten([requestId]);

  expect(store.get(made.key)).toBeNull();
  expect(desk.list()).toEqual([]);
  expect(onDisk().includes(secret)).toBe(false);
});

it('leaves no trace of a dropped screenshot’s bytes in the database or its log', async () => {
  const picture = sampleJpeg(60_000);
  const desk = createHelpDesk({ store });
  const made = await desk.ask({ category: 'printer', text: 'Jammed', screenshot: picture });
  store.markDelivered(made.key, crypto.randomUUID());
  // A run of the picture from its middle, where the JPEG's bytes are its own.
  const fragment = picture.subarray(30_000, 30_064);
  expect(onDisk().includes(fragment)).toBe(true);

  store.dropScreenshot(made.key);

  const kept = store.get(made.key)!;
  expect(kept.kind === 'help:create' && kept.payload.screenshot?.byteLength).toBe(0);
  expect(onDisk().includes(fragment)).toBe(false);
});
