// The contract between the tray's main process and its help window. No Node, no DOM, no Electron:
// main, preload and renderer all import it.
import type {
  Ack,
  DeviceAccess,
  HelpCategory,
  HelpDeskInfo,
  OfferedFix,
  LiveViewer,
  RequesterMessage,
  RequestState,
} from '@handraise/shared';
import type { AskInput, BlurRect } from './ipc-schemas.ts';

export type { AskInput, BlurRect };

/** Longest first name the window takes, in characters: a long first name, and some. */
export const MAX_REQUESTER_NAME_CHARS = 40;

/** Languages the window and the tray speak. */
export type Locale = 'en' | 'es';

/**
 * The hub connection as the requester sees it. `refused`: the hub no longer knows this computer
 * (its enrollment was withdrawn); `outdated`: the hub no longer accepts this version of the agent;
 * `untrusted`: the server answering as the hub presented a certificate this computer did not pin.
 */
export type Connection = 'online' | 'offline' | 'refused' | 'outdated' | 'untrusted';

/** `saved`: still in this computer's outbox; `refused`: the hub will never take it. */
export type TrayRequestState = RequestState | 'saved' | 'refused';

/** One line of a conversation; `pending` while the requester's own reply is on its way. */
export type TrayMessage = RequesterMessage & { pending?: true };

/** A request as the help window shows it. */
export type TrayRequest = {
  /** Stable local id (the idempotency key), known before the hub has seen the request. */
  key: string;
  /** The hub's id, once delivered. */
  id: string | null;
  /** The number people say aloud ("request 42"), once the hub has told it. */
  number: number | null;
  category: HelpCategory;
  text: string;
  createdAt: string;
  state: TrayRequestState;
  helperName: string | null;
  hasScreenshot: boolean;
  /** The requester said their class is stopped. */
  urgent: boolean;
  /** Still on this computer because the hub asked it to wait; it goes by itself shortly. */
  hubBusy: boolean;
  messages: TrayMessage[];
};

/**
 * The held screenshot as the window previews it: exactly the picture that would be sent.
 * `width`×`height` are the image's own pixels; `blurred`, the parts blurred so far, in them.
 */
export type ScreenshotPreview = {
  dataUrl: string;
  width: number;
  height: number;
  blurred: BlurRect[];
};

/**
 * This computer as the school knows it (its enrolled name, site and room), who is on duty for it
 * and the school's fallback line. `live`: the hub said so just now; else the last answer kept on
 * this computer, whose list of who is on duty may be out of date.
 */
export type TrayHelpDesk = HelpDeskInfo & { live: boolean };

/**
 * What Handraise collects, named so the window can say it, and who can see it, in the reader's
 * language (see tray/collected-data.ts).
 */
export type CollectedTopic =
  'system' | 'hardware' | 'software' | 'updates' | 'state' | 'requests' | 'live' | 'cost';

/** "About this computer": who this computer is to the school and what is collected. */
export type AboutInfo = {
  /** The name it was enrolled under; the OS's host name until the school has told it. */
  deviceName: string;
  /** The site and room the coordinator enrolled it in, when known. */
  site: string | null;
  room: string | null;
  /** Its seat in the room ("B3"), when the school named one. */
  seat: string | null;
  /** The school help server (hub) address; null until the computer is set up. */
  hub: string | null;
  enrolled: boolean;
  agentVersion: string;
  inventoryEveryHours: number;
  collected: CollectedTopic[];
};

/** Views of the help window; the tray menu and notifications open one of them. */
export type TrayView = 'ask' | 'requests' | 'about';

/** What main pushes to the window. */
export type TrayEvent =
  | { type: 'requests'; requests: TrayRequest[] }
  | { type: 'connection'; connection: Connection }
  /** A helper wrote or changed the state. */
  | { type: 'news'; requestKey: string; message: TrayMessage }
  /** The school's answer about this computer's help desk, just asked again. */
  | { type: 'desk'; desk: TrayHelpDesk }
  /** Who is watching this computer's live figures now (empty: nobody). */
  | { type: 'watchers'; viewers: LiveViewer[] }
  | { type: 'navigate'; view: TrayView };

/** What an IPC handler answers: the shared ack envelope, with kebab-case codes only. */
export type IpcResult<T> = Ack<T>;

/** The help window's only way to the rest of the app: one function per capability. */
export type TrayApi = {
  /**
   * Saves a request (sent at once when online); the held screenshot goes along if kept. A
   * `requester` name is remembered for this computer account ('' forgets it).
   */
  ask(input: AskInput): Promise<TrayRequest>;
  /** The first name this computer account gave last time, to fill in; null if none. */
  requesterName(): Promise<string | null>;
  /** Answers a helper. */
  reply(requestId: string, text: string): Promise<void>;
  /** "Fixed" (true) or "Still broken" (false). */
  feedback(requestId: string, fixed: boolean): Promise<void>;
  listRequests(): Promise<TrayRequest[]>;
  connection(): Promise<Connection>;
  /** The held screenshot, taking one if none is held; null when the screen cannot be captured. */
  captureScreenshot(): Promise<ScreenshotPreview | null>;
  /** Blurs part of the held screenshot for good (in main, before anything leaves the computer). */
  blurScreenshot(rect: BlurRect): Promise<ScreenshotPreview>;
  /** Forgets the held screenshot: nothing will be sent. */
  dropScreenshot(): Promise<void>;
  aboutThisComputer(): Promise<AboutInfo>;
  /** Who looked at this computer's details and pictures, newest first (`unavailable` offline). */
  whoLooked(): Promise<DeviceAccess[]>;
  /** Who could come and the fallback line (`unavailable` when never known and offline). */
  helpDesk(): Promise<TrayHelpDesk>;
  /** The school's quick fixes for this computer in a category (`unavailable` offline: skip the step). */
  quickFixes(category: HelpCategory): Promise<OfferedFix[]>;
  /** "This fixed it": counted on the hub; no request is made. */
  fixWorked(fixId: string): Promise<void>;
  locale(): Promise<Locale>;
  /** Who is watching this computer's live figures now, as the hub last said. */
  liveViewers(): Promise<LiveViewer[]>;
  /** Follows what main pushes; returns the function that stops following. */
  onEvent(listener: (event: TrayEvent) => void): () => void;
};

/** The request/response part of the API: everything but the subscription. */
export type TrayCalls = Omit<TrayApi, 'onEvent'>;
