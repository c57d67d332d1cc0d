import type { Kysely } from 'kysely';
import type { RequesterMessage, RequesterRequest } from '@handraise/shared';
import type { Database } from './schema.ts';

// Only these reach the requester; internal events (views, escalations, staff notes) stay in the
// console. An undone resolve reaches it as the state change it is (the body is the state it went
// back to), so the tray stops showing the request as fixed.
const VISIBLE_KINDS = [
  'message',
  'claimed',
  'state-changed',
  'incident-joined',
  'resolve-undone',
] as const;

/** Requests as the computer that raised them sees them: its own only, with the helper's words. */
export function createRequesterView(db: Kysely<Database>) {
  async function load(deviceId: string, requestId?: string): Promise<RequesterRequest[]> {
    let query = db
      .selectFrom('requests')
      .leftJoin('users', 'users.id', 'requests.assignee_id')
      .select([
        'requests.id',
        'requests.number',
        'requests.idempotency_key',
        'requests.category',
        'requests.text',
        'requests.state',
        'requests.created_at',
        'requests.updated_at',
        'users.display_name as helper_name',
      ])
      .where('requests.device_id', '=', deviceId)
      // Requests carried over from the record of a re-installed computer were someone else's.
      .where('requests.carried_from_device_id', 'is', null)
      .orderBy('requests.created_at', 'desc');
    if (requestId) query = query.where('requests.id', '=', requestId);
    const requests = await query.execute();
    if (requests.length === 0) return [];
    const events = await db
      .selectFrom('request_events')
      .selectAll()
      .where(
        'request_id',
        'in',
        requests.map((r) => r.id),
      )
      .where('kind', 'in', VISIBLE_KINDS)
      .orderBy('at')
      .orderBy('id')
      .execute();
    return requests.map((r) => ({
      id: r.id,
      number: r.number,
      idempotencyKey: r.idempotency_key,
      category: r.category as RequesterRequest['category'],
      text: r.text,
      state: r.state as RequesterRequest['state'],
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      helperName: r.helper_name,
      messages: events
        .filter((e) => e.request_id === r.id)
        .map((e): RequesterMessage => ({
          id: e.id,
          at: e.at,
          from: e.actor_type === 'device' ? 'requester' : 'helper',
          kind: (e.kind === 'resolve-undone'
            ? 'state-changed'
            : e.kind) as RequesterMessage['kind'],
          name: e.actor_type === 'user' ? e.actor_name : null,
          body: e.body,
        })),
    }));
  }

  return {
    /** This device's requests, newest first. */
    list: (deviceId: string) => load(deviceId),
    /** One request, only if it belongs to this device. */
    async one(deviceId: string, requestId: string): Promise<RequesterRequest | null> {
      return (await load(deviceId, requestId))[0] ?? null;
    },
  };
}

export type RequesterView = ReturnType<typeof createRequesterView>;
