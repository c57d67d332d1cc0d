import { AGENT_VERSION } from '../agent-version.ts';
import { startAgent } from '../agent-service.ts';
import { HubRefusedError } from '../hub-refusal.ts';
import { recoverySentence } from '../storage/outbox-recovery.ts';
import { EXIT, say, settingsFrom, type Values } from './arguments.ts';
import { cliLogger, timeoutSeconds, within } from './options.ts';

/** How long `--once` waits for the hub by default. */
const DEFAULT_ONCE_TIMEOUT_S = 60;

/** `run`: enroll if needed, then report and deliver, for good or (`--once`) until done. */
export async function commandRun(values: Values): Promise<number> {
  const deadline = values.once ? timeoutSeconds(values, DEFAULT_ONCE_TIMEOUT_S) : 0;
  let fatal: ((error: Error) => void) | undefined;
  const failed = new Promise<Error>((resolve) => (fatal = resolve));
  // An untrusted server is no reason to stop (the hub may answer again), but `--once` names it
  // if that is how its wait ended.
  let untrusted = false;
  const agent = await startAgent(settingsFrom(values), {
    logger: cliLogger(),
    onStateChange: (state) => {
      if (state === 'untrusted') untrusted = true;
      else if (state === 'connected') untrusted = false;
    },
    onFatal: (error) => fatal?.(error),
    onOutboxRecovered: (recovery) => say(recoverySentence(recovery)),
    reportOnConnect: !values.once,
  });
  // As a service, listen for SIGINT/SIGTERM before saying we run: without a handler a signal that
  // follows the line at once would end the process on the spot, skipping the orderly close.
  const stop = values.once
    ? null
    : new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
  say(
    `Handraise agent ${AGENT_VERSION}: device ${agent.credentials.deviceId}, hub ${agent.credentials.hub}`,
  );

  if (values.once) {
    let delivered = false;
    let failure: Error | undefined;
    const work = (async () => {
      // The client that connects: after a refused secret and a new enrollment, the new one.
      const client = await agent.connectedClient();
      const reported = await client.reportInventory({ fresh: true });
      const flushed = await client.flushOutbox();
      delivered = reported && flushed.pending === 0;
    })();
    // A refusal ends the wait at once, and with it the deadline's timer (which would otherwise
    // keep the process alive for the rest of the timeout).
    await within(deadline, Promise.race([work, failed.then((error) => void (failure = error))]));
    const heldBy = failure ? null : agent.store.pending()[0]?.lastError;
    agent.close();
    if (failure) throw failure;
    if (!delivered && untrusted) throw new HubRefusedError('hub-certificate-changed');
    if (delivered) say('Inventory and requests delivered.');
    else if (heldBy === 'rate-limited')
      say('The hub is busy; the requests waiting here are saved and go in a minute.');
    else say(`Not everything was delivered within ${deadline} s.`);
    return delivered ? EXIT.ok : EXIT.undelivered;
  }

  const outcome = await Promise.race([stop, failed]);
  agent.close();
  if (outcome instanceof Error) throw outcome;
  return EXIT.ok;
}
