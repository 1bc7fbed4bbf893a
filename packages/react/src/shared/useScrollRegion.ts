import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * Whether a `.ck-scroll` wrapper actually scrolls sideways: its content is wider than it. A
 * wrapper that scrolls is made a focusable, named region (so that a keyboard can scroll it);
 * one that does not stays a plain box, with no tab stop and no landmark of its own ("no scroll
 * region without need"). Measured after mount and on every resize of the wrapper or its
 * content; `false` on the server and in the first render, so hydration matches.
 */
export function useScrollRegion<T extends HTMLElement>(): readonly [
  ref: RefObject<T | null>,
  scrolls: boolean,
] {
  const ref = useRef<T>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (element === null) return undefined;
    const measure = () => setScrolls(element.scrollWidth > element.clientWidth + 1);
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild !== null) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return [ref, scrolls] as const;
}
