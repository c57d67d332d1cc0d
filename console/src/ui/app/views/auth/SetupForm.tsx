import { useState, type FormEvent } from 'react';
import { Button, Form, Heading } from 'react-aria-components';
import type { SessionCreated } from '@handraise/shared';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { callApi } from '../../lib/api.ts';

/** Shortest password the hub accepts; said here so the form can say it first. */
const MIN_PASSWORD_CHARS = 8;

type Props = {
  onSignedIn: (session: SessionCreated) => void;
  onAlreadySetUp: () => void;
};

/** First start: creates the IT coordinator's account (only possible on the hub's own computer). */
export function SetupForm({ onSignedIn, onAlreadySetUp }: Props) {
  const [username, setUsername] = useState('admin');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password !== repeat) return setError('The two passwords are not the same.');
    setBusy(true);
    const result = await callApi<SessionCreated>('/api/setup', {
      body: {
        username: username.trim(),
        password,
        ...(displayName.trim() ? { displayName: displayName.trim() } : {}),
      },
    });
    setBusy(false);
    if (result.ok) return onSignedIn(result.data);
    if (result.error === 'already-set-up') return onAlreadySetUp();
    setError(
      result.error === 'forbidden'
        ? "For safety, the first account can only be created on the hub's own computer. Open the console there, or start the hub with HANDRAISE_ADMIN_PASSWORD set."
        : result.error === 'invalid-payload'
          ? 'Use letters, digits, dots, dashes or underscores for the username, and 8 characters or more for the password.'
          : 'The hub did not answer. Try again in a moment.',
    );
  };

  return (
    <>
      <div>
        <Heading level={1}>Welcome to Handraise</Heading>
        <p className="muted">
          This hub has no accounts yet. Create the IT coordinator&apos;s account; you can add Tech
          Advisors afterwards.
        </p>
      </div>
      <Form onSubmit={(event) => void submit(event)} aria-label="Create the coordinator account">
        <TextInput
          label="Username"
          name="username"
          autoComplete="username"
          value={username}
          onChange={setUsername}
          isRequired
        />
        <TextInput
          label="Your name"
          description="Shown to students when you help them."
          name="displayName"
          autoComplete="name"
          value={displayName}
          onChange={setDisplayName}
        />
        <TextInput
          label="Password"
          description={`${MIN_PASSWORD_CHARS} characters or more; a short sentence is easy to remember.`}
          name="password"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          minLength={MIN_PASSWORD_CHARS}
          isRequired
        />
        <TextInput
          label="Password again"
          name="repeat"
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={setRepeat}
          isRequired
        />
        <p className="form-error" role="alert">
          {error}
        </p>
        <Button type="submit" className="button primary" isDisabled={busy}>
          {busy ? 'Creating…' : 'Create account and start'}
        </Button>
      </Form>
    </>
  );
}
