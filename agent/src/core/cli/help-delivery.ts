// `help` after the request is saved: connect as this computer and wait, bounded, until the request
// reached the hub or the hub said why not. The service may share the data folder: the hub keeps one
// connection per device, so each may end the other's; this command connects again (see rejoin.ts)
// and, as the outbox is shared and every item idempotent, whichever of the two delivers it counts.
import type { Logger } from 'pino';
import { startAgent, type AgentSettings, type RunningAgent } from '../agent-service.ts';
import { HubRefusedError } from '../hub-refusal.ts';
import type { Outbox } from '../outbox.ts';
import { NO_ACKNOWLEDGEMENT } from '../outbox-delivery.ts';

/** How often the command reads the shared outbox, in ms: the service may deliver the request. */
export const OUTBOX_CHECK_MS = 1_000;
/** How long, in ms, a delivered request's number is waited for before saying "Sent" without it. */
const NUMBER_WAIT_MS = 3_000;

/** How `help` ended for the request it saved. */
export type HelpOutcome =
  /**
   * `number`: what people say aloud ("request 7"), as the console shows it; null when the hub's
   * list could not be read after delivery (the service delivered it while this was offline).
   */
  | { kind: 'delivered'; number: number | null }
  /** The hub will never take this request (its `error` code says why); it stays in the outbox. */
  | { kind: 'rejected'; error: string }
  /** The hub turned this computer away (HubRefusedError), or enrolling again failed. */
  | { kind: 'refused'; error: Error }
  /** The hub answered but holds the request back for now (`rate-limited`, `unavailable`…). */
  | { kind: 'held'; error: string }
  /** No answer from the hub in time. */
  | { kind: 'unanswered' };

export type HelpDeliveryInput = {
  settings: AgentSettings;
  store: Outbox;
  logger: Logger;
  /** The saved request's idempotency key. */
  key: string;
  seconds: number;
  /**
   * `--once`: keep trying through held answers and lost connections until the deadline. Otherwise
   * the first answer that holds the request back ends the wait and the service takes over.
   */
  untilDelivered: boolean;
};

/** Sends what waits in the outbox and resolves with what became of the request `key`. */
export async function deliverHelpRequest(input: HelpDeliveryInput): Promise<HelpOutcome> {
  const { store, key } = input;
  let settle: (outcome: HelpOutcome) => void = () => undefined;
  const finished = new Promise<HelpOutcome>((resolve) => (settle = resolve));
  // Why the hub held the outbox back at the latest attempt, if it answered at all.
  let heldBy: string | null = null;

  /** Settles when the request is no longer waiting; true if so. */
  const settledByStore = (): boolean => {
    const item = store.get(key);
    if (item?.status === 'delivered') settle({ kind: 'delivered', number: null });
    else if (item?.status === 'rejected')
      settle({ kind: 'rejected', error: item.lastError ?? 'invalid-payload' });
    else return false;
    return true;
  };

  const afterAttempt = () => {
    if (settledByStore()) return;
    // Items go oldest first and the first one held stops the pass: it carries the hub's reason.
    const reason = store.pending()[0]?.lastError ?? null;
    heldBy = reason === NO_ACKNOWLEDGEMENT ? null : reason;
    if (heldBy && !input.untilDelivered) settle({ kind: 'held', error: heldBy });
  };

  // Set while the server answering is not the trusted hub: the wait goes on (the hub may answer
  // again), and if it ends that way the refusal says why.
  let untrusted = false;
  const agent = await startAgent(input.settings, {
    logger: input.logger,
    onStateChange: (state) => {
      if (state === 'untrusted') untrusted = true;
      else if (state === 'connected') untrusted = false;
    },
    store,
    reportOnConnect: false,
    onOutboxChanged: afterAttempt,
    onFatal: (error) => settle({ kind: 'refused', error }),
  });
  const poll = setInterval(settledByStore, OUTBOX_CHECK_MS);
  const deadline = setTimeout(
    () =>
      settle(
        untrusted
          ? { kind: 'refused', error: new HubRefusedError('hub-certificate-changed') }
          : heldBy
            ? { kind: 'held', error: heldBy }
            : { kind: 'unanswered' },
      ),
    input.seconds * 1_000,
  );
  try {
    const outcome = await finished;
    if (outcome.kind !== 'delivered') return outcome;
    return { kind: 'delivered', number: await requestNumber(agent, key) };
  } finally {
    clearInterval(poll);
    clearTimeout(deadline);
    agent.close();
  }
}

/**
 * The number the hub gave the request saved under `key`, read from this computer's own requests:
 * the hub's answer to the request itself carries only its id.
 */
async function requestNumber(agent: RunningAgent, key: string): Promise<number | null> {
  const mine = await agent.client.askNow('help:list', {}, NUMBER_WAIT_MS);
  return mine?.find((request) => request.idempotencyKey === key)?.number ?? null;
}
