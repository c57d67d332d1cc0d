// Reads one request's timeline from the start, as it happened, into the facts the Tech Advisor
// program counts: who claimed, who answered first, who resolved, which resolutions came back, and
// how long each helper worked on it.

/** One timeline line, as `request_events` keeps it (time in epoch milliseconds). */
export type TimelineLine = {
  at: number;
  kind: string;
  actorType: 'device' | 'user' | 'hub';
  actorId: string;
  body: string | null;
};

/** What happened to one request, person by person. */
export type RequestFacts = {
  /** Every claim (an assignment is the assignee's claim, as the timeline records it). */
  claims: { personId: string; at: number }[];
  /** Each person's first claim or message to the requester. */
  ownFirstResponse: Map<string, number>;
  /** The request's first claim or message by anyone. */
  firstResponse: { personId: string; at: number } | null;
  resolutions: { personId: string; at: number }[];
  /** Resolutions undone (the requester's "Still broken", a reopen), charged to who resolved. */
  reopens: { resolverId: string; at: number }[];
  /** Each stint that ended in its helper's resolution: from taking it on to resolving it. */
  stints: { personId: string; since: number; resolvedAt: number }[];
  /** Who resolved it last, while that resolution stands (null once it is reopened). */
  standingResolverId: string | null;
};

const FINISHED = new Set(['resolved', 'closed']);

/**
 * Replays a request's lines (in the order they were written) into its facts. A stint starts when
 * a person claims the request or it comes back to them reopened, and counts once they resolve it;
 * one that ends otherwise (escalated, handed to someone else, sent back to the queue) is not work
 * finished and is dropped.
 */
export function replayTimeline(lines: readonly TimelineLine[]): RequestFacts {
  const facts: RequestFacts = {
    claims: [],
    ownFirstResponse: new Map(),
    firstResponse: null,
    resolutions: [],
    reopens: [],
    stints: [],
    standingResolverId: null,
  };
  let state = 'new';
  let assigneeId: string | null = null;
  // Cast, not annotated: the loop's reassignments would otherwise leave it narrowed to null.
  let stint = null as { personId: string; since: number } | null;

  const responded = (personId: string, at: number) => {
    if (!facts.ownFirstResponse.has(personId)) facts.ownFirstResponse.set(personId, at);
    facts.firstResponse ??= { personId, at };
  };

  for (const line of lines) {
    const byPerson = line.actorType === 'user';
    if (line.kind === 'claimed' && byPerson) {
      facts.claims.push({ personId: line.actorId, at: line.at });
      responded(line.actorId, line.at);
      if (stint?.personId !== line.actorId) stint = { personId: line.actorId, since: line.at };
      assigneeId = line.actorId;
      state = 'claimed';
    } else if (line.kind === 'message' && byPerson) {
      responded(line.actorId, line.at);
    } else if (line.kind === 'resolve-undone') {
      // The resolver took the resolve back at once: it counts as neither a fix nor a reopen, and
      // the stint it ended goes on.
      const undone = facts.resolutions.pop();
      const stintEnded = facts.stints.at(-1);
      if (undone && stintEnded?.resolvedAt === undone.at) {
        facts.stints.pop();
        stint = { personId: stintEnded.personId, since: stintEnded.since };
      }
      facts.standingResolverId = null;
      state = line.body ?? state;
    } else if (line.kind === 'returned-to-queue') {
      stint = null;
      assigneeId = null;
      state = 'new';
    } else if (line.kind === 'state-changed' && line.body !== null) {
      const next = line.body;
      if (next === 'resolved' && byPerson) {
        facts.resolutions.push({ personId: line.actorId, at: line.at });
        if (stint?.personId === line.actorId)
          facts.stints.push({ personId: line.actorId, since: stint.since, resolvedAt: line.at });
        facts.standingResolverId = line.actorId;
        stint = null;
      } else if ((next === 'new' || next === 'claimed') && FINISHED.has(state)) {
        if (facts.standingResolverId !== null)
          facts.reopens.push({ resolverId: facts.standingResolverId, at: line.at });
        facts.standingResolverId = null;
        if (next === 'new') assigneeId = null;
        // Back to the helper who had it: a new stint of theirs starts now.
        stint = next === 'claimed' && assigneeId ? { personId: assigneeId, since: line.at } : null;
      } else if (next === 'escalated' || next === 'new') {
        stint = null;
        assigneeId = null;
      }
      state = next;
    }
  }
  return facts;
}

/** Milliseconds a person worked on a request, over their stints resolved inside a window. */
export function workedMsWithin(
  facts: RequestFacts,
  personId: string,
  window: { from: number; to: number },
): number | null {
  const stints = facts.stints.filter(
    (s) => s.personId === personId && s.resolvedAt >= window.from && s.resolvedAt < window.to,
  );
  return stints.length === 0 ? null : stints.reduce((sum, s) => sum + (s.resolvedAt - s.since), 0);
}
