import type { ConnectionState } from '../state/hub-context.ts';

const LABELS: Record<ConnectionState, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
};

/** Whether pushes are arriving; socket.io reconnects by itself, this only says so. */
export function ConnectionIndicator({ state }: { state: ConnectionState }) {
  return (
    <p
      className="connection"
      data-state={state}
      role="status"
      aria-live="polite"
      data-testid="connection"
    >
      <span className="dot" aria-hidden="true" />
      {LABELS[state]}
    </p>
  );
}
