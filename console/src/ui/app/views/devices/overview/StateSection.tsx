import type { DeviceState } from '@handraise/shared';
import { Card } from '../../../components/Card.tsx';
import { formatDateTime, formatDuration } from '../../../lib/format.ts';
import { fact, knownFacts, FactList } from './facts.tsx';
import { securityFacts } from './security-facts.tsx';

/** When it started and how long it has run, by the reader's clock (ticking with `now`). */
function bootText(bootTime: string, now: number): string {
  const up = now - Date.parse(bootTime);
  // A computer whose clock runs ahead may say it started in the future: no uptime then.
  return up >= 0
    ? `${formatDateTime(bootTime)} (up ${formatDuration(up)})`
    : formatDateTime(bootTime);
}

/** The computer's state when it last reported: running since, who is signed in, its security. */
export function StateSection({ state, now }: { state: DeviceState | null; now: number }) {
  if (!state) return null;
  const users = state.loggedInUsers;
  const facts = knownFacts([
    fact('Started', state.bootTime && bootText(state.bootTime, now)),
    fact('Time zone', state.timeZone),
    // An empty list is a fact too: nobody was signed in when it reported.
    fact('Signed in', users && (users.length > 0 ? users.join(', ') : 'Nobody')),
    fact('Last signed in', state.lastLoggedInUser),
    ...securityFacts(state.security, now),
  ]);
  if (facts.length === 0) return null;
  return (
    <Card title="State and security" id="device-state">
      <FactList facts={facts} />
    </Card>
  );
}
