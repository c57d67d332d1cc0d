// The words of a desktop notification for a helper's news.
import type { Locale, TrayMessage } from '../ipc/tray-api.ts';
import { translate } from '../ipc/messages/catalog.ts';

/** Longest notification body, in characters: desktops cut long ones anyway, often mid-word. */
export const NOTIFICATION_BODY_MAX_CHARS = 160;

const shorten = (text: string) =>
  text.length <= NOTIFICATION_BODY_MAX_CHARS
    ? text
    : `${text.slice(0, NOTIFICATION_BODY_MAX_CHARS - 1).trimEnd()}…`;

/** Title and body for a helper's message, claim or state change. */
export function newsNotification(
  message: TrayMessage,
  locale: Locale,
): { title: string; body: string } {
  const name = message.name ?? translate(locale, 'helper.someone');
  const open = translate(locale, 'notify.open');
  if (message.kind === 'message' && message.body) {
    return { title: translate(locale, 'notify.message', { name }), body: shorten(message.body) };
  }
  if (message.kind === 'claimed') {
    return { title: translate(locale, 'notify.claimed', { name }), body: open };
  }
  if (message.kind === 'state-changed' && message.body === 'resolved') {
    return { title: translate(locale, 'notify.resolved', { name }), body: open };
  }
  return { title: translate(locale, 'notify.news'), body: open };
}
