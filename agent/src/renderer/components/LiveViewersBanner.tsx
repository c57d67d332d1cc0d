// Said to whoever sits at the computer, for as long as it lasts: a helper is watching this
// computer's live figures. What they can and cannot see is said too.
import type { LiveViewer } from '@handraise/shared';
import { useT } from '../i18n/i18n-context.tsx';

export function LiveViewersBanner({ viewers }: { viewers: LiveViewer[] }) {
  const t = useT();
  if (viewers.length === 0) return null;
  const names = viewers.map((v) => `${v.who} (${t(`about.as.${v.as}`)})`).join(', ');
  return (
    <div className="live-viewers" role="status" aria-live="polite" data-testid="live-viewers">
      <span className="live-dot" aria-hidden="true" />
      <p>
        <strong>
          {t(viewers.length === 1 ? 'live.watching.one' : 'live.watching.many', { names })}
        </strong>{' '}
        {t('live.watching.limits')}
      </p>
    </div>
  );
}
