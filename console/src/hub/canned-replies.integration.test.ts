// On a real hub: the coordinator writes, changes and removes canned replies; everyone who helps
// reads them; advisors' writes are forbidden, bad input is refused with 400, and neither changes
// anything.
import { describe, expect } from 'vitest';
import type { CannedReply } from '@handraise/shared';
import { hubTest } from './testing/hub-test.ts';
import { createAdvisor } from './testing/advisor.ts';
import { countRows } from './testing/row-count.ts';

const ON_MY_WAY = { title: 'On my way', text: 'I am on my way to your room.\nPlease wait.' };

describe('canned replies', () => {
  hubTest(
    'the coordinator writes them; advisors read them and may not change them',
    async ({ t, admin }) => {
      const { token: advisor } = await createAdvisor(t, admin);
      const created = await t.http<CannedReply>('/api/canned-replies', {
        token: admin,
        body: ON_MY_WAY,
      });
      expect(created.status).toBe(201);
      if (!created.body.ok) throw new Error(created.body.error);
      const reply = created.body.data;
      expect(reply).toMatchObject({ ...ON_MY_WAY, updatedBy: 'Coordinator' });
      const restart = await t.http<CannedReply>('/api/canned-replies', {
        token: admin,
        body: { title: '  Restart first ', text: 'Could you restart the computer and try again?' },
      });
      expect(restart.body.ok && restart.body.data.title).toBe('Restart first');

      // Everyone who helps reads them, by title.
      const listed = await t.http<CannedReply[]>('/api/canned-replies', { token: advisor });
      expect(listed.body.ok && listed.body.data.map((r) => r.title)).toEqual([
        'On my way',
        'Restart first',
      ]);

      const changed = await t.http<CannedReply>(`/api/canned-replies/${reply.id}`, {
        token: admin,
        method: 'PATCH',
        body: { text: 'Coming now.' },
      });
      expect(changed.body).toMatchObject({
        ok: true,
        data: { title: 'On my way', text: 'Coming now.' },
      });

      // An advisor's writes: forbidden, and nothing changes.
      const tries = [
        { method: 'POST', path: '/api/canned-replies', body: ON_MY_WAY },
        { method: 'PATCH', path: `/api/canned-replies/${reply.id}`, body: { text: 'Mine' } },
        { method: 'DELETE', path: `/api/canned-replies/${reply.id}`, body: undefined },
      ];
      for (const { method, path, body } of tries) {
        const refused = await t.http(path, { token: advisor, method, body });
        expect([refused.status, refused.body]).toEqual([403, { ok: false, error: 'forbidden' }]);
      }
      const unchanged = await t.http<CannedReply[]>('/api/canned-replies', { token: advisor });
      expect(unchanged.body.ok && unchanged.body.data.find((r) => r.id === reply.id)?.text).toBe(
        'Coming now.',
      );
      expect(await countRows(t.hub.database.db, 'canned_replies')).toBe(2);

      // Without a session: unauthorized.
      expect((await t.http('/api/canned-replies')).status).toBe(401);

      const removed = await t.http(`/api/canned-replies/${reply.id}`, {
        token: admin,
        method: 'DELETE',
      });
      expect(removed.body).toEqual({ ok: true, data: { id: reply.id } });
      const again = await t.http(`/api/canned-replies/${reply.id}`, {
        token: admin,
        method: 'DELETE',
      });
      expect([again.status, again.body]).toEqual([404, { ok: false, error: 'not-found' }]);
      const gone = await t.http(`/api/canned-replies/${reply.id}`, {
        token: admin,
        method: 'PATCH',
        body: { title: 'Back' },
      });
      expect(gone.status).toBe(404);
      expect(await countRows(t.hub.database.db, 'canned_replies')).toBe(1);
    },
  );

  hubTest('bad input is refused with 400 and stores nothing', async ({ t, admin }) => {
    const created = await t.http<CannedReply>('/api/canned-replies', {
      token: admin,
      body: ON_MY_WAY,
    });
    if (!created.body.ok) throw new Error(created.body.error);
    const id = created.body.data.id;
    const bad: { method: string; path: string; body: unknown }[] = [
      { method: 'POST', path: '/api/canned-replies', body: { title: '', text: 'x' } },
      { method: 'POST', path: '/api/canned-replies', body: { title: 'x', text: '   ' } },
      { method: 'POST', path: '/api/canned-replies', body: { title: 'x'.repeat(81), text: 'x' } },
      {
        method: 'POST',
        path: '/api/canned-replies',
        body: { title: 'x', text: 'x'.repeat(2_001) },
      },
      { method: 'POST', path: '/api/canned-replies', body: { title: 'x', text: 'bell\u0007' } },
      { method: 'POST', path: '/api/canned-replies', body: { title: 'x', text: 'y', extra: 1 } },
      { method: 'POST', path: '/api/canned-replies', body: ['x'] },
      { method: 'PATCH', path: `/api/canned-replies/${id}`, body: {} },
      { method: 'PATCH', path: `/api/canned-replies/${id}`, body: { title: '' } },
      { method: 'PATCH', path: '/api/canned-replies/not-an-id', body: { title: 'x' } },
      { method: 'DELETE', path: '/api/canned-replies/not-an-id', body: undefined },
    ];
    for (const { method, path, body } of bad) {
      const refused = await t.http(path, { token: admin, method, body });
      expect([method, path, refused.status, refused.body]).toEqual([
        method,
        path,
        400,
        { ok: false, error: 'invalid-payload' },
      ]);
    }
    const listed = await t.http<CannedReply[]>('/api/canned-replies', { token: admin });
    expect(listed.body.ok && listed.body.data).toEqual([created.body.data]);
  });
});
