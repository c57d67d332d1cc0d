import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  fail,
  type Device,
  type HelpRequest,
  type Person,
  type UpdateTask,
} from '@handraise/shared';
import { callApi } from '../lib/api.ts';
import { applyDutyChange } from '../lib/duty.ts';
import { addOffer, offersStillOpen, settleOffers } from '../lib/offers.ts';
import { createChangeFeed } from './change-feed.ts';
import type { Session } from '../lib/session.ts';
import type { SignedOutBecause } from '../lib/session-end.ts';
import { ask, openConsoleSocket, type ConsoleSocket } from './console-socket.ts';
import { HubContext, type ConnectionState, type HubContextValue } from './hub-context.ts';
import { createDeviceSync } from './device-sync.ts';
import { createLiveCollection } from './live-collection.ts';
import { watchLive } from './live-watch.ts';

type Props = {
  session: Session;
  /** The session ended: signed out here, refused by the hub, or ended by it (it says why). */
  onSignedOut: (reason: SignedOutBecause) => void;
  /** A request just arrived (for the in-app announcement). */
  onRequestCreated?: (request: HelpRequest) => void;
  /** The hub offered a new request to this helper (for the desktop notification). */
  onRequestOffered?: (request: HelpRequest) => void;
  children: ReactNode;
};

/** Holds the console socket and the live lists every view reads, for one signed-in session. */
export function HubProvider({
  session,
  onSignedOut,
  onRequestCreated,
  onRequestOffered,
  children,
}: Props) {
  // The live lists, made once: the socket's pushes keep them current for every view.
  const [live] = useState(() => ({
    devices: createLiveCollection<Device>(),
    requests: createLiveCollection<HelpRequest>(),
    tasks: createLiveCollection<UpdateTask>(),
    softwareChanges: createChangeFeed(),
  }));
  // The device list comes as a snapshot once, then as the changes since the cursor it holds.
  const [deviceSync] = useState(() => createDeviceSync(live.devices));
  const [people, setPeople] = useState<readonly Person[]>([]);
  const [onDuty, setOnDutyList] = useState<readonly Person[]>([]);
  const [offers, setOffers] = useState<readonly HelpRequest[]>([]);
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  const socketRef = useRef<ConsoleSocket | null>(null);
  // The latest callbacks, read by socket handlers that live as long as the socket.
  const callbacks = useRef({ onSignedOut, onRequestCreated, onRequestOffered });
  useEffect(() => {
    callbacks.current = { onSignedOut, onRequestCreated, onRequestOffered };
  });

  const api = useCallback<HubContextValue['api']>(
    async (path, init) => {
      const result = await callApi<never>(path, { ...init, token: session.token });
      if (!result.ok && result.error === 'unauthorized') callbacks.current.onSignedOut('refused');
      return result;
    },
    [session.token],
  );

  const refreshPeople = useCallback(() => {
    void api<Person[]>('/api/people').then((result) => {
      if (result.ok) setPeople(result.data);
    });
  }, [api]);

  useEffect(() => {
    const { requests, tasks, softwareChanges } = live;
    const socket = openConsoleSocket(session.token);
    socketRef.current = socket;
    const reload = async () => {
      // After every (re)connection: pushes sent while away are gone, so fetch the lists again, on
      // the socket, so that each answer comes in order with the pushes after it.
      const [, requestList, dutyList, taskList] = await Promise.all([
        deviceSync.resync((page) => ask(socket, 'devices:sync', page)),
        ask(socket, 'requests:list', {}),
        ask(socket, 'duty:list', {}),
        ask(socket, 'tasks:list', {}),
      ]);
      if (requestList.ok) {
        requests.replaceAll(requestList.data);
        setOffers((current) => offersStillOpen(current, requestList.data));
      }
      if (dutyList.ok) setOnDutyList(dutyList.data);
      if (taskList.ok) tasks.replaceAll(taskList.data);
      // Verdicts may have changed while away: software pages on screen fetch again.
      softwareChanges.push(null);
    };
    socket.on('connect', () => {
      setConnection('live');
      void reload();
    });
    socket.on('disconnect', (reason) => {
      setConnection('reconnecting');
      // The hub closed the socket itself (a restart): socket.io leaves reconnecting to us.
      if (reason === 'io server disconnect') socket.connect();
    });
    socket.on('connect_error', (error) => {
      if (error.message === 'unauthorized') {
        socket.disconnect();
        callbacks.current.onSignedOut('refused');
      } else {
        setConnection('reconnecting');
      }
    });
    socket.on('session:ended', ({ reason }) => {
      // The hub disconnects next; nothing may reconnect and replace its reason with a refusal.
      socket.removeAllListeners();
      socket.disconnect();
      callbacks.current.onSignedOut(reason);
    });
    socket.on('device:updated', (device, cursor) => deviceSync.updated(device, cursor));
    socket.on('device:removed', ({ deviceId }, cursor) => deviceSync.removed(deviceId, cursor));
    socket.on('request:created', (request) => {
      requests.upsert(request);
      callbacks.current.onRequestCreated?.(request);
    });
    socket.on('request:updated', (request) => {
      requests.upsert(request);
      // Claimed by someone (first come, first served), or by this helper elsewhere: the offer goes.
      setOffers((current) => settleOffers(current, request));
    });
    socket.on('request:offered', (request) => {
      requests.upsert(request);
      setOffers((current) => addOffer(current, request));
      callbacks.current.onRequestOffered?.(request);
    });
    socket.on('duty:updated', (list) => setOnDutyList(list));
    socket.on('task:updated', (task) => tasks.upsert(task));
    socket.on('software:changed', ({ keys }) => softwareChanges.push(keys));
    return () => {
      socketRef.current = null;
      socket.removeAllListeners();
      socket.disconnect();
    };
  }, [session.token, live, deviceSync, api]);
  useEffect(() => live.softwareChanges.dispose, [live]);

  useEffect(refreshPeople, [refreshPeople]);

  const setOnDuty = useCallback(async (next: boolean) => {
    const socket = socketRef.current;
    if (!socket) return false;
    const result = await ask(socket, 'duty:set', { onDuty: next });
    if (result.ok) setOnDutyList((list) => applyDutyChange(list, result.data));
    return result.ok;
  }, []);

  const dismissOffer = useCallback((requestId: string) => {
    setOffers((current) => current.filter((o) => o.id !== requestId));
  }, []);
  const settleOffer = useCallback((request: HelpRequest) => {
    setOffers((current) => settleOffers(current, request));
  }, []);

  const value = useMemo<HubContextValue>(
    () => ({
      session,
      user: session.user,
      connection,
      ...live,
      people,
      refreshPeople,
      onDuty,
      setOnDuty,
      offers,
      dismissOffer,
      settleOffer,
      ask: (event, payload) => {
        const socket = socketRef.current;
        if (!socket) return Promise.resolve(fail('unavailable') as never);
        return ask(socket, event, payload);
      },
      watchLive: (deviceId, handlers) => {
        const socket = socketRef.current;
        if (socket) return watchLive(socket, deviceId, handlers);
        handlers.onAnswer(fail('unavailable'));
        return () => undefined;
      },
      api,
      signOut: () => {
        void api('/api/session', { method: 'DELETE' });
        callbacks.current.onSignedOut('by-me');
      },
    }),
    [
      session,
      connection,
      live,
      people,
      refreshPeople,
      onDuty,
      setOnDuty,
      offers,
      dismissOffer,
      settleOffer,
      api,
    ],
  );

  return <HubContext value={value}>{children}</HubContext>;
}
