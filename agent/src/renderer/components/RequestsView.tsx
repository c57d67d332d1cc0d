// "My requests": every request from this computer, newest first, each opening its own view.
import type { Connection, TrayRequest } from '../../ipc/tray-api.ts';
import { useLocale, useT } from '../i18n/i18n-context.tsx';
import { requestStatus } from '../request-status.ts';
import { CategoryIcon } from './CategoryIcon.tsx';
import { ViewHeading } from './ViewHeading.tsx';

export function RequestsView(props: {
  requests: TrayRequest[];
  connection: Connection;
  onOpen: (key: string) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const time = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    hour: 'numeric',
    minute: '2-digit',
  });
  return (
    <div className="view">
      <ViewHeading>{t('requests.heading')}</ViewHeading>
      {props.requests.length === 0 ? (
        <p className="empty">{t('requests.empty')}</p>
      ) : (
        <ul className="request-list">
          {props.requests.map((request) => {
            const status = requestStatus(request, props.connection);
            const name = request.helperName ?? t('helper.someone');
            return (
              <li key={request.key}>
                <button
                  type="button"
                  className={`request-card status-${status.tone}`}
                  onClick={() => props.onOpen(request.key)}
                >
                  <CategoryIcon category={request.category} />
                  <span className="request-card-text">
                    <span className="request-category">{t(`category.${request.category}`)}</span>
                    <span className="request-text">{request.text || t('request.noText')}</span>
                    <span className="request-card-status">{t(status.key, { name })}</span>
                    <span className="hint">
                      {request.number !== null &&
                        `${t('request.number', { number: request.number })} · `}
                      {time.format(new Date(request.createdAt))}
                    </span>
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
