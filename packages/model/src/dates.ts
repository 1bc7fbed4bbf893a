import { z } from 'zod';

/** An instant in ISO 8601 with a UTC offset, e.g. `2026-03-01T09:00:00Z`. */
export const dateTimeSchema = z.iso.datetime({ offset: true });

/** A calendar date in ISO 8601, e.g. `2026-03-01`. */
export const calendarDateSchema = z.iso.date();
