import { useCallback, useState } from 'react';
import type { HelpRequest, SessionCreated } from '@handraise/shared';
import { AppShell } from './components/AppShell.tsx';
import type { Announcement } from './components/AppShell.tsx';
import { notifyNewRequest, notifyOffer } from './lib/desktop-notifications.ts';
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
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);

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
    setAnnouncement({
      text: `New request from ${request.deviceName}: ${CATEGORY_LABELS[request.category]}`,
      requestId: request.id,
    });
    // The badge and the note above only help someone looking at the console; this reaches the rest.
    notifyNewRequest(request);
  }, []);
  // The offer's notice is in the page (AppShell); this reaches a helper whose console is behind.
  const onRequestOffered = useCallback((request: HelpRequest) => {
    notifyOffer(request);
  }, []);

  return (
    <ThemeContext value={theme}>
      {session ? (
        <HubProvider
          session={session}
          onSignedOut={onSignedOut}
          onRequestCreated={onRequestCreated}
          onRequestOffered={onRequestOffered}
        >
          <AppShell announcement={announcement} />
        </HubProvider>
      ) : (
        <AuthScreen notice={notice} onSignedIn={onSignedIn} />
      )}
    </ThemeContext>
  );
}
