import type { LoadStatus } from './widgetProps.js';

/** Props of {@link WidgetStatus}. */
export interface WidgetStatusProps {
  /** The widget's load state; `ready` with `empty` shows the empty message. */
  readonly status: LoadStatus;
  /** Whether a ready widget has nothing to show. */
  readonly empty?: boolean | undefined;
  /** The strings: loading, error (used when `errorMessage` is missing) and empty. */
  readonly messages: { readonly loading: string; readonly error: string; readonly empty: string };
  /** What went wrong, from the caller. */
  readonly errorMessage?: string | undefined;
  /** Placeholder rows shown while loading. @default 3 */
  readonly placeholderRows?: number | undefined;
}

/**
 * What every widget shows instead of its data while loading, after an error or when empty:
 * one markup (`ck-status`, `data-state`) and one set of roles, so that a screen reader hears
 * "loading" politely and an error at once, in every widget alike. Returns `null` when there is
 * data to show.
 */
export function WidgetStatus({
  status,
  empty = false,
  messages,
  errorMessage,
  placeholderRows = 3,
}: WidgetStatusProps) {
  if (status === 'error') {
    return (
      <div className="ck-status" data-state="error" role="alert">
        {errorMessage ?? messages.error}
      </div>
    );
  }
  if (status === 'loading') {
    return (
      <div className="ck-status" data-state="loading">
        <div className="ck-status__placeholder" aria-hidden="true">
          {Array.from({ length: placeholderRows }, (_, row) => (
            <span key={row} />
          ))}
        </div>
        <p role="status">{messages.loading}</p>
      </div>
    );
  }
  if (empty) {
    return (
      <p className="ck-status" data-state="empty">
        {messages.empty}
      </p>
    );
  }
  return null;
}

/** The `data-state` of a widget's outer element: its load state, or `empty` when ready but bare. */
export function widgetState(status: LoadStatus, empty: boolean): LoadStatus | 'empty' {
  return status === 'ready' && empty ? 'empty' : status;
}
