// The help desk of the machine-wide service keeps each request's local account: each account
// lists, answers and confirms only its own requests (another's is `not-found`, and nothing is
// saved), while the tray's own desk (no account) sees everything, as before the service. One
// account cannot queue more than a few requests ahead of the others, nor see another's looks.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequesterRequest } from '@handraise/shared';
import type { DeviceAccess } from '@handraise/shared';
import {
  createHelpDesk,
  MAX_WAITING_PER_ACCOUNT,
  RequestNotFoundError,
  TooManyWaitingError,
} from '../../src/core/help-desk.ts';
import { openOutbox, type Outbox } from '../../src/core/outbox.ts';

const maya = { id: '1001', name: 'maya' };
const leo = { id: '1002', name: 'leo' };

let dir = '';
let store: Outbox;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'handraise-desk-'));
  store = openOutbox(join(dir, 'agent.sqlite'));
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** What the hub tells the agent once it has a request (the hub client hands it to the desk). */
const hubView = (key: string, id: string, text: string): RequesterRequest => ({
  id,
  number: 1,
  idempotencyKey: key,
  category: 'printer',
  text,
  state: 'new',
  createdAt: new Date().toISOString(),
  updatedAt: new Date().toISOString(),
  helperName: null,
  messages: [],
});

describe('requests per local account', () => {
  it('lists each account’s own, and tells the hub who asked', async () => {
    const desk = createHelpDesk({ store });
    const mine = await desk.ask({ category: 'printer', text: 'Maya’s jam' }, maya);
    await desk.ask({ category: 'app', text: 'Leo’s app' }, leo);
    expect(desk.list(maya.id).map((r) => r.text)).toEqual(['Maya’s jam']);
    expect(desk.list(leo.id).map((r) => r.text)).toEqual(['Leo’s app']);
    expect(desk.list()).toHaveLength(2);
    const saved = store.get(mine.key)!;
    expect(saved.kind === 'help:create' && saved.payload.localAccount).toBe('maya');
    expect(desk.ownerOf(mine.key)).toBe(maya.id);
  });

  it('refuses a reply or a confirmation to another account’s request, saving nothing', async () => {
    const desk = createHelpDesk({ store });
    const mine = await desk.ask({ category: 'printer', text: 'Maya’s jam' }, maya);
    const requestId = crypto.randomUUID();
    desk.hooks.onRequestUpdated(hubView(mine.key, requestId, 'Maya’s jam'));
    const before = store.all().length;

    expect(() => desk.reply(requestId, 'Not mine', leo)).toThrow(RequestNotFoundError);
    expect(() => desk.feedback(requestId, true, leo)).toThrow(RequestNotFoundError);
    expect(() => desk.reply(crypto.randomUUID(), 'No such request', maya)).toThrow(
      RequestNotFoundError,
    );
    expect(store.all()).toHaveLength(before);

    desk.reply(requestId, 'It is the left tray', maya);
    expect(store.all()).toHaveLength(before + 1);
    expect(desk.list(maya.id)[0]!.messages.map((m) => m.body)).toEqual(['It is the left tray']);
    expect(desk.list(leo.id)).toEqual([]);
  });

  it('shows requests kept from before the service to no account, and still sends them', () => {
    store.close();
    const file = join(dir, 'old.sqlite');
    const old = new DatabaseSync(file);
    old.exec(`
      CREATE TABLE outbox (idempotency_key TEXT PRIMARY KEY, payload_json TEXT NOT NULL, screenshot BLOB,
        status TEXT NOT NULL DEFAULT 'pending', attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT,
        request_id TEXT, created_at TEXT NOT NULL, delivered_at TEXT,
        kind TEXT NOT NULL DEFAULT 'help:create');
      CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL);`);
    const key = crypto.randomUUID();
    const createdAt = new Date().toISOString();
    old
      .prepare('INSERT INTO outbox (idempotency_key, payload_json, created_at) VALUES (?, ?, ?)')
      .run(
        key,
        JSON.stringify({ idempotencyKey: key, category: 'other', text: 'Old', createdAt }),
        createdAt,
      );
    old.close();
    store = openOutbox(file);
    const desk = createHelpDesk({ store });
    expect(store.pending()).toMatchObject([{ idempotencyKey: key, localAccountId: null }]);
    expect(desk.list(maya.id)).toEqual([]);
    expect(desk.list().map((r) => r.text)).toEqual(['Old']);
  });

  it('refuses an account’s ask beyond the requests it has waiting, saving nothing, while another account still asks', async () => {
    const desk = createHelpDesk({ store });
    // Asked all at once, as a flood would: only the first few are saved.
    const flood = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        desk.ask({ category: 'other', text: `Flood ${i}` }, maya),
      ),
    );
    expect(MAX_WAITING_PER_ACCOUNT).toBe(3);
    expect(flood.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
    const refusals = flood.filter((r) => r.status === 'rejected').map((r) => r.reason as Error);
    expect(refusals).toHaveLength(7);
    for (const refusal of refusals) {
      expect(refusal).toBeInstanceOf(TooManyWaitingError);
      expect(refusal.message).toMatch(/^You have 3 requests waiting to be sent\./);
    }
    expect(store.all()).toHaveLength(3);

    // Leo is not held behind Maya: his request is taken.
    const leos = await desk.ask({ category: 'printer', text: 'Leo’s jam' }, leo);
    expect(leos.state).toBe('saved');
    expect(store.all()).toHaveLength(4);

    // Once one of Maya's is delivered she may ask again.
    const [first] = store.pending().filter((item) => item.localAccountId === maya.id);
    store.markDelivered(first!.idempotencyKey, crypto.randomUUID());
    await desk.ask({ category: 'other', text: 'Maya again' }, maya);
    await expect(desk.ask({ category: 'other', text: 'One more' }, maya)).rejects.toBeInstanceOf(
      TooManyWaitingError,
    );
    expect(desk.list(maya.id)).toHaveLength(4);
  });

  it('shows a look made for a request only to the account that raised it; looks at the computer to all', async () => {
    const desk = createHelpDesk({ store });
    const mayas = await desk.ask({ category: 'printer', text: 'Maya’s jam' }, maya);
    const requestId = crypto.randomUUID();
    desk.hooks.onRequestUpdated(hubView(mayas.key, requestId, 'Maya’s jam'));
    const forMaya: DeviceAccess = {
      at: new Date().toISOString(),
      who: 'Sam Helper',
      as: 'teacher',
      what: 'screenshot',
      request: { id: requestId, category: 'printer' },
    };
    const atComputer: DeviceAccess = { ...forMaya, what: 'details', request: null };
    desk.attach({
      flushOutbox: async () => undefined,
      isConnected: () => true,
      looks: async () => [forMaya, atComputer],
    });
    expect(await desk.looks(maya)).toEqual([forMaya, atComputer]);
    expect(await desk.looks(leo)).toEqual([atComputer]);
    // The tray's own desk (one user, no service) sees every look, as before.
    expect(await desk.looks()).toEqual([forMaya, atComputer]);
  });
});
