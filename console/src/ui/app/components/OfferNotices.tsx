import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { HelpRequest } from '@handraise/shared';
import { plural } from '../lib/format.ts';
import { requestNumber } from '../lib/labels.ts';
import { offerTitle, textStart } from '../lib/offers.ts';
import { hrefFor, navigate } from '../lib/route.ts';
import { useHub } from '../state/hub-context.ts';
import { useClaim } from '../state/use-claim.ts';
import { CloseIcon } from './icons.tsx';
import { Pill } from './Pill.tsx';

/** Notices on screen at once; more offers wait behind a link to the advisor's home. */
const MAX_SHOWN = 3;

/**
 * Requests the hub offered this helper, in the corner of every view: what and where, the start
 * of what was written, Claim and Open. A notice goes once anyone takes its request. The live
 * region around them is always in the page, so a screen reader reads each new one out.
 */
export function OfferNotices() {
  const { offers } = useHub();
  const shown = offers.slice(0, MAX_SHOWN);
  const more = offers.length - shown.length;
  return (
    <div className="offers-live" aria-live="polite">
      {shown.length > 0 && (
        <section className="offers" aria-label="Requests offered to you">
          <ul className="offer-list">
            {shown.map((request) => (
              <OfferNotice key={request.id} request={request} />
            ))}
          </ul>
          {more > 0 && (
            <a className="offer-more" href={hrefFor('today')}>
              {plural(more, 'more request')} waiting in your rooms
            </a>
          )}
        </section>
      )}
    </div>
  );
}

function OfferNotice({ request }: { request: HelpRequest }) {
  const { dismissOffer } = useHub();
  const { claim, claiming } = useClaim();
  const [error, setError] = useState('');
  const titleId = `offer-${request.id}`;

  const onClaim = async () => {
    const refused = await claim(request);
    if (refused) return setError(refused);
    // Theirs now: the computer and the conversation are what they need next.
    navigate('requests', request.id);
  };

  return (
    <li className="offer" data-request-id={request.id} aria-labelledby={titleId}>
      <p className="offer-title" id={titleId}>
        New request {offerTitle(request)}
      </p>
      {request.urgent && <Pill tone="bad">Class stopped</Pill>}
      <p className="offer-text">
        {textStart(request.text) || 'No description, just the category.'}
      </p>
      <p className="offer-device">
        {request.deviceName}
        {request.requester ? ` · ${request.requester}` : ''}
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="offer-actions">
        <Button
          className="button primary small"
          aria-describedby={titleId}
          isDisabled={claiming !== null}
          onPress={() => void onClaim()}
        >
          Claim
        </Button>
        <a
          className="button small"
          href={hrefFor('requests', request.id)}
          aria-describedby={titleId}
        >
          Open
        </a>
        <Button
          className="button quiet small icon-only"
          aria-label={`Dismiss ${requestNumber(request)}`}
          onPress={() => dismissOffer(request.id)}
        >
          <CloseIcon size={14} />
        </Button>
      </div>
    </li>
  );
}
