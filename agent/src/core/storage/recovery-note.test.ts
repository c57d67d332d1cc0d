import { describe, expect, it } from 'vitest';
import type { CollectedInventory } from '../inventory.ts';
import { RECOVERY_STATE_KEY, type OutboxRecovery } from './outbox-recovery.ts';
import { withRecoveryNote } from './recovery-note.ts';

const AT = Date.parse('2026-03-02T08:15:00.000Z');
const recovery: OutboxRecovery = {
  at: new Date(AT).toISOString(),
  reason: 'the file is damaged',
  setAside: 'agent.sqlite.damaged-2026-03-02T08-15-00-000Z',
  carried: 2,
  incomplete: false,
  screenshotsLost: 0,
};

const inventory = (notes: number) =>
  ({
    notes: Array.from({ length: notes }, (_, i) => ({ collector: `c${i}`, error: 'x' })),
  }) as CollectedInventory;

const store = (value: string | null) => ({
  getState: (key: string) => (key === RECOVERY_STATE_KEY ? value : null),
});

describe('the inventory after a damaged outbox', () => {
  it('carries the note first, within the contract’s 64 notes', async () => {
    const collect = withRecoveryNote(
      store(JSON.stringify(recovery)),
      async () => inventory(64),
      () => AT + 3_600_000,
    );
    const { notes } = await collect();
    expect(notes).toHaveLength(64);
    expect(notes[0]).toMatchObject({ collector: 'outbox' });
  });

  it('is unchanged when nothing was recovered, or the record does not read', async () => {
    for (const value of [null, 'not json', JSON.stringify({ at: 5 })]) {
      const collect = withRecoveryNote(
        store(value),
        async () => inventory(1),
        () => AT,
      );
      expect((await collect()).notes).toEqual([{ collector: 'c0', error: 'x' }]);
    }
  });
});
