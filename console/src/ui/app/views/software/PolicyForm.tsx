import { useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { PLATFORMS, type PolicyKind, type SoftwareTitleDetail } from '@handraise/shared';
import { SelectField } from '../../components/fields/SelectField.tsx';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { hubMessage } from '../../lib/api.ts';
import { PLATFORM_LABELS } from '../../lib/labels.ts';
import { POLICY_LABELS } from '../../lib/software-labels.ts';
import { useHub } from '../../state/hub-context.ts';

const ANY = 'any';
const KIND_OPTIONS = (['minimum', 'required', 'banned'] as const).map((id) => ({
  id,
  label: POLICY_LABELS[id],
}));

type Props = { detail: SoftwareTitleDetail; onAdded: () => void };

/** Adds a rule for this title; the hub judges every computer again with it. */
export function PolicyForm({ detail, onAdded }: Props) {
  const { api } = useHub();
  const [kind, setKind] = useState<PolicyKind>('minimum');
  const [version, setVersion] = useState('');
  const [platform, setPlatform] = useState(ANY);
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const newest = detail.versions.find((v) => v.newest)?.version;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (kind === 'minimum' && !version.trim()) {
      setError('Write the lowest version computers may run.');
      return;
    }
    setBusy(true);
    const result = await api('/api/software/policies', {
      body: {
        titleKey: detail.key,
        titleName: detail.name,
        kind,
        ...(kind === 'minimum' ? { version: version.trim() } : {}),
        ...(platform !== ANY ? { platform } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      },
    });
    setBusy(false);
    if (!result.ok) {
      setError(hubMessage(result) ?? 'The rule was not added. Check it and try again.');
      return;
    }
    setError('');
    setVersion('');
    setNote('');
    onAdded();
  };

  return (
    <Form className="policy-form" onSubmit={(event) => void submit(event)} aria-label="New rule">
      <div className="form-grid">
        <SelectField
          label="New rule"
          options={KIND_OPTIONS}
          value={kind}
          onChange={(value) => setKind(value as PolicyKind)}
        />
        {kind === 'minimum' && (
          <TextInput
            label="Lowest version allowed"
            placeholder={newest ? `e.g. ${newest}` : undefined}
            value={version}
            onChange={setVersion}
          />
        )}
        <SelectField
          label="On"
          options={[
            { id: ANY, label: 'Every system' },
            ...detail.platforms
              .concat(PLATFORMS.filter((p) => p !== 'other' && !detail.platforms.includes(p)))
              .map((p) => ({ id: p, label: PLATFORM_LABELS[p] })),
          ]}
          value={platform}
          onChange={setPlatform}
        />
        <TextInput label="Note (optional)" value={note} onChange={setNote} />
      </div>
      <p className="form-error" role="alert">
        {error}
      </p>
      <div className="form-actions">
        <Button type="submit" className="button" isDisabled={busy}>
          Add rule
        </Button>
      </div>
    </Form>
  );
}
