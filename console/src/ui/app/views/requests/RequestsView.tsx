import { useCallback, useDeferredValue, useMemo } from 'react';
import { Card } from '../../components/Card.tsx';
import { plural } from '../../lib/format.ts';
import {
  filterFromParams,
  filterRequests,
  matchesFilter,
  paramsFromFilter,
  type RequestFilter,
} from '../../lib/request-filters.ts';
import { useRouteParams } from '../../lib/route.ts';
import { useNow } from '../../lib/use-now.ts';
import { useDevices, useHub, useRequests } from '../../state/hub-context.ts';
import { CannedRepliesDialog } from './CannedRepliesDialog.tsx';
import { CannedRepliesProvider } from './canned-replies-context.tsx';
import { DeskAnnouncer } from './desk-announcer.tsx';
import { RequestDetail } from './RequestDetail.tsx';
import { RequestFilters } from './RequestFilters.tsx';
import { RequestQueue } from './RequestQueue.tsx';

/**
 * The queue beside the selected request; both stay live. The filter and the open request live in
 * the address (`#/requests/<id>?state=escalated&q=printer`), so a reload, back and forward and a
 * pasted link keep them.
 */
export function RequestsView({ requestId }: { requestId: string | null }) {
  const { devices: deviceStore, user } = useHub();
  const devices = useDevices();
  const requests = useRequests();
  const now = useNow();
  const [params, setParams] = useRouteParams();
  const filter = useMemo(() => filterFromParams(params), [params]);
  const setFilter = useCallback(
    (next: RequestFilter) =>
      // Typing in the search box rewrites the entry; a chosen filter is a step back can undo.
      setParams(paramsFromFilter(next), { replace: next.search !== filter.search }),
    [setParams, filter.search],
  );
  const deferred = useDeferredValue(filter);
  const deviceOf = useCallback((id: string) => deviceStore.get(id), [deviceStore]);
  const queue = useMemo(
    () => filterRequests(requests, deviceOf, deferred, now),
    // `devices` changes identity when rooms may have changed; the lookup itself reads the store.
    [requests, devices, deferred, now, deviceOf],
  );
  const selected = requestId ? requests.find((r) => r.id === requestId) : undefined;
  // The request shown stays shown when it leaves the filter (resolved while the queue shows
  // escalated ones); the detail says so instead of it vanishing.
  const outsideFilter = selected !== undefined && !matchesFilter(selected, deviceOf, filter, now);

  return (
    <DeskAnnouncer>
      <CannedRepliesProvider>
        <div className="page">
          <header className="page-header">
            <div>
              <h1>Requests</h1>
              <p className="subtitle">
                {plural(queue.length, 'request')} shown · {plural(requests.length, 'request')} in
                all
              </p>
            </div>
            {user.role === 'coordinator' && <CannedRepliesDialog />}
          </header>
          <RequestFilters filter={filter} onChange={setFilter} devices={devices} />
          <div className="requests-layout">
            <Card title="Queue" id="queue-title" flush>
              <RequestQueue requests={queue} selectedId={requestId} now={now} params={params} />
            </Card>
            {requestId ? (
              <RequestDetail
                key={requestId}
                requestId={requestId}
                summary={selected}
                outsideFilter={outsideFilter}
              />
            ) : (
              <div className="card empty center">
                <h2>Pick a request</h2>
                <p>
                  Choose one from the queue to see the screenshot, the computer and the
                  conversation.
                </p>
              </div>
            )}
          </div>
        </div>
      </CannedRepliesProvider>
    </DeskAnnouncer>
  );
}
