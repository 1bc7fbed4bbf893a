import { useCallback, useRef, useState } from 'react';

/**
 * State that the caller may control (pass `value`) or leave to the widget (pass `defaultValue`),
 * one hook for every widget, after Radix's `useControllableState`. `setValue` updates the
 * widget's own state only when uncontrolled, and calls `onChange` either way when the value
 * changes. Switching between controlled and uncontrolled during a widget's life is a bug in the
 * caller: it is warned about once, in development, as React does for inputs.
 */
export function useControllableState<T>({
  value,
  defaultValue,
  onChange,
  name,
}: {
  readonly value: T | undefined;
  readonly defaultValue: T;
  readonly onChange?: ((value: T) => void) | undefined;
  /** Widget and prop, for the warning, e.g. `'GapHeatmap view'`. */
  readonly name: string;
}): readonly [T, (next: T) => void] {
  const [own, setOwn] = useState<T>(defaultValue);
  const controlled = value !== undefined;
  const wasControlled = useRef(controlled);
  const warned = useRef(false);
  if (wasControlled.current !== controlled && !warned.current && isDevelopment()) {
    warned.current = true;
    console.warn(
      `capkit: ${name} switched from ${wasControlled.current ? 'controlled' : 'uncontrolled'} to ` +
        `${controlled ? 'controlled' : 'uncontrolled'}. Decide once: pass the value on every ` +
        'render, or never.',
    );
  }
  wasControlled.current = controlled;
  const current = controlled ? value : own;
  // Read through a ref so that `setValue` keeps one identity and never calls `onChange` with a
  // value the reader already has.
  const latest = useRef({ current, controlled, onChange });
  latest.current = { current, controlled, onChange };
  const setValue = useCallback((next: T) => {
    const state = latest.current;
    if (Object.is(next, state.current)) return;
    if (!state.controlled) setOwn(next);
    state.onChange?.(next);
  }, []);
  return [current, setValue] as const;
}

function isDevelopment(): boolean {
  // `process` does not exist in a browser without a bundler's define; treat that as development.
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
    ?.env?.['NODE_ENV'];
  return env !== 'production';
}
