import type { DeviceTitleVerdict } from '@handraise/shared';
import { StatusPill } from '../../components/Pill.tsx';
import { ReasonList } from '../../components/ReasonList.tsx';
import { plural } from '../../lib/format.ts';
import { hrefFor } from '../../lib/route.ts';
import { isSecurity, versionChange } from '../../lib/software-labels.ts';
import type { ApiData } from '../../state/use-api-data.ts';

/** Needing an update first, a security fix before the rest, then by name. */
function sortTitles(titles: readonly DeviceTitleVerdict[]): DeviceTitleVerdict[] {
  const rank = (t: DeviceTitleVerdict) =>
    t.status === 'behind' ? (t.reasons.some(isSecurity) ? 0 : 1) : 2;
  return [...titles].sort(
    (a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, undefined, { numeric: true }),
  );
}

/** The titles on this computer that need an update or can't be judged, with the reasons. */
export function DeviceOutdated({ outdated }: { outdated: ApiData<DeviceTitleVerdict[]> }) {
  const titles = outdated.data;
  if (!titles) {
    return (
      <p className="card empty">
        {outdated.error
          ? 'The hub did not send what this computer needs. Try again in a moment.'
          : 'Loading…'}
      </p>
    );
  }
  if (titles.length === 0) {
    return (
      <p className="card empty" data-testid="device-outdated-empty">
        Everything on this computer is up to date, as far as the hub can tell.
      </p>
    );
  }
  const behind = titles.filter((t) => t.status === 'behind').length;
  return (
    <div className="page">
      <p className="muted" data-testid="device-outdated-summary">
        {plural(behind, 'title needs', 'titles need')} an update
        {titles.length > behind ? ` · the hub can't tell for ${titles.length - behind} more` : ''}
      </p>
      <ul className="card verdict-list" aria-label="Titles needing attention">
        {sortTitles(titles).map((t) => (
          <li key={t.key} data-title-key={t.key} data-status={t.status}>
            <div className="verdict-head">
              <a className="title" href={hrefFor('software', t.key)}>
                {t.name}
              </a>
              <StatusPill status={t.status} />
            </div>
            <p className="mono version-change">{versionChange(t.version, t.targetVersion)}</p>
            <ReasonList reasons={t.reasons} />
          </li>
        ))}
      </ul>
    </div>
  );
}
