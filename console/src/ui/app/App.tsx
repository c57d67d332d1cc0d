import { useCallback, useState } from 'react';
import type { HelpRequest } from '@handraise/shared';
import { AppShell } from './components/AppShell.tsx';
import type { Announcement } from './components/AppShell.tsx';
import { notifyNewRequest, notifyOffer } from './lib/desktop-notifications.ts';
import { CATEGORY_LABELS } from './lib/labels.ts';
import { useTheme } from './lib/theme.ts';
import { HubProvider } from './state/HubProvider.tsx';
import { ThemeContext } from './state/theme-context.ts';
import { useSharedSession } from './state/use-shared-session.ts';
import { AuthScreen } from './views/auth/AuthScreen.tsx';

/** Signed out: the sign-in (or first-start) screen. Signed in: the console, live. */
export function App() {
  const theme = useTheme();
  const { session, asking, notice, signedIn, signedOut } = useSharedSession();
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
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
          onSignedOut={signedOut}
          onRequestCreated={onRequestCreated}
          onRequestOffered={onRequestOffered}
        >
          <AppShell announcement={announcement} />
        </HubProvider>
      ) : asking ? (
        // A blink at most, while an open tab hands over the session: no sign-in form flashes by.
        <main className="auth-page" aria-busy="true" />
      ) : (
        <AuthScreen notice={notice} onSignedIn={signedIn} />
      )}
    </ThemeContext>
  );
}
