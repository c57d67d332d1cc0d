// "What is not working?": category, then the school's quick fixes for it if there are any, then
// a few words, who asks, whether the class is stopped, the picture; and, always in sight at the
// bottom, what will be sent and Send.
import { useEffect, useState, type FormEvent } from 'react';
import type { HelpCategory } from '@handraise/shared';
import { MAX_REQUESTER_NAME_CHARS, type TrayApi, type TrayRequest } from '../../ipc/tray-api.ts';
import { useT } from '../i18n/i18n-context.tsx';
import { errorCode } from '../tray-api.ts';
import type { Box } from '../preview-geometry.ts';
import { useQuickFixes } from '../use-quick-fixes.ts';
import { CategoryPicker } from './CategoryPicker.tsx';
import { QuickFixStep } from './QuickFixStep.tsx';
import { QuickFixThanks } from './QuickFixThanks.tsx';
import { ScreenshotPanel, type ShotState } from './ScreenshotPanel.tsx';
import { SendBar } from './SendBar.tsx';
import { ViewHeading } from './ViewHeading.tsx';

export function AskView(props: { api: TrayApi; onSent: (request: TrayRequest) => void }) {
  const { api } = props;
  const t = useT();
  const [category, setCategory] = useState<HelpCategory | null>(null);
  const [text, setText] = useState('');
  // null until the remembered name is known: sending then leaves the remembered one as it is.
  const [name, setName] = useState<string | null>(null);
  const [urgent, setUrgent] = useState(false);
  const [shot, setShot] = useState<ShotState>({ kind: 'loading' });
  const [sending, setSending] = useState(false);
  const [error, setError] = useState('');
  const { step, stillNeedHelp } = useQuickFixes(api, category);
  const [fixed, setFixed] = useState(false);
  const [focusWords, setFocusWords] = useState(false);

  // "Still need help" removed the button that had the focus: the words come next.
  useEffect(() => {
    if (!focusWords || step.kind !== 'none') return;
    document.getElementById('ask-text')?.focus();
    setFocusWords(false);
  }, [focusWords, step.kind]);

  const take = () => {
    setShot({ kind: 'loading' });
    api.captureScreenshot().then(
      (preview) => setShot(preview ? { kind: 'ready', preview } : { kind: 'none' }),
      () => setShot({ kind: 'none' }),
    );
  };
  // The picture main took when the window opened (or a new one).
  useEffect(take, [api]);

  // The name this computer account gave last time: typed once, there from then on.
  useEffect(() => {
    let current = true;
    api.requesterName().then(
      (remembered) => current && setName((typed) => typed ?? remembered ?? ''),
      () => current && setName((typed) => typed ?? ''),
    );
    return () => {
      current = false;
    };
  }, [api]);

  const blur = async (rect: Box) => {
    const preview = await api.blurScreenshot(rect);
    setShot({ kind: 'ready', preview });
  };
  const drop = () => {
    setShot({ kind: 'dropped' });
    void api.dropScreenshot();
  };
  const showPicture = () => {
    const section = document.getElementById('shot');
    section?.scrollIntoView({ block: 'start' });
    section?.querySelector<HTMLButtonElement>('button')?.focus({ preventScroll: true });
  };

  const fixWorked = (fixId: string) => {
    // The hub counts it; nothing is sent. The thanks wait for the answer, not for its outcome.
    void api
      .fixWorked(fixId)
      .catch(() => undefined)
      .then(() => setFixed(true));
  };
  const passOn = () => {
    stillNeedHelp();
    setFocusWords(true);
  };

  const send = (event: FormEvent) => {
    event.preventDefault();
    if (!category || sending) return;
    setSending(true);
    setError('');
    // The text goes as typed: a trailing Enter is trimmed by the core, never a reason to refuse.
    api
      .ask({
        category,
        text,
        keepScreenshot: shot.kind === 'ready',
        ...(name === null ? {} : { requester: name.trim() }),
        urgent,
      })
      .then(props.onSent, (failure: unknown) => {
        const code = errorCode(failure);
        setError(
          code === 'too-large'
            ? t('ask.tooLarge')
            : code === 'rate-limited'
              ? t('ask.tooManyWaiting')
              : t('ask.failed'),
        );
        setSending(false);
      });
  };

  if (fixed)
    return (
      <QuickFixThanks
        onAskAgain={() => {
          setFixed(false);
          setCategory(null);
        }}
      />
    );

  return (
    <form className="view" onSubmit={send} aria-labelledby="ask-heading">
      <ViewHeading id="ask-heading">{t('ask.heading')}</ViewHeading>
      <CategoryPicker value={category} onChange={setCategory} />
      {step.kind === 'loading' && (
        <p className="hint" role="status">
          {t('quickFix.looking')}
        </p>
      )}
      {step.kind === 'offer' && (
        <QuickFixStep fixes={step.fixes} onFixed={fixWorked} onStillNeedHelp={passOn} />
      )}
      {step.kind === 'none' && (
        <>
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
          <div className="field">
            <label htmlFor="ask-name" className="section-label">
              {t('ask.nameLabel')}
            </label>
            <input
              id="ask-name"
              type="text"
              autoComplete="given-name"
              maxLength={MAX_REQUESTER_NAME_CHARS}
              value={name ?? ''}
              onChange={(event) => setName(event.target.value)}
              aria-describedby="ask-name-hint"
            />
            <p id="ask-name-hint" className="hint">
              {t('ask.nameHint')}
            </p>
          </div>
          <label className="check-card" data-checked={urgent}>
            <input
              type="checkbox"
              checked={urgent}
              onChange={(event) => setUrgent(event.target.checked)}
              aria-labelledby="ask-urgent-label"
              aria-describedby="ask-urgent-hint"
            />
            <span>
              <span id="ask-urgent-label" className="check-card-label">
                {t('ask.urgentLabel')}
              </span>
              <span id="ask-urgent-hint" className="hint">
                {t('ask.urgentHint')}
              </span>
            </span>
          </label>
          <ScreenshotPanel shot={shot} onBlur={blur} onDrop={drop} onTake={take} />
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
          <SendBar
            shot={shot}
            canSend={category !== null}
            sending={sending}
            onChangePicture={showPicture}
          />
        </>
      )}
    </form>
  );
}
