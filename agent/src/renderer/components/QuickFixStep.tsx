// "Try this first": the school's quick fixes for the picked category, each with "This fixed it",
// and "Still need help", which goes on to the ask form with everything typed so far kept.
import { useState } from 'react';
import type { OfferedFix } from '@handraise/shared';
import { useT } from '../i18n/i18n-context.tsx';

export function QuickFixStep(props: {
  fixes: OfferedFix[];
  onFixed: (fixId: string) => void;
  onStillNeedHelp: () => void;
}) {
  const t = useT();
  // One answer: a second click while the first is on its way says nothing new.
  const [answered, setAnswered] = useState(false);
  const fixed = (fixId: string) => {
    if (answered) return;
    setAnswered(true);
    props.onFixed(fixId);
  };
  return (
    <section className="quick-fixes" aria-labelledby="quick-fixes-heading">
      <h2 id="quick-fixes-heading" className="section-label">
        {t('quickFix.heading')}
      </h2>
      <p className="hint">{t('quickFix.intro')}</p>
      <ul className="quick-fix-list">
        {props.fixes.map((fix) => (
          <li key={fix.id} className="quick-fix">
            <p id={`fix-${fix.id}`} className="quick-fix-text">
              {fix.text}
            </p>
            <button
              type="button"
              className="button good"
              aria-describedby={`fix-${fix.id}`}
              disabled={answered}
              onClick={() => fixed(fix.id)}
            >
              {t('quickFix.worked')}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button secondary big"
        disabled={answered}
        onClick={props.onStillNeedHelp}
      >
        {t('quickFix.stillNeedHelp')}
      </button>
    </section>
  );
}
