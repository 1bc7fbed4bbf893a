import { useDeferredValue, type ReactNode } from 'react';

/**
 * Renders `children(data)` in a deferred render: React renders it in slices that yield to the
 * browser every few milliseconds, where the worker's answer would otherwise be drawn in one
 * main-thread task (the results' five widgets take 30 ms or more on a busy machine).
 * Until then it shows `label` as the page's "working" note.
 */
export function DeferredView<T>({
  data,
  label,
  children,
}: {
  readonly data: T;
  readonly label: string;
  readonly children: (data: T) => ReactNode;
}) {
  const shown = useDeferredValue<T | null>(data, null);
  return shown === null ? <p className="demo-working">{label}</p> : children(shown);
}
