import { useDeferredValue, useMemo, useState } from 'react';
import { Card } from '../../components/Card.tsx';
import { plural } from '../../lib/format.ts';
import {
  DEFAULT_REQUEST_FILTER,
  filterRequests,
  type RequestFilter,
} from '../../lib/request-filters.ts';
import { useNow } from '../../lib/use-now.ts';
import { useDevices, useHub, useRequests } from '../../state/hub-context.ts';
import { RequestDetail } from './RequestDetail.tsx';
import { RequestFilters } from './RequestFilters.tsx';
import { RequestQueue } from './RequestQueue.tsx';

/** The queue beside the selected request; both stay live. */
export function RequestsView({ requestId }: { requestId: string | null }) {
  const { devices: deviceStore } = useHub();
  const devices = useDevices();
  const requests = useRequests();
  const now = useNow();
  const [filter, setFilter] = useState<RequestFilter>(DEFAULT_REQUEST_FILTER);
  const deferred = useDeferredValue(filter);
  const queue = useMemo(
    () => filterRequests(requests, (id) => deviceStore.get(id), deferred, now),
    // `devices` changes identity when rooms may have changed; the lookup itself reads the store.
    [requests, devices, deferred, now, deviceStore],
  );
  const selected = requestId ? requests.find((r) => r.id === requestId) : undefined;

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>Requests</h1>
          <p className="subtitle">
            {plural(queue.length, 'request')} shown · {plural(requests.length, 'request')} in all
          </p>
        </div>
      </header>
      <RequestFilters filter={filter} onChange={setFilter} devices={devices} />
      <div className="requests-layout">
        <Card title="Queue" id="queue-title" flush>
          <RequestQueue requests={queue} selectedId={requestId} now={now} />
        </Card>
        {requestId ? (
          <RequestDetail key={requestId} requestId={requestId} summary={selected} />
        ) : (
          <div className="card empty center">
            <h2>Pick a request</h2>
            <p>
              Choose one from the queue to see the screenshot, the computer and the conversation.
            </p>
          </div>
        )}
      </div>
    </div>
  );
}
