import type { RequestState } from '@handraise/shared';
import { hrefFor } from './route.ts';

// The lists Today's tiles, bars and short lists open. The parameter names are read by the
// Devices view (status, needs, platform, room, q, sort, dir) and the Requests view (state, q,
// room, day): they are a contract with those views.

export const DEVICES_OFFLINE_HREF = hrefFor('devices', null, { status: 'offline' });
export const DEVICES_ONLINE_HREF = hrefFor('devices', null, { status: 'online' });
/** Every computer that needs updates. */
export const DEVICES_BEHIND_HREF = hrefFor('devices', null, { needs: 'updates' });
export const OPEN_REQUESTS_HREF = hrefFor('requests', null, { state: 'open' });

/** The fleet's worn batteries and fullest disks. */
export const HARDWARE_HEALTH_HREF = hrefFor('hardware');

/** The requests in one state. */
export const requestsInState = (state: RequestState) => hrefFor('requests', null, { state });

/** The requests raised on one local day (YYYY-MM-DD). */
export const requestsOnDay = (day: string) => hrefFor('requests', null, { day });

/** A software title's page. */
export const softwareTitle = (key: string) => hrefFor('software', key);
