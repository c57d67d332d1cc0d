// The big line that says where a request stands, read out when it changes.
import type { Ref } from 'react';
import type { Connection, TrayRequest } from '../../ipc/tray-api.ts';
import { useT } from '../i18n/i18n-context.tsx';
import { requestStatus, type StatusTone } from '../request-status.ts';

const TONE_PATHS: Record<StatusTone, string[]> = {
  // A clock: waiting for the network.
  waiting: ['M24 6a18 18 0 1 0 0 36a18 18 0 1 0 0-36z', 'M24 14v10l7 5'],
  // An arrow: on its way.
  progress: ['M8 24h30', 'M28 14l10 10-10 10'],
  // A check mark.
  good: ['M9 25l10 10 20-22'],
  // An exclamation mark.
  problem: ['M24 8v20', 'M24 38h.01'],
};

export function StatusBanner(props: {
  request: TrayRequest;
  connection: Connection;
  /** Lets the view move the focus here when the buttons that had it go away. */
  ref?: Ref<HTMLDivElement>;
}) {
  const t = useT();
  const { key, tone } = requestStatus(props.request, props.connection);
  const name = props.request.helperName ?? t('helper.someone');
  return (
    <div
      ref={props.ref}
      className={`status status-${tone}`}
      role="status"
      aria-live="polite"
      tabIndex={-1}
    >
      <svg
        className="status-icon"
        viewBox="0 0 48 48"
        aria-hidden="true"
        focusable="false"
        fill="none"
        stroke="currentColor"
        strokeWidth="5"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        {TONE_PATHS[tone].map((d) => (
          <path key={d} d={d} />
        ))}
      </svg>
      <span className="status-text">{t(key, { name })}</span>
    </div>
  );
}
