import type { AgentVersionsSummary } from '@handraise/shared';
import { Card } from '../../components/Card.tsx';
import { Pill } from '../../components/Pill.tsx';
import { formatCount, formatDateTime } from '../../lib/format.ts';
import { hrefFor } from '../../lib/route.ts';
import { useApiData } from '../../state/use-api-data.ts';
import {
  isVersionKnown,
  platformLabel,
  RESULT_LABELS,
  versionsSummaryText,
} from './agent-versions-labels.ts';

/** Where the hub answers the fleet's agent versions (not student advisors). */
export const AGENT_VERSIONS_PATH = '/api/agent-versions';

const TABLE_TITLE_ID = 'agent-versions-table-title';
const PROBLEMS_TITLE_ID = 'agent-versions-problems-title';

/**
 * Which Handraise agent versions the school's computers run, which are behind the release the
 * hub offers, and where an update did not go through (refused or rolled back): beside the
 * agents' footprint, since both are about Handraise's own agent across the fleet.
 */
export function AgentVersionsCard() {
  const versions = useApiData<AgentVersionsSummary>(AGENT_VERSIONS_PATH);
  return (
    <Card title="Agent versions" id="agent-versions">
      {versions.error ? (
        <p className="summary" role="status">
          The hub did not say which agents run. Try again in a moment.
        </p>
      ) : !versions.data ? (
        <p className="summary" role="status">
          Loading…
        </p>
      ) : (
        <Versions summary={versions.data} />
      )}
    </Card>
  );
}

function Versions({ summary }: { summary: AgentVersionsSummary }) {
  return (
    <>
      <p className="summary" data-testid="agent-versions-summary">
        {versionsSummaryText(summary)}
      </p>
      {summary.offered.length > 0 && (
        <p className="summary" data-testid="agent-versions-offered">
          Offered:{' '}
          {summary.offered
            .map((o) => `${o.version} for ${platformLabel(o.platform)} (${o.arch})`)
            .join(', ')}
          .
        </p>
      )}
      {summary.versions.length > 0 && (
        <>
          <h3 id={TABLE_TITLE_ID} className="overview-subheading">
            Versions in use
          </h3>
          <table className="data-table auto stack-table" aria-labelledby={TABLE_TITLE_ID}>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">System</th>
                <th scope="col" className="numeric">
                  Computers
                </th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {summary.versions.map((row) => (
                <tr key={`${row.version}/${row.platform}`}>
                  <td data-label="Version">{row.version}</td>
                  <td data-label="System">{platformLabel(row.platform)}</td>
                  <td data-label="Computers" className="numeric">
                    {formatCount(row.devices)}
                  </td>
                  <td data-label="Status">
                    {isVersionKnown(row) ? (
                      row.behind ? (
                        <Pill tone="warn">Behind</Pill>
                      ) : (
                        <Pill tone="good">Current</Pill>
                      )
                    ) : (
                      <Pill tone="neutral">Not known yet</Pill>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {summary.problems.length > 0 && (
        <>
          <h3 id={PROBLEMS_TITLE_ID} className="overview-subheading">
            Updates that did not go through
          </h3>
          <table className="data-table auto stack-table" aria-labelledby={PROBLEMS_TITLE_ID}>
            <thead>
              <tr>
                <th scope="col">Computer</th>
                <th scope="col">Version</th>
                <th scope="col">What happened</th>
                <th scope="col">When</th>
              </tr>
            </thead>
            <tbody>
              {summary.problems.map((p) => (
                <tr key={p.deviceId}>
                  <td>
                    <a href={hrefFor('devices', p.deviceId)}>{p.deviceName}</a>
                  </td>
                  <td data-label="Version">{p.version}</td>
                  <td data-label="What happened">
                    {RESULT_LABELS[p.result]}
                    {p.detail && <span className="muted"> ({p.detail})</span>}
                  </td>
                  <td data-label="When">{formatDateTime(p.at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
