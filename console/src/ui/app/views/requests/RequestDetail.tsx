import { useCallback, useEffect, useRef, useState } from 'react';
import { mayWriteTo, type HelpRequest, type HelpRequestDetail } from '@handraise/shared';
import { Card } from '../../components/Card.tsx';
import { ScreenshotViewer } from '../../components/ScreenshotViewer.tsx';
import { useNow } from '../../lib/use-now.ts';
import { requestNumber } from '../../lib/labels.ts';
import { useHub } from '../../state/hub-context.ts';
import { focusKeptInList } from '../../state/use-route-focus.ts';
import { useAnnounce } from './desk-announcer.tsx';
import { IncidentPanel } from './IncidentPanel.tsx';
import { MessageComposer } from './MessageComposer.tsx';
import { RequestActions } from './RequestActions.tsx';
import { RequestHeader } from './RequestHeader.tsx';
import { RequestTimeline } from './RequestTimeline.tsx';
import { SnapshotFacts } from './SnapshotFacts.tsx';
import { StaffNoteComposer } from './StaffNoteComposer.tsx';
import { RemovedByRetention } from './RemovedByRetention.tsx';

type Props = {
  requestId: string;
  /** The live list's copy: when its `updatedAt` moves, the detail is fetched again. */
  summary: HelpRequest | undefined;
  /** It no longer matches the queue's filter (it stays shown, and says so). */
  outsideFilter: boolean;
};

/** One request: what was asked, the screenshot, the computer at that moment, the conversation. */
export function RequestDetail({ requestId, summary, outsideFilter }: Props) {
  const { ask, people, user } = useHub();
  const now = useNow();
  const [detail, setDetail] = useState<HelpRequestDetail | null>(null);
  const [missing, setMissing] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusHeading = useCallback(() => heading.current?.focus(), []);
  const version = summary?.updatedAt;
  const announce = useAnnounce();
  const opened = detail ? `Opened request ${requestNumber(detail)}, ${detail.deviceName}` : null;

  useEffect(() => {
    // Focus stays in the queue while someone walks through it (use-route-focus): the request
    // that opened beside it is said instead.
    if (opened && focusKeptInList()) announce(opened);
  }, [opened, announce]);

  useEffect(() => {
    let current = true;
    void ask('request:get', { requestId }).then((result) => {
      if (!current) return;
      if (result.ok) setDetail(result.data);
      else if (result.error === 'not-found') setMissing(true);
    });
    return () => {
      current = false;
    };
  }, [ask, requestId, version]);

  if (missing) return <p className="card empty">This request no longer exists.</p>;
  if (!detail) return <p className="card empty">Loading the request…</p>;

  const request = summary ?? detail;
  const helper = request.assigneeId
    ? (people.find((p) => p.id === request.assigneeId)?.displayName ?? 'someone')
    : null;
  // The hub's rule for staff notes: the coordinator, or the helper who holds the request.
  const writesStaffNotes = user.role === 'coordinator' || request.assigneeId === user.id;

  return (
    <article className="detail" aria-labelledby="request-title">
      <section className="card">
        <RequestHeader
          request={request}
          localAccount={detail.localAccount ?? null}
          now={now}
          helper={helper}
          headingRef={heading}
          outsideFilter={outsideFilter}
        />
        <RequestActions
          request={request}
          onChanged={setDetailFrom(setDetail)}
          focusHeading={focusHeading}
        />
        <IncidentPanel request={request} onChanged={setDetailFrom(setDetail)} />
      </section>
      <Card title="Conversation" id="conversation-title">
        <div className="page">
          <RequestTimeline events={detail.events} now={now} />
          {mayWriteTo(user, request) ? (
            <MessageComposer requestId={request.id} />
          ) : (
            request.state !== 'closed' && (
              <p className="muted">
                Only the person helping with this request writes to the requester. Claim it to
                write.
              </p>
            )
          )}
          {writesStaffNotes && <StaffNoteComposer requestId={request.id} />}
        </div>
      </Card>
      <div className="grid two">
        {request.screenshot && !detail.pictureHidden ? (
          <Card title="Screenshot" id="screenshot-title">
            <ScreenshotViewer
              requestId={request.id}
              alt={`Screen of ${request.deviceName} when the request was raised`}
            />
          </Card>
        ) : detail.mediaRemoved?.hadScreenshot ? (
          <Card title="Screenshot" id="screenshot-title">
            <RemovedByRetention what="screenshot" at={detail.mediaRemoved.at} />
          </Card>
        ) : (
          (detail.pictureHidden || request.screenshot) && (
            <Card title="Screenshot" id="screenshot-title">
              <p className="empty">
                A picture of the screen came with this request. It opens while the request is yours.
              </p>
            </Card>
          )
        )}
        <Card title="The computer when help was asked" id="snapshot-title">
          {detail.snapshotHidden ? (
            <p className="empty">
              The computer&apos;s details from that moment came with this request. They open while
              the request is yours.
            </p>
          ) : detail.mediaRemoved ? (
            <RemovedByRetention what="snapshot" at={detail.mediaRemoved.at} />
          ) : (
            <SnapshotFacts snapshot={detail.snapshot} />
          )}
        </Card>
      </div>
    </article>
  );
}

/** An action's answer updates the summary fields at once; the timeline follows with the push. */
function setDetailFrom(
  setDetail: (update: (d: HelpRequestDetail | null) => HelpRequestDetail | null) => void,
) {
  return (request: HelpRequest) =>
    setDetail((detail) => (detail ? { ...detail, ...request } : detail));
}
