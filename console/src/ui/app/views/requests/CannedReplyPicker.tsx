import { SelectField } from '../../components/fields/SelectField.tsx';
import { useCannedReplies } from './canned-replies-context.tsx';

/** The picker's resting choice: nothing inserted yet. */
const NONE = '';

/**
 * Inserts one of the coordinator's canned replies into the message being written, to be edited
 * before it is sent. A listbox (arrow keys, type-ahead), so it works without a mouse.
 */
export function CannedReplyPicker({ onPick }: { onPick: (text: string) => void }) {
  const { data } = useCannedReplies();
  if (!data || data.length === 0) return null;
  const options = [
    { id: NONE, label: 'Choose a reply…' },
    ...data.map((reply) => ({ id: reply.id, label: reply.title })),
  ];
  return (
    <SelectField
      className="canned-picker"
      label="Insert a canned reply"
      options={options}
      value={NONE}
      onChange={(id) => {
        const reply = data.find((r) => r.id === id);
        if (reply) onPick(reply.text);
      }}
    />
  );
}
