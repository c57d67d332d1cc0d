import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { SoftwareSource, SoftwareTitleDetail, TitleOverride } from '@handraise/shared';
import { Card } from '../../components/Card.tsx';
import { hubMessage } from '../../lib/api.ts';
import { formatDateTime, plural } from '../../lib/format.ts';
import { SOURCE_LABELS } from '../../lib/software-labels.ts';
import { useHub } from '../../state/hub-context.ts';
import { MergeDialog } from './MergeDialog.tsx';

/** A correction in words: what was merged or split, into which title. */
function overrideText(o: TitleOverride): string {
  return o.source
    ? `${SOURCE_LABELS[o.source]} copies of “${o.fromKey}” are their own title, ${o.intoName}`
    : `“${o.fromKey}” counts as ${o.intoName}`;
}

type Props = { detail: SoftwareTitleDetail; onChanged: () => void };

/**
 * The names computers report this title under. When the hub grouped wrongly, the coordinator
 * merges two titles into one or splits one source's copies out; each correction can be undone.
 */
export function IdentityCard({ detail, onChanged }: Props) {
  const { api, user } = useHub();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const isCoordinator = user.role === 'coordinator';
  const sources = [...new Set(detail.names.map((n) => n.source))];

  const run = async (path: string, init: { method?: string; body?: unknown }) => {
    setBusy(true);
    const result = await api(path, init);
    setBusy(false);
    setError(result.ok ? '' : (hubMessage(result) ?? 'That did not work. Try again.'));
    onChanged();
  };
  const split = (source: SoftwareSource) =>
    run('/api/software/splits', { body: { key: detail.key, source } });
  const undo = (o: TitleOverride) =>
    run(`/api/software/overrides/${encodeURIComponent(o.id)}`, { method: 'DELETE' });

  return (
    <Card title="Names" id="title-names-heading">
      <ul className="list compact-list" aria-label="Names reported">
        {detail.names.map((n) => (
          <li key={`${n.source}-${n.name}`}>
            <div className="grow">
              <p className="title">{n.name}</p>
              <p className="sub">
                {SOURCE_LABELS[n.source]}
                {n.deviceCount > 0 ? ` · ${plural(n.deviceCount, 'computer')}` : ''}
              </p>
            </div>
          </li>
        ))}
      </ul>
      {isCoordinator && (
        <div className="form-actions">
          <MergeDialog detail={detail} />
          {/* Splitting the only source would just rename the title. */}
          {sources.length > 1 &&
            sources.map((source) => (
              <Button
                key={source}
                className="button"
                isDisabled={busy}
                onPress={() => void split(source)}
              >
                Split {SOURCE_LABELS[source]} out
              </Button>
            ))}
        </div>
      )}
      {detail.overrides.length > 0 && (
        <>
          <h3 className="subheading">Corrections</h3>
          <ul className="list compact-list" data-testid="title-overrides">
            {detail.overrides.map((o) => (
              <li key={o.id}>
                <div className="grow">
                  <p className="title">{overrideText(o)}</p>
                  <p className="sub">Since {formatDateTime(o.createdAt)}</p>
                </div>
                {isCoordinator && (
                  <Button
                    className="button small"
                    isDisabled={busy}
                    aria-label={`Undo: ${overrideText(o)}`}
                    onPress={() => void undo(o)}
                  >
                    Undo
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="form-error" role="alert">
        {error}
      </p>
    </Card>
  );
}
