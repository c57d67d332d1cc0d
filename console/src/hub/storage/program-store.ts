// What the Tech Advisor program reads and keeps: requests with their timelines replayed, the
// advisors, and their badges with the coordinator's sign-off.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { HelpCategory, Role } from '@handraise/shared';
import type { RequestRecord, Window } from '../program/advisor-figures.ts';
import { replayTimeline, type TimelineLine } from '../program/timeline-replay.ts';
import type { AdvisorBadgesTable, Database } from './schema.ts';

/** SQLite's limit on bound values is far above this; batches keep each query small. */
const IDS_PER_QUERY = 500;

export type ProgramPerson = {
  id: string;
  displayName: string;
  role: Role;
  advisorKind: 'student' | 'teacher' | null;
  disabled: boolean;
  deleted: boolean;
};

export type ProgramStore = ReturnType<typeof createProgramStore>;

export function createProgramStore(db: Kysely<Database>) {
  /** The requests, each with its whole timeline replayed (in the order its lines were written). */
  async function records(requestIds: readonly string[]): Promise<RequestRecord[]> {
    const out: RequestRecord[] = [];
    for (let i = 0; i < requestIds.length; i += IDS_PER_QUERY) {
      const batch = requestIds.slice(i, i + IDS_PER_QUERY);
      const requests = await db
        .selectFrom('requests')
        .innerJoin('devices', 'devices.id', 'requests.device_id')
        .select([
          'requests.id',
          'requests.number',
          'requests.category',
          'requests.created_at',
          'devices.room',
        ])
        .where('requests.id', 'in', batch)
        .execute();
      const lines = await db
        .selectFrom('request_events')
        .select(['request_id', 'at', 'kind', 'actor_type', 'actor_id', 'body'])
        .where('request_id', 'in', batch)
        .orderBy('at')
        .orderBy('id')
        .execute();
      const byRequest = new Map<string, TimelineLine[]>();
      for (const line of lines) {
        const list = byRequest.get(line.request_id) ?? [];
        list.push({
          at: Date.parse(line.at),
          kind: line.kind,
          actorType: line.actor_type,
          actorId: line.actor_id,
          body: line.body,
        });
        byRequest.set(line.request_id, list);
      }
      for (const r of requests)
        out.push({
          id: r.id,
          number: r.number,
          category: r.category as HelpCategory,
          room: r.room,
          createdAt: Date.parse(r.created_at),
          facts: replayTimeline(byRequest.get(r.id) ?? []),
        });
    }
    return out;
  }

  const ids = (rows: { request_id: string }[]) => [...new Set(rows.map((r) => r.request_id))];

  return {
    /** Requests with anything on their timeline in the window (a claim, a message, a reopen…). */
    async recordsActiveIn(window: Window): Promise<RequestRecord[]> {
      const rows = await db
        .selectFrom('request_events')
        .select('request_id')
        .distinct()
        .where('at', '>=', new Date(window.from).toISOString())
        .where('at', '<', new Date(window.to).toISOString())
        .execute();
      return records(ids(rows));
    },

    /** Every request someone (or `personId`) resolved, whenever: what badges are counted from. */
    async recordsResolvedBy(personId: string | null): Promise<RequestRecord[]> {
      let query = db
        .selectFrom('request_events')
        .select('request_id')
        .distinct()
        .where('kind', '=', 'state-changed')
        .where('body', '=', 'resolved');
      if (personId) query = query.where('actor_id', '=', personId);
      return records(ids(await query.execute()));
    },

    /** Everyone, deleted accounts too (their work stays counted under their name). */
    async people(): Promise<ProgramPerson[]> {
      const rows = await db
        .selectFrom('users')
        .select(['id', 'display_name', 'role', 'advisor_kind', 'disabled_at', 'deleted_at'])
        .orderBy('display_name')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        displayName: r.display_name,
        role: r.role,
        advisorKind: r.advisor_kind,
        disabled: r.disabled_at !== null,
        deleted: r.deleted_at !== null,
      }));
    },

    async badgesOf(userIds: readonly string[]): Promise<AdvisorBadgesTable[]> {
      if (userIds.length === 0) return [];
      return db
        .selectFrom('advisor_badges')
        .selectAll()
        .where('user_id', 'in', userIds)
        .orderBy('earned_at')
        .orderBy('badge')
        .execute();
    },

    /** Keeps the badges reached that are not kept yet; the ones kept are never changed. */
    async keepReached(
      userId: string,
      reached: readonly { key: string; earnedAt: number }[],
    ): Promise<void> {
      for (const badge of reached)
        await db
          .insertInto('advisor_badges')
          .values({
            id: randomUUID(),
            user_id: userId,
            badge: badge.key,
            earned_at: new Date(badge.earnedAt).toISOString(),
            signed_off_by_id: null,
            signed_off_by_name: null,
            signed_off_at: null,
          })
          .onConflict((oc) => oc.columns(['user_id', 'badge']).doNothing())
          .execute();
    },

    async badge(badgeId: string): Promise<AdvisorBadgesTable | null> {
      const row = await db
        .selectFrom('advisor_badges')
        .selectAll()
        .where('id', '=', badgeId)
        .executeTakeFirst();
      return row ?? null;
    },

    /** Signs a badge off, only if nobody has yet (checked and written in one step). */
    async signOff(badgeId: string, by: { id: string; name: string }, at: string): Promise<boolean> {
      const result = await db
        .updateTable('advisor_badges')
        .set({ signed_off_by_id: by.id, signed_off_by_name: by.name, signed_off_at: at })
        .where('id', '=', badgeId)
        .where('signed_off_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
  };
}
