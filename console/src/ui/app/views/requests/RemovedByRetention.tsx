import { formatDateTime } from '../../lib/format.ts';

type Props = {
  /** What retention deleted: the picture, or the computer's details taken at the click. */
  what: 'screenshot' | 'snapshot';
  /** When it was deleted. */
  at: string;
};

/**
 * Says that retention deleted a finished request's picture or snapshot, and when: the request
 * must not look as if none ever came, or a helper would ask the requester for one again.
 */
export function RemovedByRetention({ what, at }: Props) {
  const thing =
    what === 'screenshot'
      ? 'A picture of the screen came with this request. It was deleted'
      : "The computer's details from that moment were deleted";
  return (
    <p className="empty" data-testid={`${what}-removed`}>
      {thing} on {formatDateTime(at)}, as the privacy settings keep screenshots and details of
      finished requests only for a while.
    </p>
  );
}
