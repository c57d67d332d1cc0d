import { resolveSettings } from '../agent-service.ts';
import { readCredentials } from '../credentials.ts';
import { refusalSentence } from '../hub-refusal.ts';
import { finalRefusalFor, readStoredRefusal, refusalFileBeside } from '../hub-refusal-record.ts';
import { pinMismatchWarning } from '../trust/enrollment-trust.ts';
import { openCommandOutbox } from './open-outbox.ts';
import { EXIT, say, settingsFrom, type Values } from './arguments.ts';
import { cliLogger } from './options.ts';

/** `status`: enrollment and what the outbox holds. */
export function commandStatus(values: Values): number {
  const resolved = resolveSettings(settingsFrom(values));
  const credentials = readCredentials(resolved.files.credentials);
  say(
    credentials
      ? `Enrolled as device ${credentials.deviceId} with ${credentials.hub}`
      : 'Not enrolled.',
  );
  // What a coordinator compares with the console's Settings (the hub's certificate fingerprint).
  for (const pin of credentials?.hubPins ?? []) say(`Trusts the hub certificate ${pin}`);
  const mismatch = pinMismatchWarning(credentials?.hubPins, resolved.hubFingerprint);
  if (mismatch) say(`Warning: ${mismatch}`);
  // The hub's last refusal of this enrollment, until a connection it accepts.
  const refused = readStoredRefusal(refusalFileBeside(resolved.files.credentials));
  // A retirement or revocation that stands exits 2, as `run` does: a deployment script or a
  // monitoring check sees a computer turned away without reading the text.
  let turnedAway = false;
  if (credentials && refused?.deviceId === credentials.deviceId) {
    say(`Refused by the hub on ${refused.at}: ${refusalSentence(refused.refusal)}`);
    turnedAway = finalRefusalFor(refused, credentials.deviceId) !== null;
    if (turnedAway)
      say(
        'The agent does not connect again by itself. To bring this computer back, enroll it again: handraise-agent enroll --token-file FILE',
      );
  }
  const store = openCommandOutbox(resolved.files.store, cliLogger());
  const items = store.all();
  store.close();
  const count = (status: string) => items.filter((i) => i.status === status).length;
  say(
    `Requests: ${count('pending')} waiting to be sent, ${count('delivered')} delivered, ${count('rejected')} refused.`,
  );
  return turnedAway ? EXIT.refused : EXIT.ok;
}
