// After "This fixed it": nothing was sent, and the window says so kindly. Close ends here; the
// other way starts a new question.
import { useT } from '../i18n/i18n-context.tsx';
import { ViewHeading } from './ViewHeading.tsx';

export function QuickFixThanks(props: { onAskAgain: () => void }) {
  const t = useT();
  return (
    <div className="view quick-fix-thanks" role="status">
      <ViewHeading id="fixed-heading">{t('quickFix.thanksHeading')}</ViewHeading>
      <p>{t('quickFix.thanks')}</p>
      <div className="button-row">
        <button type="button" className="button primary big" onClick={() => window.close()}>
          {t('quickFix.close')}
        </button>
        <button type="button" className="button secondary" onClick={props.onAskAgain}>
          {t('quickFix.askOther')}
        </button>
      </div>
    </div>
  );
}
