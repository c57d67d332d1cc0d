// The live device view across hubs: a person may watch, from a console on one hub, a computer whose
// agent is connected to another. Each hub keeps its own watchers (live/live-watch.ts); the hubs
// tell each other who watches what, so the agent hears everyone watching it, and the hub that
// receives a sample passes it to the hubs whose people watch.
import type { LiveSample, LiveViewer } from '@handraise/shared';
import type { LiveWatch } from '../live/live-watch.ts';
import { PRESENCE_EXPIRY_MS, type HubLink } from './shared-presence.ts';

const EVENTS = {
  viewers: 'hub:live-viewers',
  beat: 'hub:live-beat',
  sample: 'hub:live-sample',
} as const;

const viewerKey = (viewer: LiveViewer) => `${viewer.as}\u0000${viewer.who}`;

export function shareLiveView(
  link: HubLink,
  deps: {
    /** Tells the computer's agent who watches it. */
    tellAgent(deviceId: string, viewers: LiveViewer[]): void;
    /** Whether the computer's agent is connected to this hub. */
    isHere(deviceId: string): boolean;
  },
) {
  let live: LiveWatch | null = null;
  // Who watches here, by computer; and what each other hub said, with when it was heard.
  const here = new Map<string, LiveViewer[]>();
  const remote = new Map<string, { viewers: Map<string, LiveViewer[]>; heardAt: number }>();
  const peer = (hubId: string) => {
    let known = remote.get(hubId);
    if (!known) remote.set(hubId, (known = { viewers: new Map(), heardAt: Date.now() }));
    known.heardAt = Date.now();
    return known;
  };
  const elsewhere = (deviceId: string): LiveViewer[] => {
    const now = Date.now();
    const found: LiveViewer[] = [];
    for (const [hubId, known] of remote) {
      if (now - known.heardAt > PRESENCE_EXPIRY_MS) remote.delete(hubId);
      else found.push(...(known.viewers.get(deviceId) ?? []));
    }
    return found;
  };
  /** Everyone watching the computer, on any hub, each person once. */
  const everyone = (deviceId: string): LiveViewer[] => {
    const seen = new Map<string, LiveViewer>();
    for (const viewer of [...(here.get(deviceId) ?? []), ...elsewhere(deviceId)])
      if (!seen.has(viewerKey(viewer))) seen.set(viewerKey(viewer), viewer);
    return [...seen.values()];
  };

  link.hear(EVENTS.viewers, (from: string, deviceId: string, viewers: LiveViewer[]) => {
    const known = peer(from);
    if (viewers.length > 0) known.viewers.set(deviceId, viewers);
    else known.viewers.delete(deviceId);
    if (deps.isHere(deviceId)) deps.tellAgent(deviceId, everyone(deviceId));
  });
  link.hear(EVENTS.beat, (from: string, watched: [string, LiveViewer[]][]) => {
    peer(from).viewers = new Map(watched);
  });
  link.hear(EVENTS.sample, (deviceId: string, sample: LiveSample) => {
    void live?.receive(deviceId, sample);
  });

  /** For live-watch's `tellAgent`: this hub's watchers of the computer changed. */
  const viewersChanged = (deviceId: string, viewers: LiveViewer[]): void => {
    if (viewers.length > 0) here.set(deviceId, viewers);
    else here.delete(deviceId);
    link.send(EVENTS.viewers, link.hubId, deviceId, viewers);
    // Only the hub holding the agent tells it, once it knows: a sample then always finds its
    // watchers, wherever they are.
    if (deps.isHere(deviceId)) deps.tellAgent(deviceId, everyone(deviceId));
  };

  return {
    viewersChanged,

    /** This hub's live watch, answering for the watchers on the other hubs too. */
    share(watch: LiveWatch): LiveWatch {
      live = watch;
      return {
        ...watch,
        agentConnected(deviceId) {
          const viewers = everyone(deviceId);
          if (viewers.length > 0) deps.tellAgent(deviceId, viewers);
        },
        async receive(deviceId, sample) {
          const { watched } = await watch.receive(deviceId, sample);
          const watchedElsewhere = elsewhere(deviceId).length > 0;
          if (watchedElsewhere) link.send(EVENTS.sample, deviceId, sample);
          return { watched: watched || watchedElsewhere };
        },
      };
    },

    /** Tells the other hubs everything watched here (with the presence repeats). */
    beat: () => link.send(EVENTS.beat, link.hubId, [...here]),
  };
}
