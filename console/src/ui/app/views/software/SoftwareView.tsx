import { useCallback, useDeferredValue, useMemo } from 'react';
import { Button } from 'react-aria-components';
import type { SoftwareOverview, SoftwareTitleSummary } from '@handraise/shared';
import { useRouteParams } from '../../lib/route.ts';
import {
  filterTitles,
  softwareFilterFromParams,
  softwareFilterParams,
  statusCounts,
  type SoftwareFilter,
} from '../../lib/software-filters.ts';
import { scopeQuery, scopeSuffix } from '../../lib/software-scope.ts';
import { useHub } from '../../state/hub-context.ts';
import { useApiData } from '../../state/use-api-data.ts';
import { useSoftwareChanges } from '../../state/use-software-changes.ts';
import { CatalogDialog } from './CatalogDialog.tsx';
import { ExportButton } from './ExportButton.tsx';
import { RequireTitleDialog } from './RequireTitleDialog.tsx';
import { SoftwareFilters } from './SoftwareFilters.tsx';
import { SoftwareTable } from './SoftwareTable.tsx';
import { TitlePanel } from './TitlePanel.tsx';
import { headline } from './software-headline.ts';

/**
 * Which software needs updating, on how many computers, and why: the titles most behind first;
 * opening one shows its versions, its computers with the reasons, and what to do about it.
 */
export function SoftwareView({ titleKey }: { titleKey: string | null }) {
  const { user } = useHub();
  // The filters live in the address: a reload, Back from a device and a shared link keep them.
  const [params, setParams] = useRouteParams();
  const filter = useMemo(() => softwareFilterFromParams(params), [params]);
  const setFilter = useCallback(
    (next: SoftwareFilter) =>
      // Each key press in the search box rewrites the entry rather than adding one to history.
      setParams(softwareFilterParams(next), { replace: next.search !== filter.search }),
    [setParams, filter.search],
  );
  const query = scopeQuery(filter);
  const list = useApiData<SoftwareTitleSummary[]>(`/api/software${query}`);
  const overview = useApiData<SoftwareOverview>(`/api/software/overview${query}`);
  const { reload: reloadList } = list;
  const { reload: reloadOverview } = overview;
  const reload = useCallback(() => {
    reloadList();
    reloadOverview();
  }, [reloadList, reloadOverview]);
  useSoftwareChanges(reload);
  const deferredSearch = useDeferredValue(filter.search);
  const titles = list.data;
  const shown = useMemo(
    () => filterTitles(titles ?? [], filter.status, deferredSearch),
    [titles, filter.status, deferredSearch],
  );
  // " in Room 204", or nothing for the whole fleet.
  const where = scopeSuffix(filter);
  const isCoordinator = user.role === 'coordinator';

  let body;
  if (list.error && !titles) {
    body = (
      <div className="card empty">
        <p>The hub did not send the software list.</p>
        <Button className="button" onPress={list.reload}>
          Try again
        </Button>
      </div>
    );
  } else if (!titles) {
    body = <p className="card empty">Loading software…</p>;
  } else if (titles.length === 0) {
    body = (
      <div className="card empty center">
        <h2>No software reported{where} yet</h2>
        <p>Installed titles appear here once enrolled computers send their first inventory.</p>
      </div>
    );
  } else if (shown.length === 0) {
    body = (
      <div className="card empty center" data-testid="software-empty">
        {filter.search.trim() ? (
          <p>No title matches “{filter.search.trim()}”.</p>
        ) : filter.status === 'behind' ? (
          <>
            <h2>Nothing needs an update{where}</h2>
            <p>Every title the hub can judge is up to date. “All titles” lists everything.</p>
          </>
        ) : (
          <p>The hub can tell for every title{where}.</p>
        )}
      </div>
    );
  } else {
    body = <SoftwareTable titles={shown} selectedKey={titleKey} narrow={titleKey !== null} />;
  }

  return (
    <div className="page software-page">
      <header className="page-header">
        <div>
          <h1>Software</h1>
          <p className="subtitle" data-testid="software-headline">
            {titles ? headline(titles, overview.data, where) : 'Loading…'}
          </p>
        </div>
        <div className="actions">
          <ExportButton filter={filter} />
          {isCoordinator && <RequireTitleDialog onAdded={reload} />}
          {isCoordinator && <CatalogDialog />}
        </div>
      </header>
      <SoftwareFilters
        filter={filter}
        onChange={setFilter}
        counts={titles ? statusCounts(titles) : null}
        shown={titles ? shown.length : null}
      />
      {titleKey ? (
        <div className="software-layout">
          {body}
          <TitlePanel key={`${titleKey}${query}`} titleKey={titleKey} scope={filter} />
        </div>
      ) : (
        body
      )}
      {list.error && titles && (
        <p className="form-error" role="alert">
          The hub did not answer the last refresh; the list may be out of date.
        </p>
      )}
    </div>
  );
}
