import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { SoftwareTitle } from '@handraise/shared';
import { Card } from '../../components/Card.tsx';
import { SearchInput } from '../../components/fields/SearchInput.tsx';
import { SelectField } from '../../components/fields/SelectField.tsx';
import { formatCount } from '../../lib/format.ts';
import { useHub } from '../../state/hub-context.ts';
import { SoftwareTable } from './SoftwareTable.tsx';
import { VersionsCard } from './VersionsCard.tsx';

type SortKey = 'devices' | 'name' | 'versions';
const SORT_OPTIONS: { id: SortKey; label: string }[] = [
  { id: 'devices', label: 'Most devices' },
  { id: 'versions', label: 'Most versions' },
  { id: 'name', label: 'Name' },
];

const COMPARE: Record<SortKey, (a: SoftwareTitle, b: SoftwareTitle) => number> = {
  devices: (a, b) => b.deviceCount - a.deviceCount || a.name.localeCompare(b.name),
  versions: (a, b) => b.versions.length - a.versions.length || b.deviceCount - a.deviceCount,
  name: (a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }),
};

/**
 * Every title installed in the fleet, with its versions and how many devices run each. Which
 * devices are behind, and why, comes with the verdict engine; until then, versions and counts.
 */
export function SoftwareView() {
  const { api } = useHub();
  const [titles, setTitles] = useState<SoftwareTitle[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<SortKey>('devices');
  const [selected, setSelected] = useState<string | null>(null);
  const deferred = useDeferredValue(search);

  useEffect(() => {
    let current = true;
    void api<SoftwareTitle[]>('/api/software').then((result) => {
      if (!current) return;
      if (result.ok) setTitles(result.data);
      else setFailed(true);
    });
    return () => {
      current = false;
    };
  }, [api]);

  const shown = useMemo(() => {
    const words = deferred.trim().toLowerCase();
    const list = (titles ?? []).filter(
      (t) => !words || `${t.name} ${t.publisher ?? ''}`.toLowerCase().includes(words),
    );
    return list.sort(COMPARE[sort]);
  }, [titles, deferred, sort]);
  const current = titles?.find((t) => t.name === selected) ?? null;

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>Software</h1>
          <p className="subtitle">
            {titles
              ? `${formatCount(titles.length)} titles installed across the fleet`
              : 'Loading…'}
          </p>
        </div>
      </header>
      <div className="toolbar" role="search" aria-label="Filter software">
        <SearchInput
          label="Search titles"
          placeholder="Firefox, Office…"
          value={search}
          onChange={setSearch}
        />
        <SelectField
          label="Sort by"
          options={SORT_OPTIONS}
          value={sort}
          onChange={(v) => setSort(v as SortKey)}
        />
        <p className="result-count" role="status">
          {formatCount(shown.length)} shown
        </p>
      </div>
      {failed ? (
        <p className="card empty">The hub did not answer. Reload the page to try again.</p>
      ) : titles && titles.length === 0 ? (
        <div className="card empty center">
          <h2>No software reported yet</h2>
          <p>Installed titles appear here once enrolled computers send their first inventory.</p>
        </div>
      ) : (
        <div className="requests-layout software-layout">
          <SoftwareTable titles={shown} selected={selected} onSelect={setSelected} />
          {current ? (
            <VersionsCard title={current} />
          ) : (
            <Card title="Versions" id="versions-title">
              <p className="muted">
                Pick a title to see its versions and how many devices run each.
              </p>
            </Card>
          )}
        </div>
      )}
    </div>
  );
}
