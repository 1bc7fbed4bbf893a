import { z } from 'zod';
import { interopLimits } from '../shared/limits.js';

/** The two versions of xAPI a statement can be checked against. */
export type XapiVersion = '2.0.0' | '1.0.3';

/** The part of zod's refinement context that adds an issue, whatever the value's type. */
export interface IssueSink {
  addIssue(issue: z.core.$ZodSuperRefineIssue): void;
}

/** Adds an issue naming the xAPI rule broken (`params.xapiCode`), located by `path`. */
export function xapiIssue(
  ctx: IssueSink,
  path: readonly PropertyKey[],
  xapiCode: string,
  message: string,
): void {
  ctx.addIssue({ code: 'custom', path: [...path], message, params: { xapiCode } });
}

/** A predicate for zod's `refine`, which (unlike `regex`) can carry the rule's code. */
export function matches(pattern: RegExp): (value: string) => boolean {
  return (value) => pattern.test(value);
}

const maxString = interopLimits.maxFieldLength;
// Far more languages or extension keys than any real statement has; a cap keeps a hostile one cheap.
const maxMapKeys = 1_000;

/** Any string, capped so a hostile statement cannot carry megabytes in one field. */
export const boundedString = z.string().max(maxString);

// RFC 3987's absolute IRI: a scheme, a colon and a body without white space or controls. The
// full grammar is not needed to catch what goes wrong in practice (relative ids, spaces, "").
const iriPattern = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s\p{Cc}<>"{}|\\^`]+$/u;

/** An absolute IRI such as `https://example.gov/activities/1` or `urn:uuid:…`. */
export const iriSchema = boundedString.refine(matches(iriPattern), {
  message: 'Expected an absolute IRI such as "https://example.gov/activity/1"',
  params: { xapiCode: 'xapi.notIri' },
});

/** An IRL: an IRI that can be looked up, so http(s). */
export const irlSchema = boundedString.refine(matches(/^https?:\/\/[^\s\p{Cc}<>"{}|\\^`]+$/iu), {
  message: 'Expected an http(s) IRL such as "https://example.gov/"',
  params: { xapiCode: 'xapi.notIrl' },
});

// RFC 4122 layout; xAPI accepts any version, but the variant bits must be RFC 4122's.
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** A UUID as RFC 4122 writes it. */
export const uuidSchema = z.string().refine(matches(uuidPattern), {
  message: 'Expected a UUID such as "c2a8a4e6-1f1b-4f5e-9a51-0c0f7e3b6a11"',
  params: { xapiCode: 'xapi.notUuid' },
});

function isLanguageTag(tag: string): boolean {
  if (tag.length === 0 || tag.length > 100) return false;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** A BCP 47 language tag (`en`, `fr-CA`, `und`). */
export const languageTagSchema = z.string().refine(isLanguageTag, {
  message: 'Expected a BCP 47 language tag such as "en" or "fr-CA"',
  params: { xapiCode: 'xapi.badLanguageTag' },
});

// Keys are checked one by one so that the issue points at the bad key (`verb.display["en US"]`).
const languageMapRecordSchema = z.record(z.string(), boundedString).superRefine((map, ctx) => {
  const keys = Object.keys(map);
  if (keys.length > maxMapKeys) {
    xapiIssue(ctx, [], 'xapi.tooManyKeys', `A language map has at most ${maxMapKeys} languages`);
    return;
  }
  for (const key of keys) {
    if (!isLanguageTag(key)) {
      xapiIssue(ctx, [key], 'xapi.badLanguageTag', `"${key}" is not a BCP 47 language tag`);
    }
  }
});

const extensionsRecordSchema = z.record(z.string(), z.unknown()).superRefine((map, ctx) => {
  const entries = Object.entries(map);
  if (entries.length > maxMapKeys) {
    xapiIssue(ctx, [], 'xapi.tooManyKeys', `Extensions hold at most ${maxMapKeys} keys`);
    return;
  }
  for (const [key, value] of entries) {
    if (!iriPattern.test(key)) {
      xapiIssue(ctx, [key], 'xapi.extensionKeyNotIri', `Extension key "${key}" is not an IRI`);
    }
    const problem = jsonProblem(value);
    if (problem !== undefined) xapiIssue(ctx, [key], 'xapi.extensionNotJson', problem);
  }
});

// JSON.parse makes "__proto__" an own key, which zod's records would drop without a word.
function refusingProtoKey<T>(schema: z.ZodType<T>): z.ZodType<T> {
  return z.preprocess((input, ctx) => {
    if (isRecord(input) && Object.hasOwn(input, '__proto__')) {
      xapiIssue(ctx, ['__proto__'], 'xapi.forbiddenKey', '"__proto__" may not be used as a key');
    }
    return input;
  }, schema);
}

/**
 * A language map: BCP 47 tag → text. Keys are checked one by one so that the issue points at
 * the bad key (`verb.display["en US"]`).
 */
export const languageMapSchema = refusingProtoKey(languageMapRecordSchema);

/**
 * Extensions: IRI → any JSON value. Values are open by the specification and kept as they are.
 */
export const extensionsSchema = refusingProtoKey(extensionsRecordSchema);

/** Deepest nesting accepted inside an extension value. */
export const maxExtensionDepth = 64;

// Iterative, so that a hostile value nested a million deep cannot overflow the stack.
function jsonProblem(root: unknown): string | undefined {
  const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  let seen = 0;
  while (stack.length > 0) {
    const { value, depth } = stack.pop() as { value: unknown; depth: number };
    seen += 1;
    if (seen > interopLimits.maxDocumentEntries) return 'Extension value is too large';
    if (depth > maxExtensionDepth) {
      return `Extension value is nested deeper than ${maxExtensionDepth} levels`;
    }
    if (value === null || typeof value === 'boolean') continue;
    if (typeof value === 'string') {
      if (value.length > maxString) return `Extension text is longer than ${maxString} characters`;
      continue;
    }
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return 'Extension value is not a finite number';
      continue;
    }
    if (Array.isArray(value)) {
      for (const item of value as unknown[]) stack.push({ value: item, depth: depth + 1 });
      continue;
    }
    if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      for (const item of Object.values(value)) stack.push({ value: item, depth: depth + 1 });
      continue;
    }
    return 'Extension value is not JSON';
  }
  return undefined;
}

