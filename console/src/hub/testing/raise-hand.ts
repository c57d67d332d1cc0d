// Test support: a computer raising a hand, as its agent does when a requester clicks Send.
import type { HelpCreate } from '@handraise/shared';
import type { AgentClient } from './test-hub.ts';

/** What a requester fills in; the agent adds the key and the time as it does when saving one. */
export type RaisedHand = Omit<HelpCreate, 'idempotencyKey' | 'createdAt'>;

/** Raises a hand on the computer now and returns the new request's id (throws if refused). */
export async function raiseHand(agent: AgentClient, hand: RaisedHand): Promise<string> {
  const created = await agent.emitWithAck('help:create', {
    idempotencyKey: crypto.randomUUID(),
    createdAt: new Date().toISOString(),
    ...hand,
  });
  if (!created.ok) throw new Error(`help request refused: ${created.error}`);
  return created.data.requestId;
}
