import { Link } from 'react-aria-components';
import type { SoftwareTitleDetail } from '@handraise/shared';
import { CloseIcon } from '../../components/icons.tsx';
import { Pill } from '../../components/Pill.tsx';
import { formatCount, plural } from '../../lib/format.ts';
import { PLATFORM_LABELS } from '../../lib/labels.ts';
import { hrefFor, useRouteParams } from '../../lib/route.ts';
import { scopeQuery, scopeSuffix, type ScopeFilter } from '../../lib/software-scope.ts';
import { useHub } from '../../state/hub-context.ts';
import { useApiData } from '../../state/use-api-data.ts';
import { useSoftwareChanges } from '../../state/use-software-changes.ts';
import { IdentityCard } from './IdentityCard.tsx';
import { MakeTaskDialog } from './MakeTaskDialog.tsx';
import { PoliciesCard } from './PoliciesCard.tsx';
import { TitleDevices } from './TitleDevices.tsx';
import { VersionSpread } from './VersionSpread.tsx';

type Props = { titleKey: string; scope: ScopeFilter };

/** The numbers of one title as pills: what needs doing first, what is fine last. */
function TitleCounts({ detail }: { detail: SoftwareTitleDetail }) {
  const current = detail.deviceCount - detail.behindCount - detail.unknownCount;
  return (
    <p className="pill-row" data-testid="title-counts">
      <Pill tone={detail.behindCount > 0 ? 'warn' : 'neutral'}>
        {formatCount(detail.behindCount)} need update
      </Pill>
      {detail.securityCount > 0 && (
        <Pill tone="bad">{formatCount(detail.securityCount)} with a security fix waiting</Pill>
      )}
      {detail.unknownCount > 0 && (
        <Pill tone="neutral">{formatCount(detail.unknownCount)} can&rsquo;t tell</Pill>
      )}
      <Pill tone={current > 0 ? 'good' : 'neutral'}>
        {formatCount(Math.max(0, current))} up to date
      </Pill>
    </p>
  );
}

/** One title: its computers and why each needs an update, its versions, and what to do about it. */
export function TitlePanel({ titleKey, scope }: Props) {
  // Opening a title, or going back to the list, keeps the filters of the address.
  const [params] = useRouteParams();
  const { user } = useHub();
  const detail = useApiData<SoftwareTitleDetail>(
    `/api/software/${encodeURIComponent(titleKey)}${scopeQuery(scope)}`,
  );
  useSoftwareChanges(detail.reload, titleKey);
  const isCoordinator = user.role === 'coordinator';
  const data = detail.data;

  if (!data) {
    return (
      <div className="card empty" data-testid="title-panel">
        {detail.error === 'not-found' ? (
          <p>This title is not installed on any computer{scopeSuffix(scope)}.</p>
        ) : detail.error ? (
          <p>The hub did not send this title. Try again in a moment.</p>
        ) : (
          <p>Loading the title…</p>
        )}
        <a href={hrefFor('software', null, params)}>Back to the list</a>
      </div>
    );
  }

  return (
    <article className="detail title-panel" aria-labelledby="title-name" data-testid="title-panel">
      <section className="card detail-head">
        <div className="title-head">
          <h2 id="title-name">{data.name}</h2>
          <Link
            className="button quiet icon-only"
            href={hrefFor('software', null, params)}
            aria-label={`Close ${data.name}`}
          >
            <CloseIcon size={16} />
          </Link>
        </div>
        <p className="meta">
          {[data.publisher, data.platforms.map((p) => PLATFORM_LABELS[p]).join(', ')]
            .filter(Boolean)
            .join(' · ')}
          {' · '}
          {plural(data.deviceCount, 'computer')}
          {scopeSuffix(scope)}
        </p>
        <TitleCounts detail={data} />
        {isCoordinator && (
          <div className="form-actions">
            <MakeTaskDialog detail={data} scope={scope} />
          </div>
        )}
      </section>
      <TitleDevices detail={data} />
      <VersionSpread detail={data} />
      <PoliciesCard detail={data} onChanged={detail.reload} />
      <IdentityCard detail={data} onChanged={detail.reload} />
    </article>
  );
}
