// The help window: asks the language, follows main's events, and shows one view at a time.
import { useEffect, useState } from 'react';
import type { Locale, TrayApi, TrayRequest, TrayView } from '../ipc/tray-api.ts';
import { AboutView } from './components/AboutView.tsx';
import { AskView } from './components/AskView.tsx';
import { Header, type Place } from './components/Header.tsx';
import { LiveViewersBanner } from './components/LiveViewersBanner.tsx';
import { useLiveViewers } from './use-live-viewers.ts';
import { RequestView } from './components/RequestView.tsx';
import { RequestsView } from './components/RequestsView.tsx';
import { I18nProvider } from './i18n/i18n-context.tsx';
import { translate } from '../ipc/messages/catalog.ts';
import { useTrayState } from './use-tray-state.ts';

/** `sent` shows a request just sent until main's list includes it. */
type Route = { view: TrayView } | { view: 'request'; key: string; sent?: TrayRequest };

const VIEWS: readonly TrayView[] = ['ask', 'requests', 'about'];

/** Main opens the window on `#ask`, `#requests` or `#about`. */
function initialRoute(): Route {
  const hash = window.location.hash.slice(1);
  return { view: VIEWS.find((view) => view === hash) ?? 'ask' };
}

export function App({ api }: { api: TrayApi }) {
  const [locale, setLocale] = useState<Locale | null>(null);
  const [route, setRoute] = useState<Route>(initialRoute);
  // Bumped for each new "ask", so the form starts empty with a fresh picture.
  const [askRound, setAskRound] = useState(0);
  const { requests, connection } = useTrayState(api);
  const liveViewers = useLiveViewers(api);

  useEffect(() => {
    void api.locale().then((chosen) => {
      setLocale(chosen);
      document.documentElement.lang = chosen;
      document.title = translate(chosen, 'app.title');
    });
    return api.onEvent((event) => {
      if (event.type === 'navigate') setRoute({ view: event.view });
    });
  }, [api]);

  // Nothing is shown until the language is known: no flash of the wrong words.
  if (!locale) return null;

  const go = (place: Place) => {
    if (place === 'ask') setAskRound((round) => round + 1);
    setRoute({ view: place });
  };
  const opened: TrayRequest | undefined =
    route.view === 'request'
      ? (requests.find((r) => r.key === route.key) ?? route.sent)
      : undefined;
  const place: Place = route.view === 'request' ? 'requests' : route.view;

  return (
    <I18nProvider locale={locale}>
      <Header connection={connection} current={place} onGo={go} />
      <LiveViewersBanner viewers={liveViewers} />
      <main className="content">
        {route.view === 'ask' && (
          <AskView
            key={askRound}
            api={api}
            onSent={(sent) => setRoute({ view: 'request', key: sent.key, sent })}
          />
        )}
        {route.view === 'request' && opened && (
          <RequestView
            api={api}
            request={opened}
            connection={connection}
            onAskAgain={() => go('ask')}
          />
        )}
        {route.view === 'requests' && (
          <RequestsView
            requests={requests}
            connection={connection}
            onOpen={(key) => setRoute({ view: 'request', key })}
          />
        )}
        {route.view === 'about' && <AboutView api={api} />}
      </main>
    </I18nProvider>
  );
}
