// The bottom of "What is not working?", always in sight: exactly what leaves the computer (a small
// copy of the picture, blurred parts outlined) directly above Send, which says whether the picture
// goes with it.
import type { ShotState } from './ScreenshotPanel.tsx';
import { useT } from '../i18n/i18n-context.tsx';
import { BlurOutlines } from './BlurOutlines.tsx';

export function SendBar(props: {
  shot: ShotState;
  canSend: boolean;
  sending: boolean;
  /** Shows the full picture, where parts can be hidden or it can be left out. */
  onChangePicture: () => void;
}) {
  const t = useT();
  const { shot } = props;
  const withPicture = shot.kind === 'ready';
  const label = props.sending
    ? t('ask.sending')
    : t(withPicture ? 'ask.sendWithPicture' : 'ask.sendWithoutPicture');

  return (
    <div className="send-row">
      <section className="send-what" aria-label={t('send.heading')}>
        {shot.kind === 'ready' ? (
          <div className="send-thumb-frame">
            <img
              className="send-thumb"
              src={shot.preview.dataUrl}
              alt={t('send.thumbAlt')}
              draggable={false}
            />
            <BlurOutlines
              blurred={shot.preview.blurred}
              width={shot.preview.width}
              height={shot.preview.height}
            />
          </div>
        ) : (
          <div className="send-thumb-frame send-thumb-none" aria-hidden="true">
            <svg viewBox="0 0 48 48" fill="none" stroke="currentColor" strokeWidth="4">
              <rect x="6" y="10" width="36" height="28" rx="4" />
              <path d="M8 40L40 8" strokeLinecap="round" />
            </svg>
          </div>
        )}
        <div className="send-what-text">
          <p>
            {shot.kind === 'loading'
              ? t('shot.loading')
              : t(withPicture ? 'send.withPicture' : 'send.withoutPicture')}
          </p>
          {withPicture && shot.preview.blurred.length > 0 && (
            <p className="hint">{t('send.blurredParts')}</p>
          )}
          {withPicture && (
            <button type="button" className="link-button" onClick={props.onChangePicture}>
              {t('send.change')}
            </button>
          )}
        </div>
      </section>
      <div className="send-actions">
        <button
          type="submit"
          className="button primary big"
          disabled={!props.canSend || props.sending}
          aria-describedby={props.canSend ? undefined : 'ask-pick-first'}
        >
          {label}
        </button>
        {!props.canSend && (
          <p id="ask-pick-first" className="hint">
            {t('ask.pickFirst')}
          </p>
        )}
      </div>
    </div>
  );
}
