// Help-desk events as the window receives them.
import type { HelpDeskEvent, MyRequest } from '../core/help-desk.ts';
import type { TrayEvent, TrayRequest } from '../ipc/tray-api.ts';

/** The core's request view is the contract's: this conversion is checked by the compiler. */
export function toTrayRequest(request: MyRequest): TrayRequest {
  return request;
}

/** The window's event for a help-desk event. */
export function toTrayEvent(event: HelpDeskEvent): TrayEvent {
  switch (event.type) {
    case 'requests':
      return { type: 'requests', requests: event.requests.map(toTrayRequest) };
    case 'connection':
      return { type: 'connection', connection: event.connection };
    case 'news':
      return { type: 'news', requestKey: event.request.key, message: event.message };
    case 'desk':
      return { type: 'desk', desk: event.desk };
    case 'watchers':
      return { type: 'watchers', viewers: event.viewers };
  }
}
