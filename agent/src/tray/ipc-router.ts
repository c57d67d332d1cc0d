// One place where every IPC call is checked and answered: arguments parsed with the contract's
// zod schemas, failures turned into kebab-case codes. No Electron here (see ipc-handlers.ts).
import type { Logger } from 'pino';
import type { z } from 'zod';
import { fail, ok } from '@handraise/shared';
import type { IpcCallName } from '../ipc/channels.ts';
import { IPC_ARGUMENT_SCHEMAS } from '../ipc/ipc-schemas.ts';
import type { IpcResult, TrayCalls } from '../ipc/tray-api.ts';
import { TrayFailure } from './tray-failure.ts';

type Arguments<K extends IpcCallName> = z.infer<(typeof IPC_ARGUMENT_SCHEMAS)[K]>;
type Handlers = { [K in IpcCallName]: (args: Arguments<K>) => Promise<unknown> };

/** Answers IPC calls from already-parsed argument lists. */
export function createIpcRouter(calls: TrayCalls, logger: Logger) {
  // Spelled out per call so the compiler checks each schema's tuple against the API's parameters.
  const handlers: Handlers = {
    ask: ([input]) => calls.ask(input),
    requesterName: () => calls.requesterName(),
    reply: ([requestId, text]) => calls.reply(requestId, text),
    feedback: ([requestId, fixed]) => calls.feedback(requestId, fixed),
    listRequests: () => calls.listRequests(),
    connection: () => calls.connection(),
    captureScreenshot: () => calls.captureScreenshot(),
    blurScreenshot: ([rect]) => calls.blurScreenshot(rect),
    dropScreenshot: () => calls.dropScreenshot(),
    aboutThisComputer: () => calls.aboutThisComputer(),
    whoLooked: () => calls.whoLooked(),
    helpDesk: () => calls.helpDesk(),
    quickFixes: ([category]) => calls.quickFixes(category),
    fixWorked: ([fixId]) => calls.fixWorked(fixId),
    locale: () => calls.locale(),
    liveViewers: () => calls.liveViewers(),
  };

  return {
    /** Parses `args` for `name` and runs the call; never throws. */
    async dispatch(name: IpcCallName, args: unknown): Promise<IpcResult<unknown>> {
      const parsed = IPC_ARGUMENT_SCHEMAS[name].safeParse(args);
      if (!parsed.success) {
        logger.warn({ call: name }, 'IPC call with invalid arguments refused');
        return fail('invalid-payload');
      }
      try {
        const handler = handlers[name] as (args: unknown) => Promise<unknown>;
        // `undefined` does not survive every transport; calls with nothing to say answer null.
        return ok((await handler(parsed.data)) ?? null);
      } catch (error) {
        if (error instanceof TrayFailure) return fail(error.code);
        logger.error({ err: error, call: name }, 'IPC call failed');
        return fail('internal');
      }
    },
  };
}

export type IpcRouter = ReturnType<typeof createIpcRouter>;
