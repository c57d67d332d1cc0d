import type { RefObject } from 'react';
import type { HelpRequest } from '@handraise/shared';
import { Pill, StatePill } from '../../components/Pill.tsx';
import { formatDuration, formatWhen } from '../../lib/format.ts';
import { CATEGORY_LABELS, OPEN_STATES, STATE_LABELS, requestNumber } from '../../lib/labels.ts';
import { hrefFor } from '../../lib/route.ts';
import { askedBy } from './request-people.ts';
import { WhereItIs } from './WhereItIs.tsx';

type Props = {
  request: HelpRequest;
  /** The computer's account the request came from (the request's page only; never a student's). */
  localAccount: string | null;
  now: number;
  helper: string | null;
  /** The heading actions send focus back to (after a claim, an undo). */
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** The request no longer matches the queue's filter; it stays shown and says so. */
  outsideFilter: boolean;
};

/**
 * The top of a request: its number and state, the computer, who asked and where they sit, whether
 * their class is stopped, and what they wrote. A list of facts with names, so a screen reader
 * reads "Asked by: Maya", "Where: Room 12 · seat B3".
 */
export function RequestHeader({
  request,
  localAccount,
  now,
  helper,
  headingRef,
  outsideFilter,
}: Props) {
  const stopped = request.urgent && OPEN_STATES.includes(request.state);
  return (
    <div className="detail-head">
      {outsideFilter && (
        <p className="notice" data-testid="outside-filter">
          This request no longer matches the filter: {STATE_LABELS[request.state]}
        </p>
      )}
      <div className="meta">
        <span className="request-number" data-testid="request-number">
          {requestNumber(request)}
        </span>
        <StatePill state={request.state} />
        {stopped && <Pill tone="bad">Class stopped</Pill>}
        <span>{CATEGORY_LABELS[request.category]}</span>
        <span>
          asked {formatWhen(request.createdAt, now)} (
          {formatDuration(now - Date.parse(request.createdAt))} ago)
        </span>
        {helper && <span>helper: {helper}</span>}
      </div>
      <h2 id="request-title" ref={headingRef} tabIndex={-1}>
        {requestNumber(request)} ·{' '}
        <a href={hrefFor('devices', request.deviceId)}>
          <bdi>{request.deviceName}</bdi>
        </a>
      </h2>
      <dl className="request-facts">
        <div>
          <dt>Asked by</dt>
          <dd data-testid="detail-requester">
            <bdi>{askedBy(request)}</bdi>
          </dd>
        </div>
        {localAccount && (
          <div>
            <dt>Signed in as</dt>
            <dd data-testid="detail-local-account">
              <bdi>{localAccount}</bdi>
            </dd>
          </div>
        )}
        <div>
          <dt>Where</dt>
          <dd data-testid="detail-where">
            <WhereItIs request={request} />
          </dd>
        </div>
        {stopped && (
          <div>
            <dt>Urgency</dt>
            <dd>Class stopped: their lesson cannot go on</dd>
          </div>
        )}
      </dl>
      <p className="request-text">{request.text || 'No description, just the category.'}</p>
    </div>
  );
}
