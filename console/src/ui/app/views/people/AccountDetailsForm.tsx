import { useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { userUpdateSchema, type Account, type Role } from '@handraise/shared';
import { SelectField } from '../../components/fields/SelectField.tsx';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { ROLE_LABELS } from '../../lib/labels.ts';
import { useHub } from '../../state/hub-context.ts';
import { accountErrorMessage } from './account-errors.ts';
import { ROLE_OPTIONS } from './role-options.ts';
import { FormOutcome } from '../../components/FormOutcome.tsx';

type Props = { account: Account; onChanged: () => void };

/** Renames an account or changes its role; a new role signs the person out of every console. */
export function AccountDetailsForm({ account, onChanged }: Props) {
  const { api } = useHub();
  const [displayName, setDisplayName] = useState(account.displayName);
  const [role, setRole] = useState<Role>(account.role);
  const [error, setError] = useState('');
  const [saved, setSaved] = useState('');

  const change = {
    ...(displayName.trim() !== account.displayName ? { displayName: displayName.trim() } : {}),
    ...(role !== account.role ? { role } : {}),
  };
  const unchanged = Object.keys(change).length === 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved('');
    const input = userUpdateSchema.safeParse(change);
    if (!input.success) return setError('Give the account a name.');
    const result = await api<Account>(`/api/users/${account.id}`, {
      method: 'PATCH',
      body: input.data,
    });
    if (!result.ok) return setError(accountErrorMessage(result.error));
    setError('');
    setSaved(
      change.role
        ? `Saved. ${result.data.displayName} was signed out, and signs in again as ${ROLE_LABELS[result.data.role]}.`
        : 'Saved.',
    );
    onChanged();
  };

  return (
    <Form className="page" onSubmit={(event) => void submit(event)} aria-label="Name and role">
      <div className="form-grid">
        <TextInput label="Name" value={displayName} onChange={setDisplayName} isRequired />
        <SelectField
          label="Role"
          options={ROLE_OPTIONS}
          value={role}
          onChange={(v) => setRole(v as Role)}
        />
      </div>
      <FormOutcome error={error} done={saved} />
      <div className="form-actions">
        <Button type="submit" className="button" isDisabled={unchanged}>
          Save name and role
        </Button>
        {role !== account.role && (
          <span className="muted">
            They will be signed out and sign in again with the new role.
          </span>
        )}
      </div>
    </Form>
  );
}
