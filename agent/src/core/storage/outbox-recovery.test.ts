// Damaged outboxes, made by damaging real ones: opening one sets it aside, carries over what can be
// read, and leaves a record for the hub.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HelpCreate } from '@handraise/shared';
import { openOutbox, type Outbox } from '../outbox.ts';
import {
  describeRecovery,
  recoveryNote,
  recoverySentence,
  RECOVERY_NOTE_MS,
} from './outbox-recovery.ts';
import type { OutboxRecovery } from './outbox-recovery.ts';
import { recordedRecovery } from './recovery-note.ts';
import { overwritePages, pagesOf, truncateTo } from './testing/damage.ts';

const request = (text: string, screenshot?: Buffer): HelpCreate => ({
  idempotencyKey: crypto.randomUUID(),
  category: 'printer',
  text,
  createdAt: new Date().toISOString(),
  ...(screenshot ? { screenshot } : {}),
});

const NOW = new Date('2026-03-02T08:15:00.000Z');
const SET_ASIDE = 'agent.sqlite.damaged-2026-03-02T08-15-00-000Z';

describe('opening a damaged outbox', () => {
  let dir: string;
  let file: string;
  const lines: string[] = [];
  const open = (): Outbox =>
    openOutbox(file, { onRecovered: (line) => lines.push(line), now: () => NOW });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'handraise-damaged-'));
    file = join(dir, 'agent.sqlite');
    lines.length = 0;
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A real outbox with one request delivered and one waiting (with a screenshot), closed. */
  function writeOutbox(screenshot = Buffer.alloc(24 * 1024, 0xab)) {
    const store = open();
    const delivered = request('Projector says no signal');
    const waiting = request('Printer jam in room 12', screenshot);
    store.add({ kind: 'help:create', payload: delivered });
    store.markDelivered(delivered.idempotencyKey, 'request-1');
    store.add({ kind: 'help:create', payload: waiting });
    store.close();
    return { delivered, waiting };
  }

  it('that is not a database at all: keeps it aside, says nothing could be read, and works', () => {
    writeFileSync(file, 'PK\u0003\u0004 this is a zip file, not an outbox');
    const store = open();
    expect(readFileSync(join(dir, SET_ASIDE), 'utf8')).toContain('not an outbox');
    expect(lines).toEqual([
      `the outbox was not usable (the file is not a database) and was set aside as ${SET_ASIDE}; nothing could be read out of it: any request waiting in it is lost; the agent goes on with a new outbox`,
    ]);
    const next = request('Still raising a hand');
    store.add({ kind: 'help:create', payload: next });
    expect(store.pending().map((item) => item.idempotencyKey)).toEqual([next.idempotencyKey]);
    expect(recordedRecovery(store)).toEqual({
      at: NOW.toISOString(),
      reason: 'the file is not a database',
      setAside: SET_ASIDE,
      carried: 0,
      incomplete: true,
      screenshotsLost: 0,
    });
    store.close();
    // Opened again, the new outbox is sound: nothing is set aside twice.
    open().close();
    expect(lines).toHaveLength(1);
  });

  it('with a damaged index: carries every item over, status, screenshot and all', () => {
    const { delivered, waiting } = writeOutbox();
    const { pageSize, pages } = pagesOf(file, 'sqlite_autoindex_outbox_1');
    overwritePages(file, pageSize, pages);

    const store = open();
    expect(lines[0]).toMatch(
      /^the outbox was not usable \(damaged pages: [^\n]+\) .* 2 saved items \(requests, replies\) carried over;/,
    );
    expect(store.get(delivered.idempotencyKey)).toMatchObject({
      status: 'delivered',
      requestId: 'request-1',
    });
    const carried = store.get(waiting.idempotencyKey);
    expect(carried).toMatchObject({ status: 'pending', payload: { text: waiting.text } });
    expect(carried?.kind === 'help:create' && Buffer.from(carried.payload.screenshot!)).toEqual(
      waiting.screenshot,
    );
    expect(recordedRecovery(store)).toMatchObject({ carried: 2, incomplete: false });
    store.close();
    expect(existsSync(join(dir, SET_ASIDE))).toBe(true);
  });

  it("whose screenshot's pages are damaged: carries the request without it, and says so", () => {
    const { waiting } = writeOutbox();
    const { pageSize, pages } = pagesOf(file, 'outbox', 'overflow');
    overwritePages(file, pageSize, pages.slice(0, 1));

    const store = open();
    const carried = store.get(waiting.idempotencyKey);
    expect(carried).toMatchObject({ status: 'pending', payload: { text: waiting.text } });
    expect(carried?.kind === 'help:create' && carried.payload.screenshot).toBeUndefined();
    expect(lines[0]).toContain(
      '2 saved items (requests, replies) carried over, 1 without its screenshot',
    );
    store.close();
  });

  it('cut short: replaced by a working outbox, the damaged one kept beside it', () => {
    writeOutbox();
    truncateTo(file, 0.5);
    const store = open();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`set aside as ${SET_ASIDE}`);
    store.add({ kind: 'help:create', payload: request('After the crash') });
    expect(store.pending().length).toBeGreaterThanOrEqual(1);
    store.close();
  });

  it("holding another program's tables: sets it aside rather than writing into them", () => {
    const foreign = new DatabaseSync(file);
    foreign.exec(
      "CREATE TABLE outbox (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO outbox (body) VALUES ('x')",
    );
    foreign.close();
    const store = open();
    expect(lines[0]).toContain('tables of another shape (missing idempotency_key');
    expect(store.all()).toEqual([]);
    store.close();
    const kept = new DatabaseSync(join(dir, SET_ASIDE), { readOnly: true });
    expect(kept.prepare('SELECT body FROM outbox').all()).toEqual([{ body: 'x' }]);
    kept.close();
  });

  it('still upgrades an outbox from before replies existed instead of setting it aside', () => {
    const old = new DatabaseSync(file);
    old.exec(`
      CREATE TABLE outbox (idempotency_key TEXT PRIMARY KEY, payload_json TEXT NOT NULL, screenshot BLOB,
        status TEXT NOT NULL DEFAULT 'pending', attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT,
        request_id TEXT, created_at TEXT NOT NULL, delivered_at TEXT);
      CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL);`);
    const saved = request('Saved by an older agent');
    old
      .prepare('INSERT INTO outbox (idempotency_key, payload_json, created_at) VALUES (?, ?, ?)')
      .run(saved.idempotencyKey, JSON.stringify(saved), saved.createdAt);
    old.close();
    const store = open();
    expect(lines).toEqual([]);
    expect(store.pending()).toMatchObject([{ kind: 'help:create', payload: { text: saved.text } }]);
    store.close();
  });
});

