import { Fragment, type ReactNode } from 'react';

/** One named fact of a computer: a row of a `<dl>`. */
export type Fact = { label: string; value: ReactNode; mono?: boolean };

/**
 * A fact when its value is known, nothing otherwise: facts the computer did not report are left
 * out rather than shown as a dash.
 */
export function fact(
  label: string,
  value: ReactNode | undefined | null,
  options: { mono?: boolean } = {},
): Fact | null {
  if (value === undefined || value === null || value === '' || value === false) return null;
  return { label, value, mono: options.mono };
}

/** The facts that are known, in order. */
export const knownFacts = (items: readonly (Fact | null)[]): Fact[] =>
  items.filter((item): item is Fact => item !== null);

/** A list of facts as a description list; nothing at all when none is known. */
export function FactList({ facts }: { facts: readonly (Fact | null)[] }) {
  const known = knownFacts(facts);
  if (known.length === 0) return null;
  return (
    <dl className="facts">
      {known.map(({ label, value, mono }) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd className={mono ? 'mono' : undefined}>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
