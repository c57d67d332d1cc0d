// A NUL character in text someone sent (a hostname, a search, a package's name) is taken the same
// on SQLite and on PostgreSQL, which refuses NUL in text: stored as U+FFFD, never an `internal`
// error, and a number past the database's integer column is refused as bad input.
import { describe, expect } from 'vitest';
import type { Device } from '@handraise/shared';
import { fullReport, sampleSections } from './testing/sample-inventory.ts';
import { hubTest } from './testing/hub-test.ts';
import { NUL_STAND_IN } from './storage/text-values.ts';

describe('text with a NUL character', () => {
  hubTest(
    'is stored with U+FFFD in its place, from enrollment and from an inventory',
    async ({ t, admin }) => {
      const enrolled = await t.enroll('lab\u0000pc');
      const devices = await t.http<Device[]>('/api/devices', { token: admin });
      expect(devices.body.ok && devices.body.data.map((d) => d.name)).toEqual([
        `lab${NUL_STAND_IN}pc`,
      ]);

      const agent = await t.connectAgent(enrolled);
      const base = sampleSections();
      const sections = sampleSections({
        os: { ...base.os, hostname: 'room\u00001-pc' },
        updates: [{ name: 'bad\u0000pkg', availableVersion: '2.0', source: 'apt' }],
      });
      const stored = await agent.emitWithAck('inventory:report', fullReport(sections));
      expect(stored).toEqual({ ok: true, data: { status: 'stored' } });
      const after = await t.http<Device[]>('/api/devices', { token: admin });
      expect(after.body.ok && after.body.data.map((d) => d.name)).toEqual([
        `room${NUL_STAND_IN}1-pc`,
      ]);
    },
  );

  hubTest('in a search finds nothing, and is no error', async ({ t, admin }) => {
    await t.enroll('lab-pc-1');
    const search = await t.http<Device[]>(`/api/devices?search=${encodeURIComponent('a\u0000b')}`, {
      token: admin,
    });
    expect(search.status).toBe(200);
    expect(search.body).toEqual({ ok: true, data: [] });
  });
});

describe('a number past what the database holds', () => {
  hubTest(
    'for a token’s uses is refused as bad input, and no token is made',
    async ({ t, admin }) => {
      const listed = async () => {
        const tokens = await t.http<unknown[]>('/api/enrollment-tokens', { token: admin });
        return tokens.body.ok ? tokens.body.data.length : NaN;
      };
      const before = await listed();
      const made = await t.http('/api/enrollment-tokens', {
        token: admin,
        body: { label: 'Lab', maxUses: 2 ** 31 },
      });
      expect(made.status).toBe(400);
      expect(made.body).toEqual({ ok: false, error: 'invalid-payload' });
      expect(await listed()).toBe(before);
    },
  );
});
