import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { HelpRequest } from '@handraise/shared';
import { Card } from '../../components/Card.tsx';
import { Pill, StatePill } from '../../components/Pill.tsx';
import { formatDuration } from '../../lib/format.ts';
import { CATEGORY_LABELS, requestNumber } from '../../lib/labels.ts';
import { hrefFor } from '../../lib/route.ts';
import { useClaim } from '../../state/use-claim.ts';

type Props = {
  title: string;
  id: string;
  hint?: string;
  requests: readonly HelpRequest[];
  empty: string;
  now: number;
  /** Each row has a Claim button (requests nobody holds yet). */
  claimable?: boolean;
};

/** Requests as short rows: number, computer, what about, where, how long; each opens its page. */
export function RequestRowsCard({ title, id, hint, requests, empty, now, claimable }: Props) {
  const { claim, claiming } = useClaim();
  const [error, setError] = useState('');
  return (
    <Card title={title} id={id} hint={hint} flush>
      {claimable && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {requests.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <ul className="list request-rows" aria-labelledby={id}>
          {requests.map((r) => (
            <li key={r.id} data-request-id={r.id}>
              <div className="grow">
                <a className="title" href={hrefFor('requests', r.id)}>
                  {requestNumber(r)} · {r.deviceName} · {CATEGORY_LABELS[r.category]}
                </a>
                <p className="sub">
                  {[r.room ?? r.site, r.text || 'No description'].filter(Boolean).join(' · ')}
                </p>
              </div>
              <span className="meta">
                {r.urgent && <Pill tone="bad">Class stopped</Pill>}
                {!claimable && <StatePill state={r.state} />}
                <span className="num nowrap muted">
                  {formatDuration(now - Date.parse(r.createdAt))}
                </span>
                {claimable && (
                  <Button
                    className="button small primary"
                    aria-label={`Claim ${requestNumber(r)}`}
                    isDisabled={claiming !== null}
                    onPress={() => void claim(r).then((refused) => setError(refused ?? ''))}
                  >
                    Claim
                  </Button>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
