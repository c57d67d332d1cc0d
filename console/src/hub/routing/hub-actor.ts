/** Handraise itself, as a request's timeline names it when its timers act. */
export const HUB_ACTOR = { type: 'hub', id: 'handraise', name: 'Handraise' } as const;
