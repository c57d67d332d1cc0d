import { useEffect, useState } from 'react';
import type { SessionCreated } from '@handraise/shared';
import { callApi } from '../../lib/api.ts';
import { SetupForm } from './SetupForm.tsx';
import { SignInForm } from './SignInForm.tsx';

type Props = { notice: string | null; onSignedIn: (session: SessionCreated) => void };

/** Before sign-in: asks the hub whether it still needs its first account, then shows the form. */
export function AuthScreen({ notice, onSignedIn }: Props) {
  const [setupRequired, setSetupRequired] = useState<boolean | null>(null);
  const [unreachable, setUnreachable] = useState(false);
  // Why the last session ended matters until the person tries again; after that the form's own
  // answer is the news ("Your account has been disabled" must not sit above "Wrong password").
  const [noticeShown, setNoticeShown] = useState(true);

  useEffect(() => {
    let current = true;
    void callApi<{ setupRequired: boolean }>('/api/status').then((status) => {
      if (!current) return;
      if (status.ok) setSetupRequired(status.data.setupRequired);
      else setUnreachable(true);
    });
    return () => {
      current = false;
    };
  }, []);

  return (
    <main className="auth-page">
      <div className="auth-card">
        <div className="brand">
          <img src="./favicon.svg" alt="" />
          Handraise
        </div>
        {notice && noticeShown && (
          <p className="notice" role="status">
            {notice}
          </p>
        )}
        {unreachable && (
          <p className="form-error" role="alert">
            The hub is not answering. Check that it is running, then reload this page.
          </p>
        )}
        {setupRequired === true && (
          <SetupForm onSignedIn={onSignedIn} onAlreadySetUp={() => setSetupRequired(false)} />
        )}
        {setupRequired === false && (
          <SignInForm onSignedIn={onSignedIn} onAttempt={() => setNoticeShown(false)} />
        )}
      </div>
    </main>
  );
}
