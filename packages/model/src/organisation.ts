import { z } from 'zod';
import { documentLimits } from './limits.js';
import { visibleTextSchema } from './visibleText.js';
import { frameworkRefSchema } from './competencyFramework.js';
import { calendarDateSchema } from './dates.js';
import { idSchema } from './ids.js';
import { languageTagSchema, localizedTextSchema } from './localizedText.js';

/** A unit of the organisation (ministry, department, team); units nest through `parentId`. */
export const orgUnitSchema = z.strictObject({
  id: idSchema,
  name: localizedTextSchema,
  /** Short code, e.g. `"MDS-DSD"`. */
  code: visibleTextSchema(documentLimits.shortTextLength).optional(),
  /** Id of the enclosing unit; absent for the top of the hierarchy. */
  parentId: idSchema.optional(),
});

/** An organisational unit; see {@link orgUnitSchema}. */
export type OrgUnit = z.infer<typeof orgUnitSchema>;

/** The level a role requires in one competency. */
export const competencyRequirementSchema = z.strictObject({
  competencyId: idSchema,
  /** A level `value` of the competency's proficiency scale. */
  requiredLevel: z.number().int(),
});

/** A role's required level in one competency; see {@link competencyRequirementSchema}. */
export type CompetencyRequirement = z.infer<typeof competencyRequirementSchema>;

/**
 * A role and its profile: the level required in each competency of one framework version.
 * People's gaps are measured against their role.
 */
export const roleSchema = z.strictObject({
  id: idSchema,
  title: localizedTextSchema,
  /** Job family or grade band, e.g. "Digital, data and technology". */
  family: visibleTextSchema(documentLimits.shortTextLength).optional(),
  framework: frameworkRefSchema,
  requirements: z.array(competencyRequirementSchema).max(documentLimits.listLength),
});

/** A role profile; see {@link roleSchema}. */
export type Role = z.infer<typeof roleSchema>;

/**
 * A person, known by a pseudonymous id. Nothing here identifies them; names and contact details
 * live apart in {@link personalDataSchema} so a dataset can be shared without them.
 */
export const personSchema = z.strictObject({
  id: idSchema,
  /** Grade or pay band, used to group results, e.g. `"G7"`. */
  grade: visibleTextSchema(documentLimits.shortTextLength).optional(),
});

/** A pseudonymous person; see {@link personSchema}. */
export type Person = z.infer<typeof personSchema>;

/** Identifying details of a person, kept separable: drop them all to pseudonymise a workspace. */
export const personalDataSchema = z.strictObject({
  personId: idSchema,
  name: visibleTextSchema(documentLimits.shortTextLength),
  email: z.email().max(documentLimits.shortTextLength).optional(),
  /** The person's preferred language for questionnaires and reports. */
  preferredLanguage: languageTagSchema.optional(),
});

/** Identifying details of a person; see {@link personalDataSchema}. */
export type PersonalData = z.infer<typeof personalDataSchema>;

/** A person holding a role in a unit over a period. */
export const membershipSchema = z.strictObject({
  personId: idSchema,
  unitId: idSchema,
  roleId: idSchema,
  from: calendarDateSchema,
  /** Last day in the role; absent while it lasts. */
  to: calendarDateSchema.optional(),
});

/** A person's role in a unit over a period; see {@link membershipSchema}. */
export type Membership = z.infer<typeof membershipSchema>;
