import type { ReactNode } from 'react';
import { useScrollRegion } from '../shared/useScrollRegion.js';

/** A table's `.ck-scroll` wrapper: a focusable, named region only when it does scroll. */
export function ScrollTable({
  labelledBy,
  children,
}: {
  readonly labelledBy: string;
  readonly children: ReactNode;
}) {
  const [ref, scrolls] = useScrollRegion<HTMLDivElement>();
  return (
    <div
      ref={ref}
      className="ck-scroll"
      {...(scrolls ? { role: 'region', 'aria-labelledby': labelledBy, tabIndex: 0 } : {})}
    >
      {children}
    </div>
  );
}
