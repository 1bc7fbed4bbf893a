import { z } from 'zod';
import { documentLimits } from './limits.js';
import { visibleTextSchema } from './visibleText.js';
import { idSchema } from './ids.js';
import { localizedTextSchema } from './localizedText.js';

/**
 * A competency: something a civil servant can do, rated on one of the framework's proficiency
 * scales. Mirrors 1EdTech CASE's `CFItem` (`code` ↔ `humanCodingScheme`,
 * `statement` ↔ `fullStatement`).
 */
export const competencySchema = z.strictObject({
  id: idSchema,
  /** Human coding scheme, e.g. `"DG-2.1"`. */
  code: visibleTextSchema(documentLimits.shortTextLength, 'Give the competency a code'),
  /** Short name, e.g. "Data literacy". */
  label: localizedTextSchema,
  /** Full statement of what the competency means. */
  statement: localizedTextSchema,
  /** Id of the proficiency scale (in the same framework) this competency is rated on. */
  scaleId: idSchema,
  /** Id of the framework area this competency sits in; absent for a framework without areas. */
  areaId: idSchema.optional(),
});

/** A competency; see {@link competencySchema}. */
export type Competency = z.infer<typeof competencySchema>;
