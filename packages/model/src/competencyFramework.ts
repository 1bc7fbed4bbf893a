import { z } from 'zod';
import { documentLimits } from './limits.js';
import { visibleTextSchema } from './visibleText.js';
import { competencySchema } from './competency.js';
import { calendarDateSchema } from './dates.js';
import { idSchema } from './ids.js';
import { localizedTextSchema } from './localizedText.js';
import { proficiencyScaleSchema } from './proficiencyScale.js';
import { schemaVersionSchema } from './schemaVersion.js';

/**
 * A grouping of competencies, such as DigComp's "Information and data literacy". Areas nest
 * through `parentId` to any depth; together with competencies they form the framework's tree.
 */
export const frameworkAreaSchema = z.strictObject({
  id: idSchema,
  /** Human coding scheme, e.g. `"DG-2"`. */
  code: visibleTextSchema(documentLimits.shortTextLength, 'Give the area a code'),
  label: localizedTextSchema,
  description: localizedTextSchema.optional(),
  /** Id of the enclosing area; absent for a top-level area. */
  parentId: idSchema.optional(),
});

/** A framework area; see {@link frameworkAreaSchema}. */
export type FrameworkArea = z.infer<typeof frameworkAreaSchema>;

/**
 * Lifecycle of a framework version. A `published` version is frozen: assessments may use it and
 * it must not change; edits go into a new version.
 */
export const frameworkStatusSchema = z.enum(['draft', 'published', 'retired']);

/** Lifecycle of a framework version; see {@link frameworkStatusSchema}. */
export type FrameworkStatus = z.infer<typeof frameworkStatusSchema>;

/** Points at one version of a competency framework. */
export const frameworkRefSchema = z.strictObject({
  frameworkId: idSchema,
  version: visibleTextSchema(documentLimits.shortTextLength),
});

/** Points at one version of a competency framework; see {@link frameworkRefSchema}. */
export type FrameworkRef = z.infer<typeof frameworkRefSchema>;

/**
 * One version of a competency framework (a top-level document): its proficiency scales, its
 * areas and its competencies. Holds DigComp 2.2 (5 areas, 21 competences, 8 levels), SFIA
 * (7 levels) and UK DDaT (4 skill levels) alike. Maps to 1EdTech CASE's `CFDocument`.
 */
export const competencyFrameworkSchema = z.strictObject({
  schemaVersion: schemaVersionSchema,
  kind: z.literal('competencyFramework'),
  id: idSchema,
  /** Version label, e.g. `"2.2"` or `"2026.1"`; unique per framework id. */
  version: visibleTextSchema(documentLimits.shortTextLength),
  status: frameworkStatusSchema,
  title: localizedTextSchema,
  description: localizedTextSchema.optional(),
  /** Who maintains the framework, e.g. "Ministry of Digital Services". */
  publisher: visibleTextSchema(documentLimits.shortTextLength).optional(),
  publishedOn: calendarDateSchema.optional(),
  scales: z
    .array(proficiencyScaleSchema)
    .max(documentLimits.listLength)
    .min(1, 'A framework needs at least one scale'),
  areas: z.array(frameworkAreaSchema).max(documentLimits.listLength),
  competencies: z.array(competencySchema).max(documentLimits.listLength),
});

/** One version of a competency framework; see {@link competencyFrameworkSchema}. */
export type CompetencyFramework = z.infer<typeof competencyFrameworkSchema>;
