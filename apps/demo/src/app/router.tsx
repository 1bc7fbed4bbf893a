import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

// Real URLs through the History API: every page has an address that survives a reload and can be
// shared. The preview server (and any static host set up as the README says) answers every path
// with index.html, and the app shows "Page not found" for paths it does not know.
const navigateEvent = 'capkit-demo:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(navigateEvent, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(navigateEvent, onChange);
  };
}

const currentPath = () => window.location.pathname;

/** The path of the page being shown, e.g. `/training-needs/results`. */
export function usePath(): string {
  return useSyncExternalStore(subscribe, currentPath);
}

/** The current URL's query parameters. */
export function useSearchParams(): URLSearchParams {
  const search = useSyncExternalStore(subscribe, () => window.location.search);
  return new URLSearchParams(search);
}

/** Goes to `to` (a path with an optional query) as a link would, without reloading the page. */
export function navigate(to: string, options: { readonly replace?: boolean } = {}): void {
  if (options.replace === true) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(navigateEvent));
}

const isPlainClick = (event: MouseEvent<HTMLAnchorElement>) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

/** A link inside the demo: a real `<a href>`, so it opens in a new tab too, followed without a reload. */
export function Link({
  to,
  onClick,
  ...rest
}: { readonly to: string } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>) {
  return (
    <a
      {...rest}
      href={to}
      onClick={(event) => {
        onClick?.(event);
        if (event.defaultPrevented || !isPlainClick(event) || rest.target !== undefined) return;
        event.preventDefault();
        navigate(to);
      }}
    />
  );
}

/**
 * Matches `path` against a pattern such as `/training-needs/units/:unitId`: the named segments'
 * values (URL-decoded), or `undefined` when it does not match.
 */
export function matchPath(
  pattern: string,
  path: string,
): Readonly<Record<string, string>> | undefined {
  const want = pattern.split('/').filter(Boolean);
  const got = path.split('/').filter(Boolean);
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, segment] of want.entries()) {
    const value = got[index] ?? '';
    if (segment.startsWith(':')) {
      try {
        params[segment.slice(1)] = decodeURIComponent(value);
      } catch {
        return undefined; // A malformed escape is no page of ours.
      }
    } else if (segment !== value) return undefined;
  }
  return params;
}
