// "Who looked at this computer": every look at its details or at a picture of its screen, by whom
// and for which request, as the school help server logged it. The requester may always know.
import { useEffect, useState } from 'react';
import type { DeviceAccess } from '@handraise/shared';
import type { TrayApi } from '../../ipc/tray-api.ts';
import { useLocale, useT } from '../i18n/i18n-context.tsx';

const LOOK_WORDS = {
  details: 'about.look.details',
  screenshot: 'about.look.screenshot',
  live: 'about.look.live',
} as const;

export function WhoLooked({ api }: { api: TrayApi }) {
  const t = useT();
  const locale = useLocale();
  // undefined: asking; null: the hub cannot be asked now.
  const [looks, setLooks] = useState<DeviceAccess[] | null | undefined>(undefined);
  useEffect(() => {
    let current = true;
    api.whoLooked().then(
      (list) => current && setLooks(list),
      () => current && setLooks(null),
    );
    return () => {
      current = false;
    };
  }, [api]);
  const when = new Intl.DateTimeFormat(locale, {
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });

  return (
    <section aria-labelledby="looks-heading">
      <h2 id="looks-heading" className="section-label">
        {t('about.looksHeading')}
      </h2>
      {looks === null && <p>{t('about.looksUnavailable')}</p>}
      {looks?.length === 0 && <p>{t('about.looksNone')}</p>}
      {looks && looks.length > 0 && (
        <ul className="plain-list" data-testid="who-looked">
          {looks.map((look) => (
            <li key={`${look.at} ${look.what}`}>
              {t(LOOK_WORDS[look.what], {
                who: look.who,
                as: t(`about.as.${look.as}`),
                time: when.format(new Date(look.at)),
              })}
              {look.request &&
                ` ${t('about.look.for', { category: t(`category.${look.request.category}`) })}`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
