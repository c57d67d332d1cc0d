import {
  HELP_CATEGORIES,
  helpCategorySchema,
  helpCreateSchema,
  MAX_HELP_TEXT_CHARS,
} from '@handraise/shared';
import { AgentConfigError } from '../agent-config.ts';
import { resolveSettings } from '../agent-service.ts';
import { readCredentials } from '../credentials.ts';
import { newHelpRequest, takeSnapshot } from '../help-request.ts';
import { HubRefusedError, waitingRequestSentence } from '../hub-refusal.ts';
import { deliverHelpRequest, type HelpOutcome } from './help-delivery.ts';
import { openCommandOutbox } from './open-outbox.ts';
import { EXIT, say, settingsFrom, type Values } from './arguments.ts';
import { cliLogger, timeoutSeconds } from './options.ts';
import { screenshotFor } from './screenshot-option.ts';

/** How long `--once` waits for the hub by default. */
const DEFAULT_ONCE_TIMEOUT_S = 60;
/** How long `help` without `--once` tries to send before leaving the request to the service. */
const HELP_TRY_S = 15;

/** Why the hub will never take a request, and what to do instead, for the person who wrote it. */
const REJECTIONS: Record<string, string> = {
  'screenshot-too-large':
    'The hub cannot take this request: its picture is too big. Ask again without the picture, or with a smaller one.',
  'unsupported-screenshot':
    'The hub cannot take this request: its picture is not a JPEG, PNG or WebP image. Ask again without it.',
  'too-large':
    'The hub cannot take this request: it is too big. Ask again with fewer words or without the picture.',
};

/** What `help` says once it is done, and its exit code; the request stays in the outbox in every case. */
function conclude(outcome: HelpOutcome, once: boolean): number {
  const undelivered = once ? EXIT.undelivered : EXIT.ok;
  switch (outcome.kind) {
    case 'delivered':
      // The number the console shows and people say aloud, the one to quote to a helper.
      say(
        outcome.number === null
          ? 'Sent. Someone will look at it soon.'
          : `Sent. Someone will look at it soon (request #${outcome.number}).`,
      );
      return EXIT.ok;
    case 'rejected':
      say(
        REJECTIONS[outcome.error] ?? 'The hub cannot take this request; ask your IT coordinator.',
      );
      return EXIT.refused;
    case 'refused':
      // Re-enrolling with a configured token failed: the command line explains that error.
      if (!(outcome.error instanceof HubRefusedError)) throw outcome.error;
      say(outcome.error.message);
      say(waitingRequestSentence(outcome.error.refusal));
      return EXIT.refused;
    case 'held':
      say(
        outcome.error === 'rate-limited'
          ? 'The hub is busy; your request is saved and goes in a minute.'
          : 'The hub could not take your request just now; it is saved and goes as soon as the hub can.',
      );
      return undelivered;
    case 'unanswered':
      say('Saved — it will be sent when the school network is back.');
      return undelivered;
  }
}

/** What is wrong with the request's words, plainly; the schema's own message otherwise. */
function inputProblem(request: unknown): string | null {
  const checked = helpCreateSchema.safeParse(request);
  if (checked.success) return null;
  const issue = checked.error.issues[0];
  if (issue?.path[0] === 'text' && issue.code === 'too_big') {
    const length = (request as { text: string }).text.length;
    return `the text is too long (${length.toLocaleString('en')} characters; the limit is ${MAX_HELP_TEXT_CHARS.toLocaleString('en')}). Shorten it`;
  }
  if (issue?.path[0] === 'requester') return 'the name after --requester is too long';
  return issue?.message ?? 'invalid';
}

/** `help`: save a request (with a screenshot if asked), then try to send it. */
export async function commandHelp(values: Values, positionals: string[]): Promise<number> {
  const category = helpCategorySchema.safeParse(values.category ?? 'other');
  if (!category.success)
    throw new AgentConfigError(`unknown category; use one of: ${HELP_CATEGORIES.join(', ')}`);
  const screenshot = await screenshotFor(values);
  const request = newHelpRequest({
    category: category.data,
    text: positionals.join(' '),
    requester: values.requester,
    // "My class is stopped": the console puts it first and marks it.
    urgent: values.urgent,
    screenshot,
    snapshot: await takeSnapshot(),
  });
  const problem = inputProblem(request);
  if (problem) throw new AgentConfigError(`cannot send this request: ${problem}.`);
  const seconds = timeoutSeconds(values, values.once ? DEFAULT_ONCE_TIMEOUT_S : HELP_TRY_S);

  const settings = settingsFrom(values);
  const resolved = resolveSettings(settings);
  const logger = cliLogger();
  // Saved before anything else: from here on the request survives a crash or a hub that is down.
  const store = openCommandOutbox(resolved.files.store, logger);
  const key = request.idempotencyKey;
  store.add({ kind: 'help:create', payload: request });
  say(`Saved your request (${key}).`);

  if (!readCredentials(resolved.files.credentials)) {
    store.close();
    say('This computer is not enrolled yet; the request will be sent once it is.');
    return values.once ? EXIT.undelivered : EXIT.ok;
  }
  let outcome: HelpOutcome;
  try {
    outcome = await deliverHelpRequest({
      settings,
      store,
      logger,
      key,
      seconds,
      untilDelivered: values.once ?? false,
    });
  } finally {
    store.close();
  }
  return conclude(outcome, values.once ?? false);
}
