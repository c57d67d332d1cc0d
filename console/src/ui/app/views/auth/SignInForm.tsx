import { useState, type FormEvent } from 'react';
import { Button, Form, Heading } from 'react-aria-components';
import type { SessionCreated } from '@handraise/shared';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { callApi } from '../../lib/api.ts';

/** Sign in with a username and password. */
export function SignInForm({ onSignedIn }: { onSignedIn: (session: SessionCreated) => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await callApi<SessionCreated>('/api/session', {
      body: { username: username.trim(), password },
    });
    setBusy(false);
    if (result.ok) return onSignedIn(result.data);
    setError(
      result.error === 'unauthorized'
        ? 'Wrong username or password.'
        : result.error === 'rate-limited'
          ? 'Too many wrong passwords. Wait five minutes, then try again.'
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
        <Button type="submit" className="button primary" isDisabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </Button>
      </Form>
    </>
  );
}
