import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { OsLifecycleTable } from '@handraise/shared';
import { hubMessage } from '../../lib/api.ts';
import { plural } from '../../lib/format.ts';
import { useHub } from '../../state/hub-context.ts';
import { useApiData } from '../../state/use-api-data.ts';
import { ImportBox } from './ImportBox.tsx';

type OsSupport = OsLifecycleTable & { imported: boolean };

/** When each operating-system release stops getting fixes: the built-in table or an import. */
export function OsSupportSection() {
  const { api } = useHub();
  const table = useApiData<OsSupport>('/api/software/os-lifecycle');
  const [note, setNote] = useState('');
  const data = table.data;

  const send = async (body: { text: string } | { reset: true }, done: string) => {
    const result = await api('/api/software/os-lifecycle', { method: 'PUT', body });
    table.reload();
    if (!result.ok) {
      setNote('');
      return hubMessage(result) ?? 'The table was not changed. Try again.';
    }
    setNote(done);
    return null;
  };

  return (
    <section className="dialog-section" aria-labelledby="os-support-heading">
      <h3 id="os-support-heading">Operating system support</h3>
      {data === null ? (
        <p>{table.error ? 'The hub did not send the table.' : 'Loading…'}</p>
      ) : (
        <>
          <p data-testid="os-support-as-of">
            {data.imported ? 'Imported table' : 'Built-in table'}, dated {data.asOf} ·{' '}
            {plural(data.entries.length, 'release')}
          </p>
          {data.entries.length > 0 && (
            <div
              className="table-scroll compact short"
              tabIndex={0}
              role="region"
              aria-label="Support end dates"
            >
              <table className="data-table auto">
                <thead>
                  <tr>
                    <th scope="col">Release</th>
                    <th scope="col">Support ends</th>
                    <th scope="col">Source</th>
                  </tr>
                </thead>
                <tbody>
                  {data.entries.map((e) => (
                    <tr key={`${e.osKey}-${e.release}-${e.edition ?? ''}`}>
                      <td>{e.release}</td>
                      <td className="nowrap">{e.endOfLife}</td>
                      <td className="muted">{e.source ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
      <p className="notice good" role="status" hidden={!note}>
        {note}
      </p>
      <ImportBox
        what="support table"
        csv={false}
        onImport={(text) => send({ text }, 'Imported. The hub judges every computer again.')}
      />
      {data?.imported && (
        <Button
          className="button"
          onPress={() => void send({ reset: true }, 'Back to the built-in table.')}
        >
          Use the built-in table again
        </Button>
      )}
    </section>
  );
}
