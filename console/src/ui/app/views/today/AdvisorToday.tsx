import { useMemo } from 'react';
import { myOpenRequests, waitingForSomeone } from '../../lib/advisor-queues.ts';
import { placesOf } from '../../lib/advisor-load.ts';
import { plural } from '../../lib/format.ts';
import { useNow } from '../../lib/use-now.ts';
import { useHub, useRequests } from '../../state/hub-context.ts';
import { MyDutyCard } from './MyDutyCard.tsx';
import { OnDutyCard } from './OnDutyCard.tsx';
import { RequestRowsCard } from './RequestRowsCard.tsx';

const today = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  month: 'long',
  day: 'numeric',
});

/**
 * A Tech Advisor's home: the requests they hold, the ones waiting for someone in their rooms
 * (the hub sends a console only what its person may reach), and whether they are on duty.
 */
export function AdvisorToday() {
  const { user, onDuty } = useHub();
  const requests = useRequests();
  const now = useNow();
  const mine = useMemo(() => myOpenRequests(requests, user.id), [requests, user.id]);
  const waiting = useMemo(() => waitingForSomeone(requests), [requests]);
  const isOnDuty = onDuty.some((p) => p.id === user.id);

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>Today</h1>
          <p className="subtitle">
            {today.format(now)} · {plural(mine.length, 'request')} with you · {waiting.length}{' '}
            waiting in your rooms
          </p>
        </div>
      </header>
      <div className="grid two">
        <RequestRowsCard
          title="My requests"
          id="my-requests"
          requests={mine}
          empty={
            isOnDuty
              ? 'Nothing is assigned to you. Claim a request waiting in your rooms; new ones are offered to you as they come.'
              : 'Nothing is assigned to you. Claim a request waiting in your rooms, or go on duty to be offered new ones.'
          }
          now={now}
        />
        <RequestRowsCard
          title="Waiting in my rooms"
          id="waiting-in-my-rooms"
          hint={user.advisor ? placesOf(user.advisor.scope) : undefined}
          requests={waiting}
          empty="Nobody in your rooms is waiting for help right now."
          now={now}
          claimable
        />
      </div>
      <div className="grid two">
        <MyDutyCard />
        <OnDutyCard people={onDuty} />
      </div>
    </div>
  );
}
