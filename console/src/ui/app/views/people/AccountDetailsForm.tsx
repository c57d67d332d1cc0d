import { useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { userUpdateSchema, type Account } from '@handraise/shared';
import { SelectField } from '../../components/fields/SelectField.tsx';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { ROLE_LABELS } from '../../lib/labels.ts';
import { sameTimetable } from '../../lib/timetable.ts';
import { useHub } from '../../state/hub-context.ts';
import { accountErrorMessage } from './account-errors.ts';
import {
  ACCOUNT_KIND_OPTIONS,
  advisorFieldsOf,
  kindOf,
  listsOf,
  roleFieldsOf,
  timetableProblem,
  type AccountKind,
} from './account-kind.ts';
import { AdvisorScopeFields } from './AdvisorScopeFields.tsx';
import { FormOutcome } from '../../components/FormOutcome.tsx';

type Props = { account: Account; onChanged: () => void };

/**
 * Renames an account or changes its role, and an advisor's rooms, skills and timetable; a new
 * role, kind or scope signs the person out of every console.
 */
export function AccountDetailsForm({ account, onChanged }: Props) {
  const { api } = useHub();
  const [displayName, setDisplayName] = useState(account.displayName);
  const [kind, setKind] = useState<AccountKind>(kindOf(account));
  const [lists, setLists] = useState(listsOf(account));
  const [error, setError] = useState('');
  const [saved, setSaved] = useState('');

  const fields = advisorFieldsOf(kind, lists);
  const before = advisorFieldsOf(kind, listsOf(account));
  // A new kind or scope changes what they may reach (and signs them out); skills do not.
  const reachChanged =
    kind !== kindOf(account) || JSON.stringify(fields.scope) !== JSON.stringify(before.scope);
  const skillsChanged = JSON.stringify(fields.skills) !== JSON.stringify(before.skills);
  // Rows that make no timetable yet count as a change, so that saving says what is wrong.
  const problem = timetableProblem(kind, lists);
  const timetableChanged =
    kind !== 'coordinator' &&
    (problem !== null || !sameTimetable(fields.timetable ?? [], account.advisor?.timetable ?? []));
  const change = {
    ...(displayName.trim() !== account.displayName ? { displayName: displayName.trim() } : {}),
    ...(reachChanged
      ? { ...roleFieldsOf(kind), ...(fields.scope ? { scope: fields.scope } : {}) }
      : {}),
    ...(skillsChanged && fields.skills ? { skills: fields.skills } : {}),
    ...(timetableChanged && fields.timetable ? { timetable: fields.timetable } : {}),
  };
  const unchanged = Object.keys(change).length === 0 && !timetableChanged;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved('');
    if (problem) return setError(problem);
    const input = userUpdateSchema.safeParse(change);
    if (!input.success) return setError('Give the account a name.');
    if (kind === 'student' && !lists.rooms.trim() && !lists.sites.trim())
      return setError('A student advisor helps in at least one room or site: name it.');
    const result = await api<Account>(`/api/users/${account.id}`, {
      method: 'PATCH',
      body: input.data,
    });
    if (!result.ok) return setError(accountErrorMessage(result.error));
    setError('');
    setSaved(
      reachChanged
        ? `Saved. ${result.data.displayName} was signed out, and signs in again as ${ROLE_LABELS[result.data.role]}.`
        : 'Saved.',
    );
    onChanged();
  };

  return (
    <Form className="page" onSubmit={(event) => void submit(event)} aria-label="Account details">
      <div className="form-grid">
        <TextInput label="Name" value={displayName} onChange={setDisplayName} isRequired />
        <SelectField
          label="Role"
          options={ACCOUNT_KIND_OPTIONS}
          value={kind}
          onChange={(v) => setKind(v as AccountKind)}
        />
        <AdvisorScopeFields kind={kind} lists={lists} onChange={setLists} />
      </div>
      <FormOutcome error={error} done={saved} />
      <div className="form-actions">
        <Button type="submit" className="button" isDisabled={unchanged}>
          Save details
        </Button>
        {reachChanged && (
          <span className="muted">
            They will be signed out and sign in again with what they may now reach.
          </span>
        )}
      </div>
    </Form>
  );
}
