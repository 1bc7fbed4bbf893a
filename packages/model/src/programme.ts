import { z } from 'zod';
import { documentLimits } from './limits.js';
import { visibleTextSchema } from './visibleText.js';
import { calendarDateSchema } from './dates.js';
import { idSchema } from './ids.js';
import { localizedTextSchema } from './localizedText.js';

/** Number of a round of the capacity-development cycle: 1, 2, 3… */
export const roundNumberSchema = z.number().int().positive();

/**
 * One turn of the capacity-development cycle (assess → engage → plan → run → evaluate).
 * Every campaign, assessment, plan, evaluation, asset, stakeholder entry and knowledge item
 * belongs to one round.
 */
export const cycleRoundSchema = z.strictObject({
  number: roundNumberSchema,
  title: localizedTextSchema.optional(),
  startsOn: calendarDateSchema,
  /** Last day of the round; absent while it runs. */
  endsOn: calendarDateSchema.optional(),
});

/** One round of the cycle; see {@link cycleRoundSchema}. */
export type CycleRound = z.infer<typeof cycleRoundSchema>;

/** A capacity-development programme and its numbered rounds. */
export const programmeSchema = z.strictObject({
  id: idSchema,
  name: localizedTextSchema,
  /** Organisation that runs the programme, e.g. "Ministry of Digital Services". */
  owner: visibleTextSchema(documentLimits.shortTextLength).optional(),
  rounds: z
    .array(cycleRoundSchema)
    .max(documentLimits.listLength)
    .min(1, 'A programme has at least one round'),
});

/** A capacity-development programme; see {@link programmeSchema}. */
export type Programme = z.infer<typeof programmeSchema>;
