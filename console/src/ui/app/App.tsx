import { useCallback, useState } from 'react';
import type { HelpRequest, SessionCreated } from '@handraise/shared';
import { AppShell } from './components/AppShell.tsx';
import { notifyNewRequest } from './lib/desktop-notifications.ts';
import { CATEGORY_LABELS } from './lib/labels.ts';
import { clearSession, loadSession, saveSession, type Session } from './lib/session.ts';
import { sessionEndNotice, type SignedOutBecause } from './lib/session-end.ts';
import { useTheme } from './lib/theme.ts';
import { HubProvider } from './state/HubProvider.tsx';
import { ThemeContext } from './state/theme-context.ts';
import { AuthScreen } from './views/auth/AuthScreen.tsx';

/** Signed out: the sign-in (or first-start) screen. Signed in: the console, live. */
export function App() {
  const theme = useTheme();
  const [session, setSession] = useState<Session | null>(() => loadSession());
  const [notice, setNotice] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const onSignedIn = useCallback((created: SessionCreated) => {
    setNotice(null);
    setSession(saveSession(created));
  }, []);
  const onSignedOut = useCallback((reason: SignedOutBecause) => {
    clearSession();
    setSession(null);
    setNotice(sessionEndNotice(reason));
  }, []);
  const onRequestCreated = useCallback((request: HelpRequest) => {
    setAnnouncement(`New request from ${request.deviceName}: ${CATEGORY_LABELS[request.category]}`);
    // The badge and the note above only help someone looking at the console; this reaches the rest.
    notifyNewRequest(request);
  }, []);

  return (
    <ThemeContext value={theme}>
      {session ? (
        <HubProvider
          session={session}
          onSignedOut={onSignedOut}
          onRequestCreated={onRequestCreated}
        >
          <AppShell announcement={announcement} />
        </HubProvider>
      ) : (
        <AuthScreen notice={notice} onSignedIn={onSignedIn} />
      )}
    </ThemeContext>
  );
}
