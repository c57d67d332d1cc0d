// The messages between the student and the helper, oldest first; new ones are read out.
import type { TrayMessage, TrayRequest } from '../../ipc/tray-api.ts';
import type { MessageKey } from '../../ipc/messages/catalog.ts';
import { useLocale, useT, type Translate } from '../i18n/i18n-context.tsx';

/** A state change, in words: who said what. */
function stateChangeKey(message: TrayMessage): MessageKey {
  if (message.from === 'requester') {
    return message.body === 'closed' ? 'message.fixed' : 'message.stillBroken';
  }
  if (message.body === 'resolved') return 'message.resolved';
  if (message.body === 'escalated') return 'message.escalated';
  return 'message.stateChanged';
}

function lineText(message: TrayMessage, t: Translate): string {
  const name = message.name ?? t('helper.someone');
  if (message.kind === 'claimed') return t('message.claimed', { name });
  if (message.kind === 'state-changed') return t(stateChangeKey(message), { name });
  // Handraise's own line, in the window's language (its body is the English for older trays).
  if (message.kind === 'incident-joined') return t('message.incident');
  return message.body ?? '';
}

/**
 * The log is in the page from the start, even while empty: a screen reader announces what is
 * added to a live region it already knows, never a region that appears with its first message.
 */
export function Conversation({ request }: { request: TrayRequest }) {
  const t = useT();
  const locale = useLocale();
  const time = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' });
  const empty = request.messages.length === 0;
  return (
    <section aria-labelledby="conversation-heading" className={empty ? 'conversation-empty' : ''}>
      <h2 id="conversation-heading" className="section-label">
        {t('request.conversation')}
      </h2>
      {/* role=log on a wrapper: the list inside keeps its list items for assistive technology. */}
      <div role="log" aria-live="polite" aria-labelledby="conversation-heading">
        {!empty && (
          <ol className="conversation">
            {request.messages.map((message) => (
              <MessageLine key={message.id} message={message} time={time} t={t} />
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}

function MessageLine(props: { message: TrayMessage; time: Intl.DateTimeFormat; t: Translate }) {
  const { message, time, t } = props;
  const who =
    message.from === 'requester' ? t('request.you') : (message.name ?? t('helper.someone'));
  const note = message.kind !== 'message';
  return (
    <li
      className={`bubble from-${message.from}${note ? ' note' : ''}`}
      data-pending={message.pending ?? false}
    >
      <span className="bubble-meta">
        {who} · {time.format(new Date(message.at))}
        {message.pending && ` · ${t('request.pending')}`}
      </span>{' '}
      <span className="bubble-text">{lineText(message, t)}</span>
    </li>
  );
}
