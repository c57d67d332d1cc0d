import type { Logger } from 'pino';
import type { z } from 'zod';
import { fail, type Ack, type ErrorCode } from '@handraise/shared';

type Reply<R> = (response: Ack<R>) => void;

export type GuardOptions = {
  /**
   * Decides from the raw payload, before the schema parse, whether to take the event at all:
   * null to go on, or the error to answer (`rate-limited`). For events whose parse is the costly
   * part, so that a sender past its limit costs the hub nothing more.
   */
  admit?: (payload: unknown) => ErrorCode | null;
};

/**
 * Wraps a socket event handler: the payload is parsed with its schema before the handler sees it,
 * a payload that fails gets `invalid-payload`, and an exception becomes `internal` (its text is
 * logged, never sent). Events without an acknowledgement callback are ignored: every event in this
 * protocol is answered, so a sender that cannot hear the answer is not following it.
 */
export function guarded<S extends z.ZodType, R>(
  schema: S,
  logger: Logger,
  event: string,
  handle: (payload: z.infer<S>) => Promise<Ack<R>>,
  options: GuardOptions = {},
): (...args: unknown[]) => void {
  return (...args: unknown[]) => {
    const last = args.at(-1);
    if (typeof last !== 'function') return;
    const reply = last as Reply<R>;
    if (args.length !== 2) {
      reply(fail('invalid-payload'));
      return;
    }
    const refused = options.admit?.(args[0]);
    if (refused) {
      reply(fail(refused));
      return;
    }
    const parsed = schema.safeParse(args[0]);
    if (!parsed.success) {
      reply(fail('invalid-payload'));
      return;
    }
    handle(parsed.data).then(reply, (error: unknown) => {
      logger.error({ err: error, event }, 'socket handler failed');
      reply(fail('internal'));
    });
  };
}
