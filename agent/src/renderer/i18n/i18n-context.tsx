// The window's language: one catalog (agent/src/ipc/messages), chosen by main from the OS.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { translate, type MessageKey, type MessageParams } from '../../ipc/messages/catalog.ts';
import type { Locale } from '../../ipc/tray-api.ts';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

const I18nContext = createContext<{ locale: Locale; t: Translate }>({
  locale: 'en',
  t: (key, params) => translate('en', key, params),
});

/** Gives every component below the strings of `locale`. */
export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(
    () => ({
      locale,
      t: (key: MessageKey, params?: MessageParams) => translate(locale, key, params),
    }),
    [locale],
  );
  return <I18nContext value={value}>{children}</I18nContext>;
}

/** The translate function for the window's language. */
export function useT(): Translate {
  return useContext(I18nContext).t;
}

/** The window's language (for dates and times). */
export function useLocale(): Locale {
  return useContext(I18nContext).locale;
}
