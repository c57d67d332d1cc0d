import { useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { passwordResetSchema, type Account } from '@handraise/shared';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { useHub } from '../../state/hub-context.ts';
import { accountErrorMessage } from './account-errors.ts';
import { FormOutcome } from '../../components/FormOutcome.tsx';

/** A coordinator sets a new password for someone who forgot theirs; they are signed out. */
export function ResetPasswordForm({ account }: { account: Account }) {
  const { api } = useHub();
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [done, setDone] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    const input = passwordResetSchema.safeParse({ newPassword: password });
    if (!input.success) return setError('Use at least 8 characters.');
    const result = await api(`/api/users/${account.id}/password`, { body: input.data });
    if (!result.ok) return setError(accountErrorMessage(result.error));
    setError('');
    setPassword('');
    setDone(
      `${account.displayName} can now sign in with the new password; their consoles were signed out.`,
    );
  };

  return (
    <Form className="page" onSubmit={(event) => void submit(event)} aria-label="Reset password">
      <TextInput
        label="New password"
        description="8 characters or more; hand it over in person."
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={setPassword}
        isRequired
      />
      <FormOutcome error={error} done={done} />
      <div className="form-actions">
        <Button type="submit" className="button">
          Set password
        </Button>
      </div>
    </Form>
  );
}
