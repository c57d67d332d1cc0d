import { describe, expect, it } from 'vitest';
import type { Ack, Device, DeviceSyncPage, DeviceSyncRequest } from '@handraise/shared';
import { createDeviceSync } from './device-sync.ts';
import { createLiveCollection } from './live-collection.ts';

/** A row with what the list keeps by (id) and shows here (name). */
const row = (id: string, name = id): Device => ({ id, name }) as Device;

const page = (over: Partial<DeviceSyncPage>): Ack<DeviceSyncPage> => ({
  ok: true,
  data: { kind: 'snapshot', cursor: 'run:1', devices: [], removed: [], after: null, ...over },
});

/** A hub that answers the asks in the given order and records them. */
function scripted(answers: Ack<DeviceSyncPage>[]) {
  const asked: DeviceSyncRequest[] = [];
  return {
    asked,
    askPage: async (request: DeviceSyncRequest) => {
      asked.push(request);
      const next = answers.shift();
      if (!next) throw new Error('asked once too often');
      return next;
    },
  };
}

const names = (list: ReturnType<typeof createLiveCollection<Device>>) =>
  list
    .getSnapshot()
    .map((d) => d.name)
    .sort();

describe('device sync', () => {
  it('gathers a snapshot page by page, then asks only for changes since its cursor', async () => {
    const list = createLiveCollection<Device>();
    const sync = createDeviceSync(list);
    const first = scripted([
      page({ devices: [row('a'), row('b')], after: 'b' }),
      page({ devices: [row('c')], cursor: 'run:2' }),
    ]);
    expect(await sync.resync(first.askPage)).toBe(true);
    expect(first.asked).toEqual([
      { since: null, after: null },
      { since: null, after: 'b' },
    ]);
    expect(names(list)).toEqual(['a', 'b', 'c']);
    expect(sync.cursor()).toBe('run:2');

    sync.updated(row('d'), 'run:3');
    const back = scripted([
      page({ kind: 'changes', devices: [row('b', 'b2')], removed: ['a'], cursor: 'run:5' }),
    ]);
    await sync.resync(back.askPage);
    expect(back.asked).toEqual([{ since: 'run:3', after: null }]);
    // Pushes and changes are drawn together a moment later; the list holds them at once.
    expect(['a', 'b', 'c', 'd'].map((id) => list.get(id)?.name)).toEqual([
      undefined,
      'b2',
      'c',
      'd',
    ]);
  });

  it('keeps pushes that came while pages were gathered over older page rows', async () => {
    const list = createLiveCollection<Device>();
    const sync = createDeviceSync(list);
    const answers = [page({ devices: [row('a'), row('b')], after: 'b' }), page({})];
    const resync = sync.resync(async () => {
      const answer = answers.shift() as Ack<DeviceSyncPage>;
      // Between the two pages: `a` renamed, `b` removed, both pushed after the first page.
      if (answers.length === 1) {
        sync.updated(row('a', 'a-newer'), 'run:7');
        sync.removed('b', 'run:8');
      }
      return answer;
    });
    await resync;
    expect(names(list)).toEqual(['a-newer']);
    // Pushes during the gathering do not move the cursor past pages not yet applied.
    expect(sync.cursor()).toBe('run:1');
  });

  it('starts over from a snapshot when the hub forgot the cursor mid-way', async () => {
    const list = createLiveCollection<Device>();
    const sync = createDeviceSync(list);
    sync.updated(row('x'), 'run:1');
    const hub = scripted([
      page({ kind: 'changes', devices: [row('a')], after: 'a' }),
      page({ kind: 'snapshot', devices: [row('z')] }),
      page({ kind: 'snapshot', devices: [row('a'), row('b')], cursor: 'run:9' }),
    ]);
    await sync.resync(hub.askPage);
    expect(hub.asked.at(-1)).toEqual({ since: null, after: null });
    expect(names(list)).toEqual(['a', 'b']);
  });

  it('leaves the list and cursor alone when the hub does not answer', async () => {
    const list = createLiveCollection<Device>();
    const sync = createDeviceSync(list);
    sync.updated(row('a'), 'run:4');
    expect(await sync.resync(async () => ({ ok: false, error: 'unavailable' }))).toBe(false);
    expect(sync.cursor()).toBe('run:4');
  });
});
