// The one message catalog of the tray app (main and window alike), and how a language is chosen.
import { en, type MessageKey } from './en.ts';
import { es } from './es.ts';
import type { Locale } from '../tray-api.ts';

export type { MessageKey };

/** Every language, complete: the catalog test checks that each has exactly the English keys. */
export const CATALOG: Record<Locale, Record<MessageKey, string>> = { en, es };

export const LOCALES: readonly Locale[] = ['en', 'es'];

/** Values for a message's `{placeholders}`. */
export type MessageParams = Record<string, string | number>;

const PLACEHOLDER = /\{(\w+)\}/g;

/** The `{placeholders}` a message uses, sorted. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '').sort();
}

/** The message in `locale`, with its placeholders filled in (an unknown one is left as written). */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  return CATALOG[locale][key].replace(PLACEHOLDER, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The first of the OS's preferred languages that the app speaks (`es-MX` → `es`); else English. */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const language = tag.toLowerCase().split(/[-_]/)[0];
    const match = LOCALES.find((locale) => locale === language);
    if (match) return match;
  }
  return 'en';
}
