/** Where the hub answers what the fleet's agents cost their computers (not student advisors). */
export const AGENT_COST_PATH = '/api/fleet/agent-cost';
