// What the simulated fleet's process (fleet-process.ts) and its parent (fleet.ts) say to each
// other over the child-process channel.

/** How the parent wants the fleet: its size, the hub, and the coordinator who hands out tokens. */
export type FleetOrders = {
  hubUrl: string;
  adminPassword: string;
  devices: number;
  /** The school's site every room's token names. */
  site: string;
  /** The demo's few raised hands (with pictures of the screen) and two computers switched off. */
  demoRequests: boolean;
};

/** From the fleet: how far it got, that it is ready (all connected and reported), or failed. */
export type FleetReport =
  | { kind: 'progress'; enrolled: number; connected: number }
  | { kind: 'ready'; connected: number; requests: number }
  | { kind: 'failed'; message: string };

/** Parses the orders given in the child's environment (HANDRAISE_FLEET_ORDERS, JSON). */
export function readOrders(text: string | undefined): FleetOrders {
  const orders = JSON.parse(text ?? 'null') as FleetOrders | null;
  if (!orders || typeof orders.hubUrl !== 'string' || !Number.isInteger(orders.devices))
    throw new Error('HANDRAISE_FLEET_ORDERS is missing or malformed');
  return orders;
}
