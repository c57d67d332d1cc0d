import type { Hotfix, PendingUpdate } from '@handraise/shared';
import { Pill } from '../../components/Pill.tsx';

/** Updates the device's own package managers offer, security ones first; installed KBs below. */
export function DeviceUpdates({
  updates,
  hotfixes,
}: {
  updates: PendingUpdate[];
  hotfixes: Hotfix[];
}) {
  const sorted = [...updates].sort(
    (a, b) =>
      Number(b.security ?? false) - Number(a.security ?? false) || a.name.localeCompare(b.name),
  );
  return (
    <div className="page">
      {sorted.length === 0 ? (
        <p className="card empty">This device reports no pending updates.</p>
      ) : (
        <div
          className="table-scroll compact"
          tabIndex={0}
          role="region"
          aria-label="Pending updates"
        >
          <table className="data-table">
            <caption className="sr-only">Pending updates</caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Installed</th>
                <th scope="col">Available</th>
                <th scope="col">From</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((u) => (
                <tr key={`${u.source}-${u.name}`}>
                  <td>
                    {u.name} {u.security && <Pill tone="bad">security</Pill>}
                    {/* The manager's own id, what its upgrade command takes; not when the name says it. */}
                    {u.id !== undefined && u.id !== u.name && (
                      <small className="muted mono" data-testid="update-package-id">
                        {' '}
                        {u.id}
                      </small>
                    )}
                  </td>
                  <td className="mono">{u.installedVersion ?? '—'}</td>
                  <td className="mono">{u.availableVersion}</td>
                  <td>{u.source}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {hotfixes.length > 0 && (
        <details>
          <summary>Installed Windows updates ({hotfixes.length})</summary>
          <p className="mono">{hotfixes.map((h) => h.id).join(', ')}</p>
        </details>
      )}
    </div>
  );
}
