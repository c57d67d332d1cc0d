import type { SoftwareTitle } from '@handraise/shared';
import { Card } from '../../components/Card.tsx';
import { formatCount, plural } from '../../lib/format.ts';

/** Versions of one title, most widespread first, as bars of device counts. */
export function VersionsCard({ title }: { title: SoftwareTitle }) {
  const max = Math.max(1, ...title.versions.map((v) => v.deviceCount));
  return (
    <Card
      title={title.name}
      id="versions-title"
      hint={`${plural(title.deviceCount, 'device')} · ${plural(title.versions.length, 'version')}`}
    >
      {title.publisher && <p className="muted">{title.publisher}</p>}
      <ul className="version-bars list-plain" aria-label={`Versions of ${title.name}`}>
        {title.versions.map((v) => (
          <li className="version-bar" key={v.version}>
            <span className="mono" title={v.version}>
              {v.version || '(no version)'}
            </span>
            <span className="track" aria-hidden="true">
              <span className="fill" style={{ width: `${(v.deviceCount / max) * 100}%` }} />
            </span>
            <span className="num">{formatCount(v.deviceCount)}</span>
          </li>
        ))}
      </ul>
      <p className="muted">
        Which of these are behind, and why, will show here once the hub judges versions.
      </p>
    </Card>
  );
}
