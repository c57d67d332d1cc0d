import { useMemo, useState } from 'react';
import {
  Button,
  ComboBox,
  Heading,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
} from 'react-aria-components';
import type { SoftwareTitleDetail, SoftwareTitleSummary } from '@handraise/shared';
import { ChevronDownIcon } from '../../components/icons.tsx';
import { ModalDialog } from '../../components/ModalDialog.tsx';
import { hubMessage } from '../../lib/api.ts';
import { plural } from '../../lib/format.ts';
import { navigate } from '../../lib/route.ts';
import { useHub } from '../../state/hub-context.ts';
import { useApiData } from '../../state/use-api-data.ts';

/** Titles offered at once; typing narrows thousands of packages to these. */
const MAX_OPTIONS = 50;

/** The picker and the confirmation, mounted only while the dialog is open. */
function MergeForm({ detail, close }: { detail: SoftwareTitleDetail; close: () => void }) {
  const { api } = useHub();
  // Every title in the fleet: the one to merge into may be installed outside the chosen room.
  const all = useApiData<SoftwareTitleSummary[]>('/api/software');
  const [text, setText] = useState('');
  const [intoKey, setIntoKey] = useState<string | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const options = useMemo(() => {
    const words = text.trim().toLowerCase();
    return (all.data ?? [])
      .filter((t) => t.key !== detail.key)
      .filter((t) => !words || `${t.name} ${t.publisher ?? ''}`.toLowerCase().includes(words))
      .slice(0, MAX_OPTIONS);
  }, [all.data, text, detail.key]);
  const into = all.data?.find((t) => t.key === intoKey);

  const merge = async () => {
    if (!into) return;
    setBusy(true);
    const result = await api('/api/software/merges', {
      body: { fromKey: detail.key, intoKey: into.key },
    });
    setBusy(false);
    if (!result.ok) {
      setError(hubMessage(result) ?? 'The titles were not merged. Try again.');
      return;
    }
    close();
    // This title is now part of the other one: show that one.
    navigate('software', into.key);
  };

  return (
    <>
      <Heading slot="title">Merge {detail.name} into another title</Heading>
      <p>
        When two entries are the same program under different names, merge them: every computer
        reporting {detail.name} then counts as the other title. You can undo it later.
      </p>
      <ComboBox
        className="field"
        items={options}
        inputValue={text}
        onInputChange={setText}
        selectedKey={intoKey}
        onSelectionChange={(key) => setIntoKey(key === null ? null : String(key))}
        menuTrigger="focus"
        autoFocus
      >
        <Label>Title to merge into</Label>
        <div className="combo-input">
          <Input placeholder={all.data ? 'Type a name' : 'Loading titles…'} />
          <Button className="button quiet icon-only" aria-label="Show titles">
            <ChevronDownIcon size={16} />
          </Button>
        </div>
        <Popover className="popover">
          <ListBox className="listbox">
            {(t: SoftwareTitleSummary) => (
              <ListBoxItem id={t.key} className="listbox-item" textValue={t.name}>
                <span>{t.name}</span>
                <span className="muted">{plural(t.deviceCount, 'computer')}</span>
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
      <p className="form-error" role="alert">
        {error}
      </p>
      <div className="dialog-actions">
        <Button className="button" onPress={close}>
          Cancel
        </Button>
        <Button className="button primary" isDisabled={!into || busy} onPress={() => void merge()}>
          {into ? `Merge into ${into.name}` : 'Merge'}
        </Button>
      </div>
    </>
  );
}

/** "Merge into…": the coordinator says this title and another one are one program. */
export function MergeDialog({ detail }: { detail: SoftwareTitleDetail }) {
  return (
    <ModalDialog trigger={<Button className="button">Merge into…</Button>}>
      {({ close }) => <MergeForm detail={detail} close={close} />}
    </ModalDialog>
  );
}
