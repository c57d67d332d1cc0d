// Clients that send `Content-Type: application/json` on every call, bodiless deletes included: an
// empty body is no body, so such a call does what it says (or answers `not-found`). A route that
// needs a body still refuses an empty one, and bad JSON is still refused, with nothing changed.
import { describe, expect } from 'vitest';
import type { Ack, CannedReply } from '@handraise/shared';
import { hubTest } from './testing/hub-test.ts';
import { countRows } from './testing/row-count.ts';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/** A call with the JSON content type and exactly this body text (empty for none). */
async function rawJson(
  url: string,
  token: string,
  method: string,
  text: string,
): Promise<{ status: number; body: Ack<unknown> }> {
  const response = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    ...(text === '' ? {} : { body: text }),
  });
  return { status: response.status, body: (await response.json()) as Ack<unknown> };
}

describe('an empty JSON body', () => {
  hubTest('is no body: a delete deletes, or answers not-found', async ({ t, admin }) => {
    const created = await t.http<CannedReply>('/api/canned-replies', {
      token: admin,
      body: { title: 'On my way', text: 'Coming now.' },
    });
    if (!created.body.ok) throw new Error(created.body.error);
    const { id } = created.body.data;
    const base = `${t.hub.url}/api/canned-replies`;

    const unknown = await rawJson(`${base}/${UNKNOWN_ID}`, admin, 'DELETE', '');
    expect(unknown).toEqual({ status: 404, body: { ok: false, error: 'not-found' } });
    expect(await countRows(t.hub.database.db, 'canned_replies')).toBe(1);
    const removed = await rawJson(`${base}/${id}`, admin, 'DELETE', '');
    expect(removed).toEqual({ status: 200, body: { ok: true, data: { id } } });
    expect(await countRows(t.hub.database.db, 'canned_replies')).toBe(0);
  });

  hubTest(
    'still fails a route that needs a body; bad JSON is still refused',
    async ({ t, admin }) => {
      const url = `${t.hub.url}/api/canned-replies`;
      for (const text of ['', '{', '{"__proto__": {"title": "x"}, "title": "x", "text": "y"}']) {
        const refused = await rawJson(url, admin, 'POST', text);
        expect(refused, text).toEqual({
          status: 400,
          body: { ok: false, error: 'invalid-payload' },
        });
      }
      expect(await countRows(t.hub.database.db, 'canned_replies')).toBe(0);
    },
  );
});
