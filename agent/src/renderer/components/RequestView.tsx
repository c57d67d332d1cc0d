// One request, live: its status, the helper's messages, "Write back", "Fixed" / "Still broken".
import { useEffect, useRef, useState } from 'react';
import type { Connection, TrayApi, TrayRequest } from '../../ipc/tray-api.ts';
import { useLocale, useT } from '../i18n/i18n-context.tsx';
import { helperInvolved, isActive } from '../request-status.ts';
import { CategoryIcon } from './CategoryIcon.tsx';
import { Conversation } from './Conversation.tsx';
import { ReplyBox } from './ReplyBox.tsx';
import { RequestDesk } from './RequestDesk.tsx';
import { StatusBanner } from './StatusBanner.tsx';
import { ViewHeading } from './ViewHeading.tsx';

export function RequestView(props: {
  api: TrayApi;
  request: TrayRequest;
  connection: Connection;
  onAskAgain: () => void;
}) {
  const { api, request } = props;
  const t = useT();
  const locale = useLocale();
  const [answered, setAnswered] = useState(false);
  const time = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' });
  const requestId = request.id;
  const status = useRef<HTMLDivElement>(null);
  const active = isActive(request);

  // "Fixed" closes the request and takes its buttons away with the focus: the focus goes to the
  // line that says how it ended, so nobody is left on the bare page.
  useEffect(() => {
    if (answered && !active) status.current?.focus();
  }, [answered, active]);

  const feedback = (fixed: boolean) => {
    if (!requestId) return;
    setAnswered(true);
    api.feedback(requestId, fixed).catch(() => setAnswered(false));
  };

  return (
    <div className="view">
      <ViewHeading id="request-heading">{t('request.heading')}</ViewHeading>
      <StatusBanner ref={status} request={request} connection={props.connection} />
      <RequestDesk api={api} request={request} connection={props.connection} />
      <div className="request-summary">
        <CategoryIcon category={request.category} />
        <div>
          <p className="request-category">{t(`category.${request.category}`)}</p>
          <p className="request-text">{request.text || t('request.noText')}</p>
          <p className="hint">
            {t('request.sentAt', { time: time.format(new Date(request.createdAt)) })}
            {request.hasScreenshot && ` · ${t('request.withPicture')}`}
          </p>
        </div>
      </div>
      <Conversation request={request} />
      {active && requestId && (
        <>
          <ReplyBox onReply={(text) => api.reply(requestId, text)} />
          <section className="feedback" aria-labelledby="feedback-heading">
            <h2 id="feedback-heading" className="section-label">
              {t('feedback.question')}
            </h2>
            <div className="button-row">
              <button type="button" className="button good big" onClick={() => feedback(true)}>
                {t('feedback.fixed')}
              </button>
              {helperInvolved(request) && (
                <button
                  type="button"
                  className="button secondary big"
                  onClick={() => feedback(false)}
                >
                  {t('feedback.stillBroken')}
                </button>
              )}
            </div>
            {answered && <p className="hint">{t('feedback.thanks')}</p>}
          </section>
        </>
      )}
      <button type="button" className="button secondary" onClick={props.onAskAgain}>
        {t('request.askAgain')}
      </button>
    </div>
  );
}
