// Desktop notifications for a helper's news; clicking one opens "My requests".
import { Notification } from 'electron';
import type { Locale, TrayMessage } from '../ipc/tray-api.ts';
import { newsNotification } from '../tray/news-notification.ts';

/** Shown notifications, kept referenced: one collected by the GC loses its click handler. */
const live = new Set<Notification>();

/** Shows a notification for `message`; `onClick` runs when the student clicks it. */
export function notifyNews(message: TrayMessage, locale: Locale, onClick: () => void): void {
  if (!Notification.isSupported()) return;
  const notification = new Notification(newsNotification(message, locale));
  live.add(notification);
  const forget = () => live.delete(notification);
  notification.on('click', () => {
    forget();
    onClick();
  });
  notification.on('close', forget);
  notification.show();
}
