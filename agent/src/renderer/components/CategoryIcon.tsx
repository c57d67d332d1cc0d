// Line icons for the six categories, drawn inline: no emoji font needed (many school computers
// lack a colour one) and no image requests for the CSP to allow.
import type { HelpCategory } from '@handraise/shared';

const PATHS: Record<HelpCategory, string[]> = {
  // Wi-Fi waves over a dot.
  internet: [
    'M6 19a26 26 0 0 1 36 0',
    'M12 26a17 17 0 0 1 24 0',
    'M18 33a8 8 0 0 1 12 0',
    'M24 39h.01',
  ],
  // Printer: paper in, body, paper out.
  printer: ['M14 18V6h20v12', 'M10 34H6V18h36v16h-4', 'M14 28h20v14H14z', 'M35 23h.01'],
  // A key.
  'sign-in': ['M20 28a9 9 0 1 1 6.4-2.6L42 41', 'M36 35l4-4', 'M31 30l4-4', 'M13.5 21.5h.01'],
  // An app window with a grid.
  app: [
    'M6 8h36v32H6z',
    'M6 16h36',
    'M12 12h.01',
    'M16 12h.01',
    'M14 24h8v8h-8z',
    'M28 24h8v8h-8z',
  ],
  // A speaker and a screen.
  'sound-screen': [
    'M4 18h6l8-7v26l-8-7H4z',
    'M24 18a9 9 0 0 1 0 12',
    'M30 8h14v20H30z',
    'M37 28v6',
    'M33 34h8',
  ],
  // A question mark in a bubble.
  other: [
    'M6 10h36v24H22l-9 8v-8H6z',
    'M20 18a4 4 0 1 1 5.5 3.7c-1 .5-1.5 1.3-1.5 2.3',
    'M24 29h.01',
  ],
};

/** The icon of a category; decorative, the button's words name it. */
export function CategoryIcon({ category }: { category: HelpCategory }) {
  return (
    <svg
      className="category-icon"
      viewBox="0 0 48 48"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="3"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {PATHS[category].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
