// The picture that would go with the request: preview, "Blur part", "Don't send the picture".
import { useEffect, useRef, useState } from 'react';
import type { ScreenshotPreview } from '../../ipc/tray-api.ts';
import { useT } from '../i18n/i18n-context.tsx';
import { toImageBox, type Box, type Size } from '../preview-geometry.ts';
import { BlurOutlines } from './BlurOutlines.tsx';
import { BlurSelector } from './BlurSelector.tsx';

/** Where the picture stands: being taken, shown, impossible, or left out by the student. */
export type ShotState =
  | { kind: 'loading' }
  | { kind: 'ready'; preview: ScreenshotPreview }
  | { kind: 'none' }
  | { kind: 'dropped' };

export function ScreenshotPanel(props: {
  shot: ShotState;
  onBlur: (rect: Box) => Promise<void>;
  onDrop: () => void;
  onTake: () => void;
}) {
  const t = useT();
  const [blurring, setBlurring] = useState(false);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState('');
  const { shot } = props;
  // The button pressed ("Don't send the picture", "Add a picture…") goes away with the state it
  // changed: the focus moves on to what replaced it instead of falling to the page.
  const [moveFocus, setMoveFocus] = useState(false);
  const takeButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!moveFocus) return;
    setMoveFocus(false);
    if (shot.kind === 'dropped') takeButton.current?.focus();
    else heading.current?.focus();
  }, [moveFocus, shot.kind]);

  const blur = (box: Box, shown: Size) => {
    if (shot.kind !== 'ready') return;
    setBusy(true);
    setNote(t('shot.blurring'));
    props
      .onBlur(toImageBox(box, shown, shot.preview))
      .then(() => setNote(t('shot.blurred')))
      .catch(() => setNote(t('ask.failed')))
      .finally(() => setBusy(false));
  };

  return (
    <section id="shot" className="shot" aria-labelledby="shot-heading">
      <h2 id="shot-heading" className="section-label" ref={heading} tabIndex={-1}>
        {t('shot.heading')}
      </h2>
      {shot.kind === 'loading' && <p className="shot-message">{t('shot.loading')}</p>}
      {shot.kind === 'none' && <p className="shot-message">{t('shot.none')}</p>}
      {shot.kind === 'dropped' && (
        <div className="shot-message">
          <p id="shot-dropped">{t('shot.dropped')}</p>
          <button
            ref={takeButton}
            type="button"
            className="button secondary"
            aria-describedby="shot-dropped"
            onClick={() => {
              setMoveFocus(true);
              props.onTake();
            }}
          >
            {t('shot.take')}
          </button>
        </div>
      )}
      {shot.kind === 'ready' && (
        <>
          <div className={blurring ? 'shot-frame blurring' : 'shot-frame'}>
            <img
              className="shot-image"
              src={shot.preview.dataUrl}
              alt={t('shot.alt')}
              width={shot.preview.width}
              height={shot.preview.height}
              draggable={false}
            />
            <BlurOutlines
              blurred={shot.preview.blurred}
              width={shot.preview.width}
              height={shot.preview.height}
            />
            {blurring && (
              <BlurSelector busy={busy} number={shot.preview.blurred.length + 1} onSelect={blur} />
            )}
          </div>
          {blurring && (
            <p id="blur-help" className="hint">
              {t('shot.blurHelp')}
            </p>
          )}
          <p className="hint" role="status">
            {note}
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button secondary"
              aria-pressed={blurring}
              onClick={() => setBlurring((on) => !on)}
            >
              {blurring ? t('shot.blurStop') : t('shot.blur')}
            </button>
            <button
              type="button"
              className="button secondary"
              onClick={() => {
                setBlurring(false);
                setMoveFocus(true);
                props.onDrop();
              }}
            >
              {t('shot.drop')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
