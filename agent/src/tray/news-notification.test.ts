import { describe, expect, it } from 'vitest';
import type { TrayMessage } from '../ipc/tray-api.ts';
import { NOTIFICATION_BODY_MAX_CHARS, newsNotification } from './news-notification.ts';

const message = (overrides: Partial<TrayMessage>): TrayMessage => ({
  id: 'm',
  at: '2025-01-01T00:00:00.000Z',
  from: 'helper',
  kind: 'message',
  name: 'Ana',
  body: 'Try restarting the app.',
  ...overrides,
});

describe('news notification', () => {
  it('says who wrote and what, in the chosen language', () => {
    expect(newsNotification(message({}), 'en')).toEqual({
      title: 'Ana wrote to you',
      body: 'Try restarting the app.',
    });
    expect(newsNotification(message({ kind: 'claimed', body: null }), 'es')).toEqual({
      title: 'Ana te está ayudando',
      body: 'Haz clic para ver tus pedidos.',
    });
    expect(
      newsNotification(message({ kind: 'state-changed', body: 'resolved', name: null }), 'en')
        .title,
    ).toBe('A helper thinks it is fixed. Is it?');
    expect(
      newsNotification(message({ kind: 'state-changed', body: 'escalated' }), 'en').title,
    ).toBe('There is news about your request');
  });

  it('shortens a long message', () => {
    const { body } = newsNotification(message({ body: 'word '.repeat(100) }), 'en');
    expect(body.length).toBeLessThanOrEqual(NOTIFICATION_BODY_MAX_CHARS);
    expect(body.endsWith('…')).toBe(true);
  });
});
