import { useSyncExternalStore } from 'react';

/** The demo's pages, addressed by the URL's hash so that every page has its own link. */
export const routes = ['profile', 'questionnaire', 'results'] as const;

/** One of the demo's pages. */
export type Route = (typeof routes)[number];

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function current(): Route {
  const hash = window.location.hash.replace(/^#\/?/, '');
  return (routes as readonly string[]).includes(hash) ? (hash as Route) : 'profile';
}

/** The page the URL's hash names; the skills profile when it names none. */
export function useHashRoute(): Route {
  return useSyncExternalStore(subscribe, current, () => 'profile');
}
