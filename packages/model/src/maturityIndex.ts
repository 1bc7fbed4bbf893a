import { z } from 'zod';
import { calendarDateSchema } from './dates.js';
import { idSchema } from './ids.js';
import { documentLimits } from './limits.js';
import { localizedTextSchema } from './localizedText.js';
import { visibleTextSchema } from './visibleText.js';

/** What the entities of a maturity index are. */
export const maturityEntityKindSchema = z.enum([
  'unit',
  'organisation',
  'functionalCapacity',
  'other',
]);

/** Kind of entity a maturity index scores; see {@link maturityEntityKindSchema}. */
export type MaturityEntityKind = z.infer<typeof maturityEntityKindSchema>;

/** One entity the index scores: a unit, a ministry, a UNDP functional capacity… */
export const maturityEntitySchema = z.strictObject({
  id: idSchema,
  name: localizedTextSchema,
  /** The organisational unit it is, when it is one. */
  unitId: idSchema.optional(),
  /** Group for group-wise imputation and comparison, e.g. a region or income group. */
  group: visibleTextSchema(documentLimits.shortTextLength).optional(),
});

/** An entity of a maturity index; see {@link maturityEntitySchema}. */
export type MaturityEntity = z.infer<typeof maturityEntitySchema>;

/**
 * How a node combines its children (OECD/JRC Handbook on Constructing Composite Indicators,
 * step 6): weighted arithmetic, geometric, harmonic or generalised (power) mean, or the
 * non-compensatory Copeland outranking count.
 */
export const maturityAggregationSchema = z.enum([
  'arithmetic',
  'geometric',
  'harmonic',
  'generalised',
  'copeland',
]);

/** An aggregation method; see {@link maturityAggregationSchema}. */
export type MaturityAggregation = z.infer<typeof maturityAggregationSchema>;

/** A node of the index hierarchy: the index itself (the one root) or a dimension, any depth. */
export const maturityNodeSchema = z.strictObject({
  id: idSchema,
  title: localizedTextSchema,
  /** The enclosing node; absent for the one root, the index itself. */
  parentId: idSchema.optional(),
  /** Weight among its siblings; equal weights when absent. */
  weight: z.number().nonnegative().optional(),
  /** How it combines its children. */
  aggregation: maturityAggregationSchema.optional(),
  /** Exponent of the generalised mean (required with `aggregation: 'generalised'`). */
  power: z.number().optional(),
});

/** A node of a maturity index; see {@link maturityNodeSchema}. */
export type MaturityNode = z.infer<typeof maturityNodeSchema>;

/** One measured indicator, a leaf of the index hierarchy. */
export const maturityIndicatorSchema = z.strictObject({
  id: idSchema,
  title: localizedTextSchema,
  /** The node (dimension) it belongs to. */
  parentId: idSchema,
  direction: z.enum(['higherIsBetter', 'lowerIsBetter']),
  /** Unit of its values, e.g. "% of services online", "days". */
  unit: visibleTextSchema(documentLimits.shortTextLength),
  /** Weight among its siblings; equal weights when absent. */
  weight: z.number().nonnegative().optional(),
  /** Value to reach, for distance-to-target normalisation. */
  target: z.number().optional(),
  /** Fixed worst and best values for goalpost normalisation; `low` below `high`. */
  goalposts: z.strictObject({ low: z.number(), high: z.number() }).optional(),
});

/** An indicator of a maturity index; see {@link maturityIndicatorSchema}. */
export type MaturityIndicator = z.infer<typeof maturityIndicatorSchema>;

/** One entity's value of one indicator; a missing value is an absent entry, never a zero. */
export const maturityValueSchema = z.strictObject({
  entityId: idSchema,
  indicatorId: idSchema,
  value: z.number(),
});

/** A value of a maturity index; see {@link maturityValueSchema}. */
export type MaturityValue = z.infer<typeof maturityValueSchema>;

/** A named maturity level reached from `minScore` up, e.g. "Defined" from 50. */
export const maturityLevelSchema = z.strictObject({
  id: idSchema,
  name: localizedTextSchema,
  /** Lowest index score at this level; levels are listed by ascending `minScore`. */
  minScore: z.number(),
});

/** A maturity level; see {@link maturityLevelSchema}. */
export type MaturityLevel = z.infer<typeof maturityLevelSchema>;

/**
 * A composite maturity index (workspace collection `maturityIndexes`), built as the OECD/JRC
 * Handbook describes: indicators grouped under nodes up to one root, their directions, targets
 * and goalposts, the entities scored and their values, and the named levels scores map to.
 * `@capkit/scoring/maturity` computes it.
 */
export const maturityIndexSchema = z.strictObject({
  id: idSchema,
  title: localizedTextSchema,
  entityKind: maturityEntityKindSchema,
  entities: z.array(maturityEntitySchema).max(documentLimits.listLength),
  nodes: z.array(maturityNodeSchema).max(documentLimits.listLength),
  indicators: z.array(maturityIndicatorSchema).max(documentLimits.listLength),
  /** At most one per entity and indicator. */
  values: z.array(maturityValueSchema).max(documentLimits.collectionLength),
  levels: z.array(maturityLevelSchema).max(documentLimits.listLength),
  /** When the values were measured. */
  measuredOn: calendarDateSchema.optional(),
});

/** A maturity index; see {@link maturityIndexSchema}. */
export type MaturityIndex = z.infer<typeof maturityIndexSchema>;
