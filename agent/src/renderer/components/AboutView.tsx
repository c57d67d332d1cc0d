// "About this computer": what it is called, where it reports, what is (and is not) collected, and
// who looked at it.
import { useEffect, useState } from 'react';
import type { AboutInfo, TrayApi } from '../../ipc/tray-api.ts';
import { useT } from '../i18n/i18n-context.tsx';
import { ViewHeading } from './ViewHeading.tsx';
import { WhoLooked } from './WhoLooked.tsx';

export function AboutView({ api }: { api: TrayApi }) {
  const t = useT();
  const [about, setAbout] = useState<AboutInfo | null>(null);
  useEffect(() => {
    let current = true;
    api.aboutThisComputer().then(
      (info) => current && setAbout(info),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api]);

  return (
    <div className="view">
      <ViewHeading>{t('about.heading')}</ViewHeading>
      {about && (
        <>
          <dl className="facts">
            <dt>{t('about.name')}</dt>
            <dd>{about.deviceName}</dd>
            <dt>{t('about.site')}</dt>
            <dd>{about.site ?? t('about.roomUnknown')}</dd>
            <dt>{t('about.room')}</dt>
            <dd>{about.room ?? t('about.roomUnknown')}</dd>
            <dt>{t('about.seat')}</dt>
            <dd>{about.seat ?? t('about.roomUnknown')}</dd>
            <dt>{t('about.hub')}</dt>
            <dd>{about.enrolled && about.hub ? about.hub : t('about.notEnrolled')}</dd>
            <dt>{t('about.version')}</dt>
            <dd>{about.agentVersion}</dd>
          </dl>
          <section aria-labelledby="collected-heading">
            <h2 id="collected-heading" className="section-label">
              {t('about.collectedHeading')}
            </h2>
            <ul className="plain-list collected-list">
              {about.collected.map((topic) => (
                <li key={topic}>
                  {t(`about.collected.${topic}`)}
                  <span className="seen-by">{t(`about.seenBy.${topic}`)}</span>
                </li>
              ))}
            </ul>
            <p>{t('about.every', { hours: about.inventoryEveryHours })}</p>
          </section>
          <section aria-labelledby="never-heading">
            <h2 id="never-heading" className="section-label">
              {t('about.neverHeading')}
            </h2>
            <p>{t('about.never')}</p>
          </section>
          <WhoLooked api={api} />
        </>
      )}
    </div>
  );
}
