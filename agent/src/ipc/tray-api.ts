// The contract between the tray's main process and its help window. No Node, no DOM, no Electron:
// main, preload and renderer all import it.
import type {
  Ack,
  DeviceAccess,
  HelpCategory,
  RequesterMessage,
  RequestState,
} from '@handraise/shared';
import type { AskInput, BlurRect } from './ipc-schemas.ts';

export type { AskInput, BlurRect };

/** Languages the window and the tray speak. */
export type Locale = 'en' | 'es';

/**
 * The hub connection as the requester sees it. `refused`: the hub no longer knows this computer
 * (its enrollment was withdrawn); `outdated`: the hub no longer accepts this version of the agent.
 */
export type Connection = 'online' | 'offline' | 'refused' | 'outdated';

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
  category: HelpCategory;
  text: string;
  createdAt: string;
  state: TrayRequestState;
  helperName: string | null;
  hasScreenshot: boolean;
  /** Still on this computer because the hub asked it to wait; it goes by itself shortly. */
  hubBusy: boolean;
  messages: TrayMessage[];
};

/** The held screenshot as the window previews it; `width`×`height` are the image's own pixels. */
export type ScreenshotPreview = { dataUrl: string; width: number; height: number };

/** What Handraise collects, named so the window can say it in the reader's language. */
export type CollectedTopic = 'system' | 'hardware' | 'software' | 'requests';

/** "About this computer": who this computer is to the school and what is collected. */
export type AboutInfo = {
  deviceName: string;
  /** The room the coordinator enrolled it in, when known. */
  room: string | null;
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
  | { type: 'navigate'; view: TrayView };

/** What an IPC handler answers: the shared ack envelope, with kebab-case codes only. */
export type IpcResult<T> = Ack<T>;

/** The help window's only way to the rest of the app: one function per capability. */
export type TrayApi = {
  /** Saves a request (sent at once when online); the held screenshot goes along if kept. */
  ask(input: AskInput): Promise<TrayRequest>;
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
  locale(): Promise<Locale>;
  /** Follows what main pushes; returns the function that stops following. */
  onEvent(listener: (event: TrayEvent) => void): () => void;
};

/** The request/response part of the API: everything but the subscription. */
export type TrayCalls = Omit<TrayApi, 'onEvent'>;
