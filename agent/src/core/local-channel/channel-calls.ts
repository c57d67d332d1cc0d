// What each call over the local channel does, for one proven account. Errors become codes the
// tray understands; exception text from inside the service is logged, never sent.
import type { Logger } from 'pino';
import {
  HelpDeskError,
  RequestNotFoundError,
  TooManyWaitingError,
  type LocalAccount,
} from '../help-desk.ts';
import type { ChannelErrorCode, ChannelMethod, ChannelParams } from './channel-protocol.ts';
import type { ChannelBackend } from './channel-server.ts';

type CallResult =
  | { type: 'result'; ok: true; data: unknown }
  | { type: 'result'; ok: false; error: ChannelErrorCode; message: string };

const failed = (error: ChannelErrorCode, message: string): CallResult => ({
  type: 'result',
  ok: false,
  error,
  message,
});

/** Runs calls for the channel server; each answers with a result, never a throw. */
export function createCallHandler(backend: ChannelBackend, logger: Logger) {
  const { desk } = backend;

  async function run(
    method: ChannelMethod,
    params: unknown,
    account: LocalAccount,
  ): Promise<unknown> {
    switch (method) {
      case 'state':
        return {
          requests: desk.list(account.id),
          connection: desk.connection(),
          liveViewers: desk.liveViewers(),
        };
      case 'list':
        return desk.list(account.id);
      case 'ask': {
        const input = params as ChannelParams<'ask'>;
        return desk.ask(
          {
            category: input.category,
            text: input.text,
            requester: input.requester,
            urgent: input.urgent,
            screenshot: input.screenshot ? Buffer.from(input.screenshot, 'base64') : undefined,
          },
          account,
        );
      }
      case 'reply': {
        const input = params as ChannelParams<'reply'>;
        desk.reply(input.requestId, input.text, account);
        return null;
      }
      case 'feedback': {
        const input = params as ChannelParams<'feedback'>;
        desk.feedback(input.requestId, input.fixed, account);
        return null;
      }
      case 'looks':
        return desk.looks(account);
      case 'helpDesk':
        return desk.helpDesk();
      case 'quickFixes':
        return backend.quickFixes.fixes((params as ChannelParams<'quickFixes'>).category);
      case 'fixWorked':
        return backend.quickFixes.fixWorked((params as ChannelParams<'fixWorked'>).fixId);
      case 'facts':
        return backend.facts();
    }
  }

  return async (method: ChannelMethod, params: unknown, account: LocalAccount) => {
    try {
      return { type: 'result', ok: true, data: await run(method, params, account) } as CallResult;
    } catch (error) {
      if (error instanceof RequestNotFoundError) return failed('not-found', error.message);
      if (error instanceof TooManyWaitingError) return failed('too-many-waiting', error.message);
      // The help desk's own sentence, written for the person: too big a picture, no words.
      if (error instanceof HelpDeskError)
        return failed(method === 'ask' ? 'too-large' : 'bad-request', error.message);
      logger.error({ err: error, method }, 'a local channel call failed');
      return failed('internal', 'the service could not do that');
    }
  };
}
