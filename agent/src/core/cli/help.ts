import { HELP_CATEGORIES, helpCategorySchema, helpCreateSchema } from '@handraise/shared';
import { AgentConfigError } from '../agent-config.ts';
import { resolveSettings } from '../agent-service.ts';
import { AGENT_VERSION } from '../agent-version.ts';
import { readCredentials } from '../credentials.ts';
import { newHelpRequest, takeSnapshot } from '../help-request.ts';
import { createHubClient } from '../hub-client.ts';
import { collectInventory } from '../inventory.ts';
import { openOutbox } from '../outbox.ts';
import { withRecoveryNote } from '../storage/recovery-note.ts';
import {
  cliLogger,
  EXIT,
  say,
  settingsFrom,
  timeoutSeconds,
  within,
  type Values,
} from './options.ts';
import { screenshotFor } from './screenshot-option.ts';

/** How long `--once` waits for the hub by default. */
const DEFAULT_ONCE_TIMEOUT_S = 60;
/** How long `help` without `--once` tries to send before leaving the request to the service. */
const HELP_TRY_S = 15;

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
    screenshot,
    snapshot: await takeSnapshot(),
  });
  const checked = helpCreateSchema.safeParse(request);
  if (!checked.success)
    throw new AgentConfigError(
      `cannot send this request: ${checked.error.issues[0]?.message ?? 'invalid'}`,
    );

  const settings = settingsFrom(values);
  const resolved = resolveSettings(settings);
  // Saved before anything else: from here on the request survives a crash or a hub that is down.
  const store = openOutbox(resolved.files.store);
  store.add({ kind: 'help:create', payload: request });
  say(`Saved your request (${request.idempotencyKey}).`);

  const seconds = timeoutSeconds(values, values.once ? DEFAULT_ONCE_TIMEOUT_S : HELP_TRY_S);
  const credentials = readCredentials(resolved.files.credentials);
  if (!credentials) {
    store.close();
    say('This computer is not enrolled yet; the request will be sent once it is.');
    return values.once ? EXIT.undelivered : EXIT.ok;
  }
  const client = createHubClient({
    credentials,
    agentVersion: AGENT_VERSION,
    store,
    collect: withRecoveryNote(store, () => collectInventory({ dataDir: settings.dataDir })),
    logger: cliLogger(),
    // A one-off command does not report inventory on a schedule; the service does.
    inventoryIntervalMs: 2 ** 31 - 1,
    reportOnConnect: false,
  });
  client.start();
  await within(
    seconds,
    (async () => {
      await client.connected();
      await client.flushOutbox();
    })(),
  );
  client.close();
  const item = store.get(request.idempotencyKey);
  store.close();
  if (item?.status === 'delivered') {
    say(`Sent. Someone will look at it soon (request ${item.requestId}).`);
    return EXIT.ok;
  }
  if (item?.status === 'rejected') {
    say(`The hub refused the request (${item.lastError}).`);
    return EXIT.refused;
  }
  say('Saved — it will be sent when the school network is back.');
  return values.once ? EXIT.undelivered : EXIT.ok;
}
