import { useState, type FormEvent } from 'react';
import { Button, Form, Heading } from 'react-aria-components';
import type { SessionCreated } from '@handraise/shared';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { callApiWithRetryAfter } from '../../lib/api.ts';
import {
  FORGOT_PASSWORD_HINT,
  tooManyTriesMessage,
  WRONG_PASSWORD_MESSAGE,
} from './sign-in-words.ts';

type Props = {
  onSignedIn: (session: SessionCreated) => void;
  /** Called as each try starts, so older news (why the last session ended) can step aside. */
  onAttempt: () => void;
};

/** Sign in with a username and password. */
export function SignInForm({ onSignedIn, onAttempt }: Props) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [forgotHint, setForgotHint] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    onAttempt();
    setBusy(true);
    const { result, retryAfterSeconds } = await callApiWithRetryAfter<SessionCreated>(
      '/api/session',
      { body: { username: username.trim(), password } },
    );
    setBusy(false);
    if (result.ok) return onSignedIn(result.data);
    // Both refusals are about wrong passwords; whoever forgot theirs needs the way back in.
    setForgotHint(result.error === 'unauthorized' || result.error === 'rate-limited');
    setError(
      result.error === 'unauthorized'
        ? WRONG_PASSWORD_MESSAGE
        : result.error === 'rate-limited'
          ? tooManyTriesMessage(retryAfterSeconds)
          : 'The hub did not answer. Try again in a moment.',
    );
  };

  return (
    <>
      <div>
        <Heading level={1}>Sign in</Heading>
        <p className="muted">Help requests and computers of your school, live.</p>
      </div>
      <Form onSubmit={(event) => void submit(event)} aria-label="Sign in">
        <TextInput
          label="Username"
          name="username"
          autoComplete="username"
          value={username}
          onChange={setUsername}
          isRequired
          autoFocus
        />
        <TextInput
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          isRequired
        />
        <p className="form-error" role="alert">
          {error}
        </p>
        {forgotHint && (
          <p className="muted" role="status">
            {FORGOT_PASSWORD_HINT}
          </p>
        )}
        <Button type="submit" className="button primary" isDisabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </Button>
      </Form>
    </>
  );
}
