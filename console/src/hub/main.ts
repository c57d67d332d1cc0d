import { loadHubConfig } from './config.ts';
import { createHub } from './create-hub.ts';
import { runUntilSignal } from './run-until-signal.ts';
import { startupFailureMessage } from './startup-failure.ts';

/** `npm run hub`: the hub alone, for a server or a district machine. */
async function main(): Promise<void> {
  const config = loadHubConfig(process.argv.slice(2));
  const hub = await createHub({ config });
  // Listen for SIGTERM before announcing the address: whoever reads the line may stop us at once.
  const stopped = runUntilSignal(hub);
  process.stdout.write(
    `Handraise hub: console and API at ${hub.url} (data in ${config.dataDir})\n`,
  );
  // What agents pin: coordinators compare it with an enrolled computer's, or put it in installers.
  if (hub.certificate) {
    process.stdout.write(`Handraise hub: certificate fingerprint ${hub.certificate.fingerprint}\n`);
  }
  await stopped;
}

main().catch((error: unknown) => {
  process.stderr.write(`Handraise hub: ${startupFailureMessage(error)}\n`);
  process.exitCode = 1;
});
