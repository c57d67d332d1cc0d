import type { ReactNode } from 'react';

type Props = {
  title: string;
  /** Id for aria-labelledby, so the card is a named region. */
  id: string;
  hint?: ReactNode;
  flush?: boolean;
  children: ReactNode;
};

/** A titled panel; the title names the region for screen readers. */
export function Card({ title, id, hint, flush, children }: Props) {
  return (
    <section className="card" aria-labelledby={id}>
      <div className="card-header">
        <h2 id={id}>{title}</h2>
        {hint && <span className="hint">{hint}</span>}
      </div>
      <div className={flush ? 'card-body flush' : 'card-body'}>{children}</div>
    </section>
  );
}
