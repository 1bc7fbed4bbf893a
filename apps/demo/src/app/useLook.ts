import { useCallback, useSyncExternalStore } from 'react';

/** The widget looks the demo offers; GOV.UK is the default. */
export const looks = ['govuk', 'capkit', 'uswds'] as const;
export type Look = (typeof looks)[number];

const storageKey = 'capkit-demo-look';
const changeEvent = 'capkit-demo:look';

function read(): Look {
  try {
    const stored = window.localStorage.getItem(storageKey);
    if ((looks as readonly string[]).includes(stored ?? '')) return stored as Look;
  } catch {
    // Storage switched off: the default look.
  }
  return 'govuk';
}

function subscribe(onChange: () => void) {
  window.addEventListener(changeEvent, onChange);
  return () => window.removeEventListener(changeEvent, onChange);
}

/** The chosen look, remembered in this browser, and a way to change it. */
export function useLook(): readonly [Look, (look: Look) => void] {
  const look = useSyncExternalStore(subscribe, read);
  const setLook = useCallback((next: Look) => {
    try {
      window.localStorage.setItem(storageKey, next);
    } catch {
      // Not remembered; still nothing to switch without storage, so say so in the console.
      console.warn('capkit demo: the look cannot be remembered without localStorage');
    }
    window.dispatchEvent(new Event(changeEvent));
  }, []);
  return [look, setLook] as const;
}
