import { createContext, useContext, useSyncExternalStore } from 'react';
import type {
  Ack,
  ConsoleEventName,
  Device,
  HelpRequest,
  Person,
  UpdateTask,
  User,
} from '@handraise/shared';
import type { ApiInit } from '../lib/api.ts';
import type { Session } from '../lib/session.ts';
import type { ChangeFeed } from './change-feed.ts';
import type { AskPayload, AskResult } from './console-socket.ts';
import type { LiveCollection } from './live-collection.ts';
import type { LiveWatchHandlers } from './live-watch.ts';

/** `reconnecting` covers both a dropped socket and a hub that is not back yet. */
export type ConnectionState = 'connecting' | 'live' | 'reconnecting';

export type HubContextValue = {
  session: Session;
  user: User;
  connection: ConnectionState;
  devices: LiveCollection<Device>;
  requests: LiveCollection<HelpRequest>;
  /** Update tasks, kept live by `task:updated`. */
  tasks: LiveCollection<UpdateTask>;
  /** Titles whose verdicts changed (`software:changed`, and every title after a reconnect). */
  softwareChanges: ChangeFeed;
  people: readonly Person[];
  refreshPeople: () => void;
  /** Helpers on duty with a console open, kept live by `duty:updated`. */
  onDuty: readonly Person[];
  /** Puts the signed-in user on or off duty; false when the hub did not take it. */
  setOnDuty: (onDuty: boolean) => Promise<boolean>;
  /** Requests the hub offered this helper that still wait for someone, newest first. */
  offers: readonly HelpRequest[];
  /** "Not now": the offer's notice goes; the request stays in the queue. */
  dismissOffer: (requestId: string) => void;
  /** A request's latest state from an action's answer: its offer goes once it was taken. */
  settleOffer: (request: HelpRequest) => void;
  /** A console socket event, answered with the hub's ack. */
  ask: <E extends ConsoleEventName>(event: E, payload: AskPayload<E>) => Promise<AskResult<E>>;
  /**
   * Streams a computer's live figures while the returned function is not called; watching is
   * asked again after a reconnection.
   */
  watchLive: (deviceId: string, handlers: LiveWatchHandlers) => () => void;
  /** An HTTP API call with this session's token. */
  api: <T>(path: string, init?: Omit<ApiInit, 'token'>) => Promise<Ack<T>>;
  signOut: () => void;
};

export const HubContext = createContext<HubContextValue | null>(null);

/** The signed-in hub connection; only used below HubProvider. */
export function useHub(): HubContextValue {
  const hub = useContext(HubContext);
  if (!hub) throw new Error('useHub outside HubProvider');
  return hub;
}

/** Every device the hub knows, kept live by pushes. */
export function useDevices(): readonly Device[] {
  const { devices } = useHub();
  return useSyncExternalStore(devices.subscribe, devices.getSnapshot);
}

/** Every help request, kept live by pushes. */
export function useRequests(): readonly HelpRequest[] {
  const { requests } = useHub();
  return useSyncExternalStore(requests.subscribe, requests.getSnapshot);
}

/** Every update task, kept live by pushes. */
export function useTasks(): readonly UpdateTask[] {
  const { tasks } = useHub();
  return useSyncExternalStore(tasks.subscribe, tasks.getSnapshot);
}
