import { ROLE_LABELS } from '../../lib/labels.ts';

/** The roles a coordinator picks from, each with what it may do. */
export const ROLE_OPTIONS = [
  { id: 'advisor', label: `${ROLE_LABELS.advisor}: helps with requests` },
  { id: 'coordinator', label: `${ROLE_LABELS.coordinator}: also accounts and enrollment` },
];
