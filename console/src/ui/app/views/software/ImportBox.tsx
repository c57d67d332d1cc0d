import { useState } from 'react';
import { Button, FileTrigger } from 'react-aria-components';
import { SegmentedField } from '../../components/fields/SegmentedField.tsx';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { formatBytes } from '../../lib/format.ts';

export type ImportFormat = 'json' | 'csv';

type Props = {
  /** What is imported, for labels: "catalog", "support table". */
  what: string;
  /** Offer CSV beside JSON. */
  csv: boolean;
  /** Sends the text; resolves with the hub's error text, or null when it was taken. */
  onImport: (text: string, format: ImportFormat) => Promise<string | null>;
};

const FORMAT_OPTIONS = [
  { id: 'json' as const, label: 'JSON' },
  { id: 'csv' as const, label: 'CSV' },
];

/** A file or pasted text to import; the hub's row errors are shown as it wrote them. */
export function ImportBox({ what, csv, onImport }: Props) {
  const [file, setFile] = useState<{ name: string; size: number; text: string } | null>(null);
  const [pasted, setPasted] = useState('');
  const [format, setFormat] = useState<ImportFormat>('json');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const text = file?.text ?? pasted;

  const choose = async (files: FileList | null) => {
    const chosen = files?.[0];
    if (!chosen) return;
    // A big file stays out of the text box: it would only slow the page down.
    setFile({ name: chosen.name, size: chosen.size, text: await chosen.text() });
    if (csv) setFormat(/\.csv$/i.test(chosen.name) ? 'csv' : 'json');
    setError(null);
  };

  const send = async () => {
    setBusy(true);
    const problem = await onImport(text, csv ? format : 'json');
    setBusy(false);
    setError(problem);
    if (problem === null) {
      setFile(null);
      setPasted('');
    }
  };

  return (
    <div className="import-box">
      <div className="form-actions">
        <FileTrigger
          acceptedFileTypes={
            csv ? ['.json', '.csv', 'application/json', 'text/csv'] : ['.json', 'application/json']
          }
          onSelect={(files) => void choose(files)}
        >
          <Button className="button">Choose a file…</Button>
        </FileTrigger>
        {file && (
          <span className="muted">
            {file.name} ({formatBytes(file.size)}){' '}
            <Button className="button small quiet" onPress={() => setFile(null)}>
              Remove
            </Button>
          </span>
        )}
      </div>
      {!file && (
        <TextInput
          label={`Or paste the ${what} here`}
          multiline
          value={pasted}
          onChange={setPasted}
          className="mono-field"
        />
      )}
      {csv && (
        <SegmentedField
          label="Format"
          options={FORMAT_OPTIONS}
          value={format}
          onChange={setFormat}
        />
      )}
      {error && (
        <pre className="import-errors" role="alert">
          {error}
        </pre>
      )}
      <div className="form-actions">
        <Button
          className="button primary"
          isDisabled={busy || !text.trim()}
          onPress={() => void send()}
        >
          {busy ? 'Importing…' : `Import ${what}`}
        </Button>
      </div>
    </div>
  );
}
