import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { CatalogEntry } from '@handraise/shared';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { hubMessage } from '../../lib/api.ts';
import { plural } from '../../lib/format.ts';
import { useHub } from '../../state/hub-context.ts';
import { useApiData } from '../../state/use-api-data.ts';
import { ImportBox, type ImportFormat } from './ImportBox.tsx';

/** The imported catalog: how many titles it lists, a new import, or none at all. */
export function CatalogSection() {
  const { api } = useHub();
  const catalog = useApiData<CatalogEntry[]>('/api/software/catalog');
  const [note, setNote] = useState('');

  const importCatalog = async (text: string, format: ImportFormat) => {
    const result = await api<{ count: number }>('/api/software/catalog', {
      method: 'PUT',
      body: { format, text },
    });
    catalog.reload();
    if (!result.ok) {
      setNote('');
      return (
        hubMessage(result) ??
        (result.error === 'too-large'
          ? 'The file is too large for one import.'
          : 'The catalog was not imported. Try again.')
      );
    }
    setNote(`Imported ${plural(result.data.count, 'title')}. The hub judges every computer again.`);
    return null;
  };

  const clear = async () => {
    const result = await api('/api/software/catalog', { method: 'DELETE' });
    setNote(result.ok ? 'The catalog is cleared.' : 'The catalog was not cleared. Try again.');
    catalog.reload();
  };

  const count = catalog.data?.length ?? 0;
  return (
    <section className="dialog-section" aria-labelledby="catalog-heading">
      <h3 id="catalog-heading">Catalog of latest versions</h3>
      <p className="muted">
        A list from your district or a vendor: each title with its latest version. Columns or
        fields: title, latestVersion, and optionally releaseDate, source and platform.
      </p>
      <p data-testid="catalog-count">
        {catalog.data === null
          ? catalog.error
            ? 'The hub did not send the catalog.'
            : 'Loading…'
          : count === 0
            ? 'No catalog imported. The hub compares computers with their own updates and with each other.'
            : `The catalog lists ${plural(count, 'title')}.`}
      </p>
      <p className="notice good" role="status" hidden={!note}>
        {note}
      </p>
      <ImportBox what="catalog" csv onImport={importCatalog} />
      {count > 0 && (
        <ConfirmDialog
          trigger={<Button className="button danger">Clear the catalog…</Button>}
          heading="Clear the catalog?"
          cancelLabel="Keep it"
          confirmLabel="Clear"
          onConfirm={clear}
        >
          The hub forgets its {plural(count, 'title')} and judges computers without them. You can
          import it again later.
        </ConfirmDialog>
      )}
    </section>
  );
}
