import { useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { HELP_CATEGORIES, MAX_QUICK_FIX_CHARS, QUICK_FIX_PLATFORMS } from '@handraise/shared';
import { CheckboxField } from '../../components/fields/CheckboxField.tsx';
import { SelectField } from '../../components/fields/SelectField.tsx';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { CATEGORY_LABELS, PLATFORM_LABELS } from '../../lib/labels.ts';
import { useDevices } from '../../state/hub-context.ts';
import { unknownPlaces } from '../people/account-kind.ts';
import { draftProblem, type QuickFixDraft } from './quick-fix-draft.ts';

const CATEGORY_OPTIONS = HELP_CATEGORIES.map((id) => ({ id, label: CATEGORY_LABELS[id] }));

type Props = {
  label: string;
  initial: QuickFixDraft;
  submitLabel: string;
  /** Saves the draft; answers the refusal in words, or null once saved. */
  onSave: (draft: QuickFixDraft) => Promise<string | null>;
  onCancel?: () => void;
};

/** Writes or changes a quick fix: category, words, and where it applies. */
export function QuickFixForm({ label, initial, submitLabel, onSave, onCancel }: Props) {
  const devices = useDevices();
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const unknownRooms = unknownPlaces(
    draft.rooms,
    devices.map((d) => d.room),
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = draftProblem(draft);
    if (problem) return setError(problem);
    setBusy(true);
    const refusal = await onSave(draft);
    setBusy(false);
    setError(refusal ?? '');
    if (!refusal && !onCancel) setDraft({ ...initial, category: draft.category });
  };
  const togglePlatform = (platform: (typeof QUICK_FIX_PLATFORMS)[number], on: boolean) =>
    setDraft((d) => ({
      ...d,
      platforms: on ? [...d.platforms, platform] : d.platforms.filter((p) => p !== platform),
    }));

  return (
    <Form className="quick-fix-form" onSubmit={(event) => void submit(event)} aria-label={label}>
      <div className="form-grid">
        <SelectField
          label="Category"
          options={CATEGORY_OPTIONS}
          value={draft.category}
          onChange={(category) =>
            setDraft((d) => ({ ...d, category: category as QuickFixDraft['category'] }))
          }
        />
        <TextInput
          label="Rooms (optional)"
          description="Comma-separated, as computers are enrolled; empty for every room."
          value={draft.rooms}
          onChange={(rooms) => setDraft((d) => ({ ...d, rooms }))}
        />
      </div>
      <TextInput
        label="What to try"
        description={`${draft.text.trim().length} of ${MAX_QUICK_FIX_CHARS} characters. Shown in the help window before someone asks.`}
        multiline
        value={draft.text}
        onChange={(text) => setDraft((d) => ({ ...d, text }))}
      />
      <fieldset className="quick-fix-platforms">
        <legend>Only on (none ticked: every system)</legend>
        {QUICK_FIX_PLATFORMS.map((platform) => (
          <CheckboxField
            key={platform}
            label={PLATFORM_LABELS[platform]}
            isSelected={draft.platforms.includes(platform)}
            onChange={(on) => togglePlatform(platform, on)}
          />
        ))}
      </fieldset>
      <p className="muted" role="status">
        {unknownRooms.length > 0 &&
          `No computer is enrolled into ${unknownRooms.map((n) => `“${n}”`).join(', ')} yet: check the room is written as on its enrollment token (capitals count).`}
      </p>
      <p className="form-error" role="alert">
        {error}
      </p>
      <div className="form-actions">
        <Button type="submit" className="button primary" isDisabled={busy}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button className="button" onPress={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </Form>
  );
}
