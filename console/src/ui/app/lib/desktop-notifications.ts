import type { HelpRequest } from '@handraise/shared';
import { CATEGORY_LABELS } from './labels.ts';
import { offerTitle, textStart } from './offers.ts';
import { navigate } from './route.ts';

/** What the console can do with desktop notifications here. */
export type NotificationPermissionState = NotificationPermission | 'unsupported';

/** Whether this browser (or Electron) offers notifications, and what the user chose. */
export function notificationPermission(): NotificationPermissionState {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

/** Asks for permission; browsers allow this only from a user gesture (a click). */
export async function askNotificationPermission(): Promise<NotificationPermissionState> {
  if (typeof Notification === 'undefined') return 'unsupported';
  return Notification.requestPermission();
}

/** The part of `document` that says whether someone is looking at the console. */
export type PageAttention = Pick<Document, 'visibilityState' | 'hasFocus'>;

/**
 * True when a new request would go unnoticed in the page: the tab is hidden, or the window is
 * behind another one. When the console is in front, the in-app badge and note are enough.
 */
export function shouldNotify(page: PageAttention): boolean {
  return page.visibilityState !== 'visible' || !page.hasFocus();
}

/** Title and options of the notification for a new request. */
export function requestNotification(request: HelpRequest): {
  title: string;
  options: NotificationOptions;
} {
  return {
    title: `New request from ${request.deviceName}`,
    options: {
      body: CATEGORY_LABELS[request.category],
      // One notification per request, even if the push arrives twice after a reconnect.
      tag: `request-${request.id}`,
    },
  };
}

/** Title and options of the notification for a request offered to this helper. */
export function offerNotification(request: HelpRequest): {
  title: string;
  options: NotificationOptions;
} {
  return {
    title: `New request ${offerTitle(request)}`,
    options: {
      body: textStart(request.text) || 'No description, just the category.',
      // The same tag as the new-request notification: the offer replaces it rather than adding one.
      tag: `request-${request.id}`,
    },
  };
}

/**
 * Shows a desktop notification for a new request if permission was given and nobody is looking;
 * clicking it brings the console forward with that request open. True when one was shown.
 */
export function notifyNewRequest(request: HelpRequest, page: PageAttention = document): boolean {
  return notify(request, requestNotification(request), page);
}

/** The same for a request offered to this helper, with its number, place and words. */
export function notifyOffer(request: HelpRequest, page: PageAttention = document): boolean {
  return notify(request, offerNotification(request), page);
}

function notify(
  request: HelpRequest,
  { title, options }: { title: string; options: NotificationOptions },
  page: PageAttention,
): boolean {
  if (notificationPermission() !== 'granted' || !shouldNotify(page)) return false;
  const notification = new Notification(title, options);
  notification.onclick = () => {
    window.focus();
    navigate('requests', request.id);
    notification.close();
  };
  return true;
}
