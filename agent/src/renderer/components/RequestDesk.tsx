// Under a request's status: its number ("Request 42"), or why it has none yet; who is on duty or
// coming; and the school's line for when it cannot wait.
import type { Connection, TrayApi, TrayRequest } from '../../ipc/tray-api.ts';
import { useLocale, useT, type Translate } from '../i18n/i18n-context.tsx';
import { useHelpDesk } from '../use-help-desk.ts';
import { showsFallback, whoIsComing, type Coming } from '../who-is-coming.ts';

function comingLine(coming: Coming, t: Translate, list: Intl.ListFormat): string {
  switch (coming.kind) {
    case 'helper':
      return t('coming.helper', { name: coming.name ?? t('helper.someone') });
    case 'coordinator':
      return t('coming.coordinator');
    case 'on-duty':
      return t('coming.onDuty', {
        names: list.format(
          coming.helpers.map((helper) =>
            t('coming.person', { name: helper.name, role: t(`coming.role.${helper.role}`) }),
          ),
        ),
      });
    case 'nobody':
      return t('coming.nobody');
  }
}

export function RequestDesk(props: { api: TrayApi; request: TrayRequest; connection: Connection }) {
  const { request } = props;
  const t = useT();
  const locale = useLocale();
  // Asked again whenever the request moves or the connection changes.
  const desk = useHelpDesk(props.api, `${request.id ?? ''} ${request.state} ${props.connection}`);
  const coming = whoIsComing(request, desk);
  const fallback = showsFallback(request) ? desk?.fallbackContact : null;
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });

  return (
    <div className="request-desk">
      {request.number !== null ? (
        <p className="request-number">{t('request.number', { number: request.number })}</p>
      ) : (
        request.id === null && <p className="request-no-number">{t('request.noNumber')}</p>
      )}
      {request.urgent && <p>{t('request.urgent')}</p>}
      {coming && (
        <p className="coming" data-testid="who-is-coming">
          {comingLine(coming, t, list)}
        </p>
      )}
      {fallback && (
        <div className="fallback" data-testid="fallback">
          <h2 className="section-label">{t('coming.fallbackHeading')}</h2>
          <p>{fallback}</p>
        </div>
      )}
    </div>
  );
}
