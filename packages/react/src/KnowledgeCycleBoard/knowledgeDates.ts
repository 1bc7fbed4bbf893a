import { formatISO } from 'date-fns';

/** The stamp of a move: the app's `asOf`, as given when a string, through `formatISO` when a Date. */
export function moveStamp(asOf: string | Date): string {
  return typeof asOf === 'string' ? asOf : formatISO(asOf);
}
