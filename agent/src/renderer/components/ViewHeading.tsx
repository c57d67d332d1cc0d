// A view's title. It takes the focus when the view appears, so keyboard and screen-reader users
// land at the top of what just changed instead of on a button that no longer exists.
import { useEffect, useRef, type ReactNode } from 'react';

export function ViewHeading({ id, children }: { id?: string; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus({ preventScroll: true }), []);
  return (
    <h1 id={id} ref={heading} tabIndex={-1}>
      {children}
    </h1>
  );
}
