// The one message catalog: every language complete, nothing empty, placeholders kept.
import { describe, expect, it } from 'vitest';
import { HELP_CATEGORIES } from '@handraise/shared';
import {
  CATALOG,
  LOCALES,
  pickLocale,
  placeholders,
  translate,
  type MessageKey,
} from '../../src/ipc/messages/catalog.ts';
import { TRAY_STATES } from '../../src/tray/tray-state.ts';

const englishKeys = Object.keys(CATALOG.en).sort();

describe('message catalog', () => {
  it.each(LOCALES)('%s has exactly the English keys', (locale) => {
    expect(Object.keys(CATALOG[locale]).sort()).toEqual(englishKeys);
  });

  it.each(LOCALES)('%s has no empty strings', (locale) => {
    const empty = Object.entries(CATALOG[locale]).filter(([, text]) => text.trim() === '');
    expect(empty).toEqual([]);
  });

  it.each(LOCALES)('%s uses the same placeholders as English in every message', (locale) => {
    for (const key of englishKeys as MessageKey[]) {
      expect({ key, placeholders: placeholders(CATALOG[locale][key]) }).toEqual({
        key,
        placeholders: placeholders(CATALOG.en[key]),
      });
    }
  });

  it('names every category and tray state the code can ask for', () => {
    for (const category of HELP_CATEGORIES)
      expect(CATALOG.en).toHaveProperty(`category.${category}`);
    for (const state of TRAY_STATES) expect(CATALOG.en).toHaveProperty(`tray.tooltip.${state}`);
  });

  it('fills placeholders and leaves unknown ones as written', () => {
    expect(translate('es', 'status.claimed', { name: 'Ana' })).toBe('Ana te está ayudando.');
    expect(translate('en', 'about.every', { hours: 4 })).toBe(
      'It checks the computer every 4 hours.',
    );
    expect(translate('en', 'status.claimed')).toBe('{name} is helping you.');
  });

  it("speaks the first of the OS's languages it knows, else English", () => {
    expect(pickLocale(['es-MX', 'en-US'])).toBe('es');
    expect(pickLocale(['fr-FR', 'es_ES'])).toBe('es');
    expect(pickLocale(['EN-gb'])).toBe('en');
    expect(pickLocale(['de-DE'])).toBe('en');
    expect(pickLocale([])).toBe('en');
  });
});
