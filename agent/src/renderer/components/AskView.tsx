// "What is not working?": category, a few words, the picture, Send.
import { useEffect, useState, type FormEvent } from 'react';
import type { HelpCategory } from '@handraise/shared';
import type { TrayApi, TrayRequest } from '../../ipc/tray-api.ts';
import { useT } from '../i18n/i18n-context.tsx';
import { errorCode } from '../tray-api.ts';
import type { Box } from '../preview-geometry.ts';
import { CategoryPicker } from './CategoryPicker.tsx';
import { ScreenshotPanel, type ShotState } from './ScreenshotPanel.tsx';
import { ViewHeading } from './ViewHeading.tsx';

export function AskView(props: { api: TrayApi; onSent: (request: TrayRequest) => void }) {
  const { api } = props;
  const t = useT();
  const [category, setCategory] = useState<HelpCategory | null>(null);
  const [text, setText] = useState('');
  const [shot, setShot] = useState<ShotState>({ kind: 'loading' });
  const [sending, setSending] = useState(false);
  const [error, setError] = useState('');

  const take = () => {
    setShot({ kind: 'loading' });
    api.captureScreenshot().then(
      (preview) => setShot(preview ? { kind: 'ready', preview } : { kind: 'none' }),
      () => setShot({ kind: 'none' }),
    );
  };
  // The picture main took when the window opened (or a new one).
  useEffect(take, [api]);

  const blur = async (rect: Box) => {
    const preview = await api.blurScreenshot(rect);
    setShot({ kind: 'ready', preview });
  };
  const drop = () => {
    setShot({ kind: 'dropped' });
    void api.dropScreenshot();
  };

  const send = (event: FormEvent) => {
    event.preventDefault();
    if (!category || sending) return;
    setSending(true);
    setError('');
    // The text goes as typed: a trailing Enter is trimmed by the core, never a reason to refuse.
    api
      .ask({ category, text, keepScreenshot: shot.kind === 'ready' })
      .then(props.onSent, (failure: unknown) => {
        setError(errorCode(failure) === 'too-large' ? t('ask.tooLarge') : t('ask.failed'));
        setSending(false);
      });
  };

  return (
    <form className="view" onSubmit={send} aria-labelledby="ask-heading">
      <ViewHeading id="ask-heading">{t('ask.heading')}</ViewHeading>
      <CategoryPicker value={category} onChange={setCategory} />
      <div className="field">
        <label htmlFor="ask-text" className="section-label">
          {t('ask.textLabel')}
        </label>
        {/* A textarea: Enter makes a new line and never sends; Send is the button below. */}
        <textarea
          id="ask-text"
          rows={3}
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-describedby="ask-text-hint"
        />
        <p id="ask-text-hint" className="hint">
          {t('ask.textHint')}
        </p>
      </div>
      <ScreenshotPanel shot={shot} onBlur={blur} onDrop={drop} onTake={take} />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="send-row">
        <button
          type="submit"
          className="button primary big"
          disabled={!category || sending}
          aria-describedby={category ? undefined : 'ask-pick-first'}
        >
          {sending ? t('ask.sending') : t('ask.send')}
        </button>
        {!category && (
          <p id="ask-pick-first" className="hint">
            {t('ask.pickFirst')}
          </p>
        )}
      </div>
    </form>
  );
}
