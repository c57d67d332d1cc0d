import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import type { HelpCreate } from '@handraise/shared';
import { openOutbox } from './outbox.ts';
import { StorageError } from './storage/sqlite-errors.ts';

const request = (text: string, screenshot?: Buffer): HelpCreate => ({
  idempotencyKey: crypto.randomUUID(),
  category: 'other',
  text,
  createdAt: new Date().toISOString(),
  ...(screenshot ? { screenshot } : {}),
});

describe('outbox', () => {
  const dir = mkdtempSync(join(tmpdir(), 'handraise-outbox-'));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps requests, with their screenshots, across reopening until delivered', () => {
    const file = join(dir, 'agent.sqlite');
    const first = openOutbox(file);
    const shot = Buffer.from([0xff, 0xd8, 0xff, 1, 2, 3]);
    const a = request('projector shows no signal', shot);
    const b = request('');
    first.add({ kind: 'help:create', payload: a });
    first.add({ kind: 'help:create', payload: b });
    first.add({ kind: 'help:create', payload: { ...a, text: 'changed' } }); // same key: the first one stays
    first.close();

    const second = openOutbox(file);
    const pending = second.pending();
    expect(pending.map((p) => (p.kind === 'help:create' ? p.payload.text : ''))).toEqual([
      'projector shows no signal',
      '',
    ]);
    const [withShot, withoutShot] = pending.map((p) =>
      p.kind === 'help:create' ? p.payload.screenshot : null,
    );
    expect(Buffer.from(withShot!).equals(shot)).toBe(true);
    expect(withoutShot).toBeUndefined();

    second.recordAttempt(a.idempotencyKey, 'timeout');
    second.markDelivered(a.idempotencyKey, 'req-1');
    second.markRejected(b.idempotencyKey, 'unsupported-screenshot');
    expect(second.pending()).toEqual([]);
    expect(second.get(a.idempotencyKey)).toMatchObject({
      status: 'delivered',
      requestId: 'req-1',
      attempts: 1,
      lastError: null,
    });
    expect(second.get(b.idempotencyKey)).toMatchObject({
      status: 'rejected',
      lastError: 'unsupported-screenshot',
    });
    second.close();
  });

  it('stores small state values', () => {
    const outbox = openOutbox(join(dir, 'state.sqlite'));
    expect(outbox.getState('k')).toBeNull();
    outbox.setState('k', 'one');
    outbox.setState('k', 'two');
    expect(outbox.getState('k')).toBe('two');
    outbox.close();
  });

  it('says "the disk is full" when it is, saves nothing half, and works again once there is room', () => {
    let db: DatabaseSync | undefined;
    const store = openOutbox(join(dir, 'full.sqlite'), {
      database: (file) => (db = new DatabaseSync(file)),
    });
    const { page_count: pages } = db!.prepare('PRAGMA page_count').get() as { page_count: number };
    // The file may not grow: the next page SQLite needs fails as on a full disk (SQLITE_FULL).
    db!.exec(`PRAGMA max_page_count = ${pages}`);
    const big = request('Screen flickers', Buffer.alloc(256 * 1024, 7));
    let caught: unknown;
    try {
      store.add({ kind: 'help:create', payload: big });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(StorageError);
    expect((caught as Error).message).toBe(
      `cannot save to ${join(dir, 'full.sqlite')}: the disk is full`,
    );
    expect(store.all()).toEqual([]);

    db!.exec('PRAGMA max_page_count = 1073741823');
    store.add({ kind: 'help:create', payload: big });
    expect(store.pending()).toHaveLength(1);
    store.close();
  });

  it.skipIf(process.platform === 'win32')(
    'keeps its folder and files private to the agent, fixing modes left loose',
    () => {
      const folder = join(dir, 'private');
      mkdirSync(folder, { recursive: true, mode: 0o755 });
      chmodSync(folder, 0o755);
      const file = join(folder, 'agent.sqlite');
      writeFileSync(file, '', { mode: 0o644 });
      chmodSync(file, 0o644);
      const store = openOutbox(file);
      store.add({ kind: 'help:create', payload: request('Mouse not working') });
      const modeOf = (path: string) => statSync(path).mode & 0o777;
      expect(modeOf(folder)).toBe(0o700);
      for (const name of readdirSync(folder))
        expect([name, modeOf(join(folder, name))]).toEqual([name, 0o600]);
      expect(readdirSync(folder)).toEqual(
        expect.arrayContaining(['agent.sqlite', 'agent.sqlite-wal', 'agent.sqlite-shm']),
      );
      store.close();
    },
  );
});
