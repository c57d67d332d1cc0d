import type { Device } from '@handraise/shared';
import { formatCount, plural } from '../../lib/format.ts';

/** A shield: the narrow column's mark for a security fix (its words are in the label). */
function ShieldMark({ label }: { label: string }) {
  return (
    <span className="security-mark" role="img" aria-label={label} title={label}>
      <svg width="12" height="12" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 2 4 5v6c0 5 3.4 9.4 8 11 4.6-1.6 8-6 8-11V5z" fill="currentColor" />
      </svg>
    </span>
  );
}

/**
 * How many titles the computer has behind, with a shield where some wait for a security fix
 * (named in words for screen readers and on hover); a dash where the counts are withheld.
 */
export function UpdatesCell({ device }: { device: Device }) {
  if (device.verdictsHidden) return <span className="muted">—</span>;
  const security = device.securityCount;
  return (
    <span className="updates-cell" data-security={security > 0 || undefined}>
      {security > 0 && (
        <ShieldMark label={`${plural(security, 'security update', 'security updates')}`} />
      )}
      <span className="num">{formatCount(device.outdatedCount)}</span>
    </span>
  );
}
