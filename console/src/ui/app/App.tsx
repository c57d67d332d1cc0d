import { lazy, Suspense, useEffect, useState } from 'react';
import type { SignedInConsole as SignedInConsoleType } from './SignedInConsole.tsx';
import { useTheme } from './lib/theme.ts';
import { ThemeContext } from './state/theme-context.ts';
import { useSharedSession } from './state/use-shared-session.ts';
import { AuthScreen } from './views/auth/AuthScreen.tsx';

/** The console once its code is here: used directly, so signing in does not wait a render. */
let loadedConsole: typeof SignedInConsoleType | null = null;
const loadConsole = () =>
  import('./SignedInConsole.tsx').then((m) => {
    loadedConsole = m.SignedInConsole;
    return { default: m.SignedInConsole };
  });
// Until then (a reload with a session kept, or a quick typist), React waits for it.
const LazyConsole = lazy(loadConsole);

type ConsoleProps = Parameters<typeof SignedInConsoleType>[0];

/**
 * The console for one session. Which of the two forms draws it is chosen once, when the session
 * starts: switching forms later would be a different component to React, which would start the
 * whole console again (its socket, the page's state).
 */
function ConsoleForSession(props: ConsoleProps) {
  const [Console] = useState(() => loadedConsole ?? LazyConsole);
  return <Console {...props} />;
}

/** While the console's code loads (a blink on the school network or from disk). */
const Waiting = () => <main className="auth-page" aria-busy="true" />;

/** Signed out: the sign-in (or first-start) screen. Signed in: the console, live. */
export function App() {
  const theme = useTheme();
  const { session, asking, notice, signedIn, signedOut } = useSharedSession();
  // The console's code loads while the sign-in form is up: each part starts as a short task of its
  // own, and signing in then shows the console at once.
  useEffect(() => {
    const idle = window.requestIdleCallback?.(() => void loadConsole()) ?? null;
    if (idle === null) void loadConsole();
    return () => {
      if (idle !== null) window.cancelIdleCallback(idle);
    };
  }, []);

  return (
    <ThemeContext value={theme}>
      {session ? (
        <Suspense fallback={<Waiting />}>
          <ConsoleForSession session={session} onSignedOut={signedOut} />
        </Suspense>
      ) : asking ? (
        // A blink at most, while an open tab hands over the session: no sign-in form flashes by.
        <Waiting />
      ) : (
        <AuthScreen notice={notice} onSignedIn={signedIn} />
      )}
    </ThemeContext>
  );
}
