import { useDeferredValue, useMemo, useState } from 'react';
import type { PendingUpdate, SoftwareItem } from '@handraise/shared';
import { CheckboxField } from '../../components/fields/CheckboxField.tsx';
import { SearchInput } from '../../components/fields/SearchInput.tsx';
import { Pill } from '../../components/Pill.tsx';
import { formatCount } from '../../lib/format.ts';

/** Rows drawn at once; a search narrows a long Linux package list faster than scrolling. */
const MAX_ROWS = 500;

type Props = { software: SoftwareItem[]; updates: PendingUpdate[] };

/** Installed software, filterable; titles with a pending update are flagged with the new version. */
export function DeviceSoftware({ software, updates }: Props) {
  const [search, setSearch] = useState('');
  const [outdatedOnly, setOutdatedOnly] = useState(false);
  const deferred = useDeferredValue(search);
  const available = useMemo(
    () => new Map(updates.map((u) => [u.name.toLowerCase(), u.availableVersion])),
    [updates],
  );
  const shown = useMemo(() => {
    const words = deferred.trim().toLowerCase();
    return software.filter(
      (s) =>
        (!outdatedOnly || available.has(s.name.toLowerCase())) &&
        (!words || `${s.name} ${s.publisher ?? ''}`.toLowerCase().includes(words)),
    );
  }, [software, deferred, outdatedOnly, available]);

  return (
    <div className="page">
      <div className="toolbar" role="search" aria-label="Filter installed software">
        <SearchInput label="Filter software" value={search} onChange={setSearch} />
        <CheckboxField
          label="Only titles with an update"
          isSelected={outdatedOnly}
          onChange={setOutdatedOnly}
        />
        <p className="result-count" role="status">
          {formatCount(shown.length)} of {formatCount(software.length)}
        </p>
      </div>
      <div
        className="table-scroll compact"
        tabIndex={0}
        role="region"
        aria-label="Installed software"
      >
        <table className="data-table">
          <caption className="sr-only">Installed software</caption>
          <thead>
            <tr>
              <th scope="col" className="col-title">
                Title
              </th>
              <th scope="col">Version</th>
              <th scope="col">Update available</th>
              <th scope="col">Publisher</th>
              <th scope="col" className="col-source">
                Source
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, MAX_ROWS).map((s, i) => {
              const newer = available.get(s.name.toLowerCase());
              return (
                <tr key={`${s.name}-${s.version}-${i}`}>
                  <td title={s.name}>{s.name}</td>
                  <td className="mono" title={s.version}>
                    {s.version}
                  </td>
                  <td>{newer && <Pill tone="warn">{newer}</Pill>}</td>
                  <td title={s.publisher}>{s.publisher ?? ''}</td>
                  <td className="col-source">{s.source}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {shown.length > MAX_ROWS && (
        <p className="muted">
          Showing the first {MAX_ROWS}; type in the filter to find the others.
        </p>
      )}
    </div>
  );
}
