import type { Logger } from 'pino';
import type { z } from 'zod';
import { fail, type Ack } from '@handraise/shared';

type Reply<R> = (response: Ack<R>) => void;

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
): (...args: unknown[]) => void {
  return (...args: unknown[]) => {
    const last = args.at(-1);
    if (typeof last !== 'function') return;
    const reply = last as Reply<R>;
    const parsed = args.length === 2 ? schema.safeParse(args[0]) : null;
    if (!parsed?.success) {
      reply(fail('invalid-payload'));
      return;
    }
    handle(parsed.data).then(reply, (error: unknown) => {
      logger.error({ err: error, event }, 'socket handler failed');
      reply(fail('internal'));
    });
  };
}
