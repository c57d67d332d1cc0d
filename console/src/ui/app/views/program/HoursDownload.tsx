import { Button } from 'react-aria-components';
import { serviceHoursFileName } from '@handraise/shared';
import { useCsvDownload } from '../../state/use-csv-download.ts';

type Props = { advisorId: string; displayName: string; query: string; label?: string };

/** Saves an advisor's service hours over the period as a spreadsheet (CSV) for course credit. */
export function HoursDownload({ advisorId, displayName, query, label }: Props) {
  const { busy, note, save } = useCsvDownload();
  const exportNow = () =>
    save(
      `/api/program/advisors/${encodeURIComponent(advisorId)}/hours.csv${query}`,
      serviceHoursFileName(displayName),
    );

  return (
    <>
      <span className={note?.failed ? 'inline-error' : 'sr-only'} role="status">
        {note?.text}
      </span>
      <Button
        className="button"
        isDisabled={busy}
        onPress={() => void exportNow()}
        // The visible words first, so a voice command naming them reaches the button.
        aria-label={label ? undefined : `Hours CSV of ${displayName}`}
      >
        {busy ? 'Exporting…' : (label ?? 'Hours CSV')}
      </Button>
    </>
  );
}
