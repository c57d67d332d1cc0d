import type { HubToAgentEvents, HubToConsoleEvents } from '@handraise/shared';

/** Pushes an event to every connected console. */
export type NotifyConsoles = <E extends keyof HubToConsoleEvents>(
  event: E,
  ...args: Parameters<HubToConsoleEvents[E]>
) => void;

/** Pushes an event to one device's agent, if it is connected. */
export type NotifyDevice = <E extends keyof HubToAgentEvents>(
  deviceId: string,
  event: E,
  ...args: Parameters<HubToAgentEvents[E]>
) => void;

/** Pushes an event to every console of these people (and nobody else's). */
export type NotifyPeople = <E extends keyof HubToConsoleEvents>(
  userIds: readonly string[],
  event: E,
  ...args: Parameters<HubToConsoleEvents[E]>
) => void;
