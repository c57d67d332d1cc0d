import type { Platform, SoftwareTitleDetail, TitleVersionCount } from '@handraise/shared';
import { Card } from '../../components/Card.tsx';
import { Pill } from '../../components/Pill.tsx';
import { formatCount, plural } from '../../lib/format.ts';
import { PLATFORM_LABELS } from '../../lib/labels.ts';

/** The versions of each system, newest first as the hub ordered them. */
function byPlatform(versions: readonly TitleVersionCount[]): [Platform, TitleVersionCount[]][] {
  const groups = new Map<Platform, TitleVersionCount[]>();
  for (const v of versions) {
    const list = groups.get(v.platform) ?? [];
    list.push(v);
    groups.set(v.platform, list);
  }
  for (const list of groups.values()) {
    list.sort((a, b) => Number(b.newest) - Number(a.newest));
  }
  return [...groups.entries()];
}

/** How many computers run each version, per system, with the newest marked. */
export function VersionSpread({ detail }: { detail: SoftwareTitleDetail }) {
  const groups = byPlatform(detail.versions);
  const max = Math.max(1, ...detail.versions.map((v) => v.deviceCount));
  return (
    <Card
      title="Versions"
      id="title-versions-heading"
      hint={plural(detail.versions.length, 'version')}
    >
      {groups.map(([platform, versions]) => (
        <div key={platform} className="version-group">
          <h3 id={`versions-${platform}`}>{PLATFORM_LABELS[platform]}</h3>
          <ul className="version-bars list-plain" aria-labelledby={`versions-${platform}`}>
            {versions.map((v) => (
              <li className="version-bar" key={v.version} data-newest={v.newest}>
                <span className="mono" title={v.version}>
                  {v.version || '(no version)'}
                </span>
                <span className="track" aria-hidden="true">
                  <span
                    className={v.newest ? 'fill latest' : 'fill'}
                    style={{ width: `${(v.deviceCount / max) * 100}%` }}
                  />
                </span>
                <span className="num">
                  {formatCount(v.deviceCount)}
                  <span className="sr-only"> computers</span>
                </span>
                {v.newest && <Pill tone="good">Newest</Pill>}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {detail.catalog.length > 0 && (
        <ul className="list-plain catalog-lines">
          {detail.catalog.map((entry) => (
            <li key={`${entry.titleKey}-${entry.platform ?? 'any'}`}>
              The catalog lists <span className="mono">{entry.latestVersion}</span> as the latest
              {entry.platform ? ` for ${PLATFORM_LABELS[entry.platform]}` : ''}
              {entry.releaseDate ? `, released ${entry.releaseDate}` : ''}
              {entry.source ? ` (${entry.source})` : ''}.
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
