// The top of the window: the app's name, the connection, and the three places to go.
import type { Connection } from '../../ipc/tray-api.ts';
import type { MessageKey } from '../../ipc/messages/catalog.ts';
import { useT } from '../i18n/i18n-context.tsx';

export type Place = 'ask' | 'requests' | 'about';

const PLACES: readonly { place: Place; label: MessageKey }[] = [
  { place: 'ask', label: 'nav.ask' },
  { place: 'requests', label: 'nav.requests' },
  { place: 'about', label: 'nav.about' },
];

export function Header(props: {
  connection: Connection;
  current: Place;
  onGo: (place: Place) => void;
}) {
  const t = useT();
  return (
    <header className="header">
      <div className="header-top">
        <span className="app-title">{t('app.title')}</span>
        <span className={`connection connection-${props.connection}`} role="status">
          <span className="connection-dot" aria-hidden="true" />
          {t(`connection.${props.connection}`)}
        </span>
      </div>
      <nav aria-label={t('nav.label')}>
        <ul className="tabs">
          {PLACES.map(({ place, label }) => (
            <li key={place}>
              <button
                type="button"
                className="tab"
                aria-current={props.current === place ? 'page' : undefined}
                onClick={() => props.onGo(place)}
              >
                {t(label)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
