import type { Logger } from 'pino';
import type {
  Ack,
  AckData,
  ErrorCode,
  EventSpec,
  EventTable,
  PayloadOut,
  Senders,
} from '@handraise/shared';
import { fail } from '@handraise/shared';
import { guarded } from './guarded-handler.ts';

type Handle<Spec extends EventSpec> = (payload: PayloadOut<Spec>) => Promise<Ack<AckData<Spec>>>;

/**
 * What the hub does with one event, from its parsed payload to its answer. The object form adds
 * `admit`, which looks at the raw payload before the parse (see GuardOptions).
 */
export type EventHandler<Spec extends EventSpec> =
  Handle<Spec> | { admit: (payload: unknown) => ErrorCode | null; handle: Handle<Spec> };

/** One handler for every event of a contract table: leaving one out does not compile. */
export type EventHandlers<T extends EventTable> = { [E in keyof T]: EventHandler<T[E]> };

type Listener = {
  on(event: string, listener: (...args: unknown[]) => void): unknown;
  onAny(listener: (event: string, ...args: unknown[]) => void): unknown;
};

/**
 * Registers a socket's handlers from its namespace's table: who may send comes first (`forbidden`,
 * payload unread), then `admit`, then the schema parse (`invalid-payload`), then the handler.
 */
export function registerEventHandlers<T extends EventTable>(
  socket: object,
  table: T,
  handlers: EventHandlers<T>,
  options: { logger: Logger; maySend: (senders: Senders) => boolean },
): void {
  // socket.io's typed `on` cannot follow a generic event name; the table's types already have.
  const listener = socket as Listener;
  for (const [name, spec] of Object.entries(table)) {
    const handler = handlers[name as keyof T] as EventHandler<EventSpec>;
    const { handle, admit } =
      typeof handler === 'function' ? { handle: handler, admit: undefined } : handler;
    const allowed = options.maySend(spec.sentBy);
    listener.on(
      name,
      guarded(spec.schema, options.logger, name, handle, {
        admit: (payload) => (allowed ? (admit?.(payload) ?? null) : 'forbidden'),
      }),
    );
  }
  // An event the namespace does not have is answered at once, so that its sender is not left
  // waiting for its own timeout (an agent asking the console's events, a typo, an old client).
  listener.onAny((event, ...args) => {
    const ack = args.at(-1);
    if (!Object.hasOwn(table, event) && typeof ack === 'function')
      (ack as (answer: Ack<never>) => void)(fail('not-found'));
  });
}
