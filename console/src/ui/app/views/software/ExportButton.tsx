import { useState } from 'react';
import { Button } from 'react-aria-components';
import { downloadWithToken } from '../../lib/api.ts';
import { exportFileName, scopeQuery, type ScopeFilter } from '../../lib/software-scope.ts';
import { useHub } from '../../state/hub-context.ts';

/** Saves a spreadsheet of every computer × title that needs an update or can't be judged. */
export function ExportButton({ filter }: { filter: ScopeFilter }) {
  const { session } = useHub();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ text: string; failed: boolean } | null>(null);

  const save = async () => {
    setBusy(true);
    setNote(null);
    const name = exportFileName(filter);
    const saved = await downloadWithToken(
      `/api/software/export.csv${scopeQuery(filter)}`,
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
      {/* Success is heard (the browser shows the download); a failure is also seen. */}
      <span className={note?.failed ? 'inline-error' : 'sr-only'} role="status">
        {note?.text}
      </span>
      <Button className="button" isDisabled={busy} onPress={() => void save()}>
        {busy ? 'Exporting…' : 'Export CSV'}
      </Button>
    </>
  );
}
