import { useState } from 'react';
import { Button } from 'react-aria-components';
import { serviceHoursFileName } from '@handraise/shared';
import { downloadWithToken } from '../../lib/api.ts';
import { useHub } from '../../state/hub-context.ts';

type Props = { advisorId: string; displayName: string; query: string; label?: string };

/** Saves an advisor's service hours over the period as a spreadsheet (CSV) for course credit. */
export function HoursDownload({ advisorId, displayName, query, label }: Props) {
  const { session } = useHub();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ text: string; failed: boolean } | null>(null);

  const save = async () => {
    setBusy(true);
    setNote(null);
    const name = serviceHoursFileName(displayName);
    const saved = await downloadWithToken(
      `/api/program/advisors/${encodeURIComponent(advisorId)}/hours.csv${query}`,
      session.token,
      name,
    );
    setBusy(false);
    setNote(
      saved
        ? { text: `Saved ${name}.`, failed: false }
        : { text: 'The export did not work. Try again.', failed: true },
    );
  };

  return (
    <>
      <span className={note?.failed ? 'inline-error' : 'sr-only'} role="status">
        {note?.text}
      </span>
      <Button
        className="button"
        isDisabled={busy}
        onPress={() => void save()}
        // The visible words first, so a voice command naming them reaches the button.
        aria-label={label ? undefined : `Hours CSV of ${displayName}`}
      >
        {busy ? 'Exporting…' : (label ?? 'Hours CSV')}
      </Button>
    </>
  );
}
