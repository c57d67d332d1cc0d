import { useState, type FormEvent } from 'react';
import { Button, Form, Heading } from 'react-aria-components';
import { PLATFORMS, titleKeyForName } from '@handraise/shared';
import { ModalDialog } from '../../components/ModalDialog.tsx';
import { SelectField } from '../../components/fields/SelectField.tsx';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { hubMessage } from '../../lib/api.ts';
import { PLATFORM_LABELS } from '../../lib/labels.ts';
import { useHub } from '../../state/hub-context.ts';

const ANY = 'any';
const PLATFORM_OPTIONS = [
  { id: ANY, label: 'Every system' },
  ...PLATFORMS.filter((p) => p !== 'other').map((p) => ({ id: p, label: PLATFORM_LABELS[p] })),
];

/**
 * "Every Windows computer must have GeoGebra": a rule for a title that may not be installed
 * anywhere yet, so it cannot be added from a title's own page. The name is matched the way the
 * hub matches catalog lines, so "GeoGebra Classic" finds the installs once they appear.
 */
export function RequireTitleDialog({ onAdded }: { onAdded: () => void }) {
  const { api } = useHub();
  const [name, setName] = useState('');
  const [platform, setPlatform] = useState(ANY);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent, close: () => void) => {
    event.preventDefault();
    const titleName = name.trim();
    if (!titleName) {
      setError('Write the name of the program, as people know it.');
      return;
    }
    setBusy(true);
    const result = await api('/api/software/policies', {
      body: {
        titleKey: titleKeyForName(titleName),
        titleName,
        kind: 'required',
        ...(platform !== ANY ? { platform } : {}),
      },
    });
    setBusy(false);
    if (!result.ok) {
      setError(hubMessage(result) ?? 'The rule was not added. Check the name and try again.');
      return;
    }
    setName('');
    setError('');
    onAdded();
    close();
  };

  return (
    <ModalDialog trigger={<Button className="button">Require a program</Button>}>
      {({ close }) => (
        <Form onSubmit={(event) => void submit(event, close)} aria-label="Require a program">
          <Heading slot="title">Require a program</Heading>
          <p>Computers without it are listed as needing it, with the rule as the reason.</p>
          <TextInput
            label="Program"
            placeholder="GeoGebra Classic"
            value={name}
            onChange={setName}
          />
          <SelectField
            label="On"
            options={PLATFORM_OPTIONS}
            value={platform}
            onChange={setPlatform}
          />
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <div className="dialog-actions">
            <Button className="button" onPress={close}>
              Cancel
            </Button>
            <Button type="submit" className="button primary" isDisabled={busy}>
              Require it
            </Button>
          </div>
        </Form>
      )}
    </ModalDialog>
  );
}
