import { z } from 'zod';
import { documentLimits } from './limits.js';
import { visibleTextSchema } from './visibleText.js';
import { calendarDateSchema } from './dates.js';
import { idSchema } from './ids.js';
import { localizedTextSchema } from './localizedText.js';
import { moneySchema } from './money.js';
import { roundNumberSchema } from './programme.js';

/** Kirkpatrick's four levels: 1 reaction, 2 learning, 3 behaviour, 4 results. */
export const kirkpatrickLevelSchema = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
]);

/** A Kirkpatrick level; see {@link kirkpatrickLevelSchema}. */
export type KirkpatrickLevel = z.infer<typeof kirkpatrickLevelSchema>;

/** One measurement at a Kirkpatrick level, e.g. mean satisfaction 4.2 (level 1) from 38 people. */
export const kirkpatrickMeasureSchema = z.strictObject({
  id: idSchema,
  level: kirkpatrickLevelSchema,
  /** Intervention measured; absent for the plan as a whole. */
  interventionId: idSchema.optional(),
  measure: localizedTextSchema,
  value: z.number(),
  /** Unit of `value`, e.g. "mean rating 1–5", "% passing". */
  unit: visibleTextSchema(documentLimits.shortTextLength),
  /** Number of people or observations the value rests on. */
  n: z.number().int().nonnegative().optional(),
  measuredOn: calendarDateSchema,
});

/** A Kirkpatrick measurement; see {@link kirkpatrickMeasureSchema}. */
export type KirkpatrickMeasure = z.infer<typeof kirkpatrickMeasureSchema>;

const moneyLine = z.strictObject({ description: localizedTextSchema, amount: moneySchema });

/**
 * Inputs to Phillips' level 5, return on investment: monetised benefits and fully loaded costs,
 * the share of the benefit isolated as the programme's own effect, and the intangibles reported
 * apart. ROI % = (benefits − costs) / costs × 100 is computed by `@capkit/scoring`.
 */
export const roiInputsSchema = z.strictObject({
  benefits: z.array(moneyLine).max(documentLimits.listLength),
  costs: z.array(moneyLine).max(documentLimits.listLength),
  /** Share (0–1) of the benefits attributed to the programme after isolating other causes. */
  isolationFactor: z.number().min(0).max(1),
  /** Estimators' confidence (0–1) in the benefit figures, as Phillips adjusts for. */
  confidence: z.number().min(0).max(1).optional(),
  /** Benefits not converted to money, reported beside the ROI. */
  intangibles: z.array(localizedTextSchema).max(documentLimits.listLength),
});

/** Phillips ROI inputs; see {@link roiInputsSchema}. */
export type RoiInputs = z.infer<typeof roiInputsSchema>;

const observation = z.strictObject({ value: z.number(), on: calendarDateSchema });

/** An indicator tracked over time: where it started, where it should get to, where it is. */
export const indicatorSchema = z.strictObject({
  id: idSchema,
  name: localizedTextSchema,
  unit: visibleTextSchema(documentLimits.shortTextLength),
  baseline: observation,
  target: observation,
  /** Measurements after the baseline, oldest first. */
  actuals: z.array(observation).max(documentLimits.listLength),
});

/** An indicator; see {@link indicatorSchema}. */
export type Indicator = z.infer<typeof indicatorSchema>;

/** Instruments of a per-person evaluation observation. */
export const observationInstrumentSchema = z.enum([
  'reaction',
  'preTest',
  'postTest',
  'followUp',
  'supervisorRating',
]);

/** An observation instrument; see {@link observationInstrumentSchema}. */
export type ObservationInstrument = z.infer<typeof observationInstrumentSchema>;

/**
 * One person's score on one evaluation instrument for one intervention, at Kirkpatrick level 1
 * (reaction), 2 (pre- and post-tests) or 3 (follow-up, supervisor rating). People are known by
 * pseudonymous ids; `@capkit/scoring/evaluation` reports on groups of them only above the
 * disclosure threshold.
 */
export const evaluationObservationSchema = z.strictObject({
  id: idSchema,
  personId: idSchema,
  /** An intervention of the evaluated plan. */
  interventionId: idSchema,
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  instrument: observationInstrumentSchema,
  /** The score, within `scaleMin`–`scaleMax`. */
  value: z.number(),
  /** Lowest score the instrument gives. */
  scaleMin: z.number(),
  /** Highest score the instrument gives. */
  scaleMax: z.number(),
  on: calendarDateSchema,
});

/** An evaluation observation; see {@link evaluationObservationSchema}. */
export type EvaluationObservation = z.infer<typeof evaluationObservationSchema>;

/**
 * Evaluation of a plan (step 5 of the cycle): Kirkpatrick measures, ROI inputs, indicators and
 * the per-person observations the measures are computed from.
 */
export const evaluationSchema = z.strictObject({
  id: idSchema,
  round: roundNumberSchema,
  planId: idSchema,
  title: localizedTextSchema,
  kirkpatrick: z.array(kirkpatrickMeasureSchema).max(documentLimits.listLength),
  roi: roiInputsSchema.optional(),
  indicators: z.array(indicatorSchema).max(documentLimits.listLength),
  /** Per-person scores (reaction, tests, follow-ups); empty when only summaries are kept. */
  observations: z.array(evaluationObservationSchema).max(documentLimits.collectionLength),
});

/** An evaluation; see {@link evaluationSchema}. */
export type Evaluation = z.infer<typeof evaluationSchema>;
