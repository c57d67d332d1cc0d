import type { User } from '@handraise/shared';
import { Card } from '../../components/Card.tsx';
import { timetableSummary } from '../../lib/timetable.ts';
import { useApiData } from '../../state/use-api-data.ts';
import { useHub } from '../../state/hub-context.ts';

/** The advisor's own duty: on or off now, and the hours of their timetable. */
export function MyDutyCard() {
  const { user, onDuty } = useHub();
  // The account as it is now: the coordinator may have changed the hours since this sign-in.
  const me = useApiData<User>('/api/me').data ?? user;
  const on = onDuty.some((p) => p.id === user.id);
  const hours = timetableSummary(me.advisor?.timetable ?? [], 7);
  return (
    <Card title="My duty" id="my-duty">
      <div className="duty-summary">
        <p className="state" data-testid="my-duty-state">
          <span className={on ? 'duty-dot' : 'duty-dot off'} aria-hidden="true" />
          {on ? 'You are on duty' : 'You are off duty'}
        </p>
        <p className="muted">
          {on
            ? 'New requests in your rooms are offered to you here and, if you allowed it, as a notification on this computer.'
            : 'Switch On duty on at the top to be offered new requests in your rooms.'}
        </p>
        <p>
          {hours
            ? `Your timetable: ${hours}. In these hours you are on duty whenever a console of yours is open.`
            : 'You have no timetable: you are on duty only when you switch it on.'}
        </p>
      </div>
    </Card>
  );
}
