import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { RequestState } from '@handraise/shared';
import type { Clock } from '../clock.ts';
import type { Actor } from './request-timeline.ts';
import type { Database } from './schema.ts';

/** What a disabled or deleted account was holding and no longer holds; for publishing. */
export type ReleasedWork = { requestIds: string[]; taskIds: string[] };

export const NOTHING_RELEASED: ReleasedWork = { requestIds: [], taskIds: [] };

/** Why the account stopped working: it was disabled, or deleted. */
export type ReleaseReason = 'disabled' | 'deleted';

// Requests still waiting for someone; resolved and closed ones keep their helper.
const OPEN_STATES: readonly RequestState[] = ['new', 'claimed', 'escalated'];

/** A claimed request goes back to waiting as a new one does; escalated ones stay escalated. */
const stateAfterRelease = (state: string): string => (state === 'claimed' ? 'new' : state);

/**
 * Hands back, inside the caller's transaction, what an account that can no longer work held:
 * each open request it was assigned goes back to the queue unassigned, with a timeline line
 * saying whose account it was and why (staff see it; the requester's tray only sees the state),
 * and each open update task loses its assignee. Finished requests and tasks keep the name.
 */
export async function releaseWorkIn(
  trx: Transaction<Database>,
  release: {
    userId: string;
    /** The account's display name, for the timeline line. */
    helperName: string;
    reason: ReleaseReason;
    /** Who disabled or deleted the account. */
    actor: Actor;
    /** The clock shared by everything that stamps timeline events (never repeats an instant). */
    eventClock: Clock;
  },
): Promise<ReleasedWork> {
  const requests = await trx
    .selectFrom('requests')
    .select(['id', 'state'])
    .where('assignee_id', '=', release.userId)
    .where('state', 'in', OPEN_STATES)
    .execute();
  const body = `${release.helperName}'s account was ${release.reason}.`;
  for (const request of requests) {
    const at = release.eventClock.now().toISOString();
    await trx
      .insertInto('request_events')
      .values({
        id: randomUUID(),
        request_id: request.id,
        at,
        kind: 'returned-to-queue',
        actor_type: release.actor.type,
        actor_id: release.actor.id,
        actor_name: release.actor.name,
        body,
        idempotency_key: null,
      })
      .execute();
    await trx
      .updateTable('requests')
      .set({ state: stateAfterRelease(request.state), assignee_id: null, updated_at: at })
      .where('id', '=', request.id)
      .execute();
  }

  const tasks = await trx
    .selectFrom('update_tasks')
    .select('id')
    .where('assignee_id', '=', release.userId)
    .where('state', '=', 'open')
    .execute();
  if (tasks.length > 0) {
    await trx
      .updateTable('update_tasks')
      .set({ assignee_id: null })
      .where(
        'id',
        'in',
        tasks.map((t) => t.id),
      )
      .execute();
  }
  return { requestIds: requests.map((r) => r.id), taskIds: tasks.map((t) => t.id) };
}