describe('the recovery note', () => {
  const recovery: OutboxRecovery = {
    at: NOW.toISOString(),
    reason: 'the file is damaged',
    setAside: SET_ASIDE,
    carried: 1,
    incomplete: true,
    screenshotsLost: 0,
  };

  it('goes with every inventory for a week, then stops', () => {
    expect(recoveryNote(recovery, NOW.getTime() + 60_000)).toEqual({
      collector: 'outbox',
      error: `2026-03-02T08:15:00.000Z: the outbox was not usable (the file is damaged) and was set aside as ${SET_ASIDE}; 1 saved item (requests, replies) carried over, others could not be read and are lost`,
    });
    expect(recoveryNote(recovery, NOW.getTime() + RECOVERY_NOTE_MS)).toBeNull();
    // A clock set back proves nothing about age: no note rather than one forever.
    expect(recoveryNote(recovery, NOW.getTime() - 60_000)).toBeNull();
  });

  it('says when the outbox held nothing', () => {
    expect(describeRecovery({ ...recovery, carried: 0, incomplete: false })).toContain(
      'it held no requests',
    );
  });

  it('tells the person at the computer in one plain sentence, without SQLite in it', () => {
    const damaged = {
      ...recovery,
      reason: 'damaged pages: Tree 3 page 3: btreeInitPage() returns error code 11',
    };
    const opening =
      'The file where this computer keeps help requests was damaged and has been replaced: ';
    expect(recoverySentence(damaged)).toBe(
      `${opening}1 saved request or reply was kept, some others could not be read.`,
    );
    expect(
      recoverySentence({ ...damaged, carried: 3, incomplete: false, screenshotsLost: 2 }),
    ).toBe(`${opening}3 saved requests and replies were kept (2 without their pictures).`);
    expect(recoverySentence({ ...damaged, carried: 0, incomplete: false })).toBe(
      `${opening}it held nothing waiting to be sent.`,
    );
    expect(recoverySentence({ ...damaged, carried: 0 })).toBe(
      `${opening}nothing in it could be read, so requests waiting in it are lost.`,
    );
  });
});
