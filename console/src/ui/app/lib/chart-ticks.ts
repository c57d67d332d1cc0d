/**
 * Axis labels of the console's charts. Recharts writes its own grey into each label's `fill`,
 * which the stylesheet cannot override in every case (3:1 on the dark theme); handing it the
 * theme's muted text colour keeps the labels at 4.5:1 or more in both themes.
 */
export const AXIS_TICK = { fill: 'var(--text-muted)' } as const;
