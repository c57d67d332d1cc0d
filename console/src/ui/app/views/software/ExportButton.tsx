import { Button } from 'react-aria-components';
import { exportFileName, scopeQuery, type ScopeFilter } from '../../lib/software-scope.ts';
import { useCsvDownload } from '../../state/use-csv-download.ts';

/** Saves a spreadsheet of every computer × title that needs an update or can't be judged. */
export function ExportButton({ filter }: { filter: ScopeFilter }) {
  const { busy, note, save } = useCsvDownload();
  const exportNow = () =>
    save(`/api/software/export.csv${scopeQuery(filter)}`, exportFileName(filter));

  return (
    <>
      {/* Success is heard (the browser shows the download); a failure is also seen. */}
      <span className={note?.failed ? 'inline-error' : 'sr-only'} role="status">
        {note?.text}
      </span>
      <Button className="button" isDisabled={busy} onPress={() => void exportNow()}>
        {busy ? 'Exporting…' : 'Export CSV'}
      </Button>
    </>
  );
}
