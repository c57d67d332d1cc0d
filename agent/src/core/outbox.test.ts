import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { HelpCreate } from '@handraise/shared';
import { openOutbox } from './outbox.ts';

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
});