// ISO 8601 extended date-time as the specification's examples and conformance tests read it:
// date, "T", time to at least the minute, optional fraction, optional offset.
const dateTimePattern =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * An ISO 8601 date-time. `-00:00` ("offset unknown" in RFC 3339) is refused in both versions;
 * 2.0 requires an offset, 1.0.3 only recommends one.
 */
export function dateTimeSchema(version: XapiVersion): z.ZodType<string> {
  return z.string().superRefine((value, ctx) => {
    const match = dateTimePattern.exec(value);
    if (match === null) {
      xapiIssue(
        ctx,
        [],
        'xapi.notDateTime',
        `"${value.slice(0, 40)}" is not an ISO 8601 date-time such as "2026-03-01T09:30:00Z"`,
      );
      return;
    }
    const [, year, month, day, hour, minute, second, offset] = match;
    if (
      !isRealDate(Number(year), Number(month), Number(day)) ||
      Number(hour) > 23 ||
      Number(minute) > 59 ||
      Number(second ?? 0) > 60 ||
      (offset !== undefined &&
        offset !== 'Z' &&
        !/^[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?$/.test(offset))
    ) {
      xapiIssue(ctx, [], 'xapi.notDateTime', `"${value}" is not a real date and time`);
      return;
    }
    if (offset !== undefined && /^-00(?::?00)?$/.test(offset)) {
      xapiIssue(
        ctx,
        [],
        'xapi.negativeZeroOffset',
        'The "-00:00" offset means "offset unknown" and is not allowed; write "Z" or "+00:00"',
      );
    } else if (offset === undefined && version === '2.0.0') {
      xapiIssue(
        ctx,
        [],
        'xapi.missingOffset',
        'xAPI 2.0 requires a time zone offset on date-times ("Z" or "+02:00")',
      );
    }
  });
}

// ISO 8601:2004 4.4.3.2 (the format with designators); only the smallest unit given may carry
// a fraction, and the alternative format (P0003-02-01…) is not allowed.
const durationPattern =
  /^P(?:\d+(?:[.,]\d+)?W|(?=\d|T\d)(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:[.,]\d+)?S)?)?)$/;

/** An ISO 8601 duration such as `PT1H30M` or `P2D`. */
export const durationSchema = z.string().refine(matches(durationPattern), {
  message: 'Expected an ISO 8601 duration such as "PT1H30M"',
  params: { xapiCode: 'xapi.notDuration' },
});

/**
 * Parses `input` with `schema` inside another schema's transform, passing its issues up with
 * their paths, so that a value chosen by `objectType` is checked by the one schema that fits
 * (a zod union would report every alternative's failures instead).
 */
export function parseWithin<T>(schema: z.ZodType<T>, input: unknown, ctx: z.RefinementCtx): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  // A parsed issue is a complete raw issue; zod types them apart only by `input` being optional.
  for (const issue of parsed.error.issues) ctx.addIssue(issue as z.core.$ZodSuperRefineIssue);
  return z.NEVER;
}

/** Whether `value` is a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
