import { z } from 'zod';
import { interopLimits } from '../../shared/limits.js';

/**
 * A CASE identifier: a UUID in its 8-4-4-4-12 hex form. CASE 1.1 takes any version (servers mint
 * v1 and v4 alike), so the version and variant digits are not checked.
 */
export const caseUuidSchema = z
  .string()
  .regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, {
    message: 'Expected a UUID such as "9d3c5f0e-2b1a-4c8d-9e7f-0a1b2c3d4e5f"',
  });

/** An absolute URI (`https://…`, `urn:uuid:…`): a scheme, a colon, then no white space. */
export const caseUriSchema = z
  .string()
  .max(4096)
  .regex(/^[A-Za-z][A-Za-z0-9+.-]*:\S+$/, { message: 'Expected an absolute URI' });

/** A CASE `DateTime`: ISO 8601 with a UTC offset, e.g. `2026-03-01T09:00:00+00:00`. */
export const caseDateTimeSchema = z.iso.datetime({ offset: true });

/** A CASE `Date`: `YYYY-MM-DD`. */
export const caseDateSchema = z.iso.date();

const text = z.string().max(100_000);

/** Free text in a CASE field (statements, notes, descriptions). */
export const caseTextSchema = text;

/** A list of free-text values (`subject`, `conceptKeywords`, `educationLevel`). */
export const caseTextListSchema = z.array(text).max(interopLimits.maxDocumentEntries);

/** CASE `LinkURI`: points at another CASE object by title, UUID and URI. */
export const caseLinkUriSchema = z.strictObject({
  title: text,
  identifier: caseUuidSchema,
  uri: caseUriSchema,
});

/** A CASE `LinkURI`; see {@link caseLinkUriSchema}. */
export type CaseLinkUri = z.infer<typeof caseLinkUriSchema>;

/**
 * CASE 1.1 `LinkGenURI.targetType`: `CASE` for a CASE object, or an extension value written
 * `ext:…` for anything else (a course, a credential).
 */
export const caseTargetTypeSchema = z
  .string()
  .regex(/^(?:CASE|ext:[A-Za-z0-9._-]+)$/, {
    message: 'Expected "CASE" or an extension value such as "ext:course"',
  })
  .pipe(z.custom<'CASE' | `ext:${string}`>());

/**
 * CASE `LinkGenURI`, the end of an association. Its `identifier` need not be a UUID: an
 * association may point outside CASE. `targetType` is new in CASE 1.1.
 */
export const caseLinkGenUriSchema = z.strictObject({
  title: text,
  identifier: z.string().min(1).max(4096),
  uri: caseUriSchema,
  targetType: caseTargetTypeSchema.optional(),
});

/** A CASE `LinkGenURI`; see {@link caseLinkGenUriSchema}. */
export type CaseLinkGenUri = z.infer<typeof caseLinkGenUriSchema>;

/** The association types CASE 1.1 defines (`isTranslationOf` is new in 1.1). */
export const caseAssociationTypes = [
  'isChildOf',
  'isPeerOf',
  'isPartOf',
  'exactMatchOf',
  'precedes',
  'isRelatedTo',
  'replacedBy',
  'exemplar',
  'hasSkillLevel',
  'isTranslationOf',
] as const;

/** A CASE 1.1 association type: one of {@link caseAssociationTypes} or an `ext:…` extension. */
export const caseAssociationTypeSchema = z
  .string()
  .regex(new RegExp(`^(?:${caseAssociationTypes.join('|')}|ext:[A-Za-z0-9._-]+)$`), {
    message: `Expected one of ${caseAssociationTypes.join(', ')}, or an extension type such as "ext:isTaughtBy"`,
  })
  .pipe(z.custom<(typeof caseAssociationTypes)[number] | `ext:${string}`>());

/** A CASE 1.1 association type; see {@link caseAssociationTypeSchema}. */
export type CaseAssociationType = z.infer<typeof caseAssociationTypeSchema>;

/** Any JSON value: what an extension may hold. */
export type CaseJsonValue =
  | string
  | number
  | boolean
  | null
  | readonly CaseJsonValue[]
  | { readonly [key: string]: CaseJsonValue };

/** An open extensions object, kept as given; see {@link caseExtensionsSchema}. */
export type CaseExtensions = { readonly [key: string]: CaseJsonValue };

const maxExtensionDepth = 64;

// Returns the path (below the value) of the first thing JSON cannot hold, or undefined.
function firstNonJson(value: unknown, depth: number): PropertyKey[] | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : [];
  if (typeof value !== 'object' || depth > maxExtensionDepth) return [];
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const below = firstNonJson(value[index], depth + 1);
      if (below !== undefined) return [index, ...below];
    }
    return undefined;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return [];
  for (const [key, entry] of Object.entries(value)) {
    const below = firstNonJson(entry, depth + 1);
    if (below !== undefined) return [key, ...below];
  }
  return undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// zod's records drop a `__proto__` key and rebuild the object; extensions are open by the
// specification and must come back exactly as they came in, so they are checked, not parsed.
function jsonChecked<T>(isShape: (value: unknown) => boolean, shapeMessage: string) {
  return z.custom<T>().superRefine((value, ctx) => {
    if (!isShape(value)) {
      ctx.addIssue({ code: 'custom', message: shapeMessage, input: value });
      return;
    }
    const below = firstNonJson(value, 0);
    if (below !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: below,
        message: `Extensions must hold JSON values only (at most ${maxExtensionDepth} levels deep)`,
        input: value,
      });
    }
  });
}

/**
 * The `extensions` of a CASE 1.1 object: an open JSON object. Every key and value is kept as
 * given, so a package re-exports exactly.
 */
export const caseExtensionsSchema = jsonChecked<CaseExtensions>(
  isPlainObject,
  'Expected an extensions object',
);

/**
 * The `extensions` of a `CFRubricCriterionLevel`, which CASE 1.1 alone among its classes makes
 * a list ("0..*") of extension objects.
 */
export const caseLevelExtensionsSchema = jsonChecked<readonly CaseExtensions[]>(
  (value) =>
    Array.isArray(value) &&
    value.length <= interopLimits.maxDocumentEntries &&
    value.every(isPlainObject),
  'Expected a list of extension objects: a rubric criterion level takes its extensions as an array',
);
