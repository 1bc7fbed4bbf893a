import { z } from 'zod';
import { activitySchema, type XapiActivity } from './activity.js';
import {
  actorSchema,
  agentSchema,
  groupSchema,
  type XapiActor,
  type XapiAgent,
  type XapiGroup,
} from './agents.js';
import {
  contextSchema,
  statementRefSchema,
  type StatementRef,
  type XapiContext,
} from './context.js';
import {
  boundedString,
  dateTimeSchema,
  iriSchema,
  irlSchema,
  isRecord,
  type IssueSink,
  languageMapSchema,
  parseWithin,
  uuidSchema,
  matches,
  xapiIssue,
  type XapiVersion,
} from './primitives.js';
import { resultSchema, type XapiResult } from './result.js';

/** The verb that voids the statement its object refers to. */
export const voidedVerbId = 'http://adlnet.gov/expapi/verbs/voided';

/** What was done: an IRI and, for people, its name in some languages. */
export const verbSchema = z.strictObject({
  id: iriSchema,
  display: languageMapSchema.optional(),
});

/** A verb; see {@link verbSchema}. */
export type XapiVerb = z.infer<typeof verbSchema>;

/** A file or other content attached to a statement, described by its digest. */
export const attachmentSchema = z.strictObject({
  usageType: iriSchema,
  display: languageMapSchema,
  description: languageMapSchema.optional(),
  contentType: boundedString.refine(matches(/^[\w.+-]+\/[\w.+-]+(?:\s*;.*)?$/), {
    message: 'Expected an Internet media type such as "application/pdf"',
    params: { xapiCode: 'xapi.badContentType' },
  }),
  length: z.number().int().nonnegative(),
  sha2: z.string().refine(matches(/^(?:[0-9a-f]{56}|[0-9a-f]{64}|[0-9a-f]{96}|[0-9a-f]{128})$/i), {
    message: 'Expected a SHA-2 digest in hexadecimal (SHA-256: 64 digits)',
    params: { xapiCode: 'xapi.badSha2' },
  }),
  fileUrl: irlSchema.optional(),
});

/** An attachment; see {@link attachmentSchema}. */
export type XapiAttachment = z.infer<typeof attachmentSchema>;

/** A statement inside a statement: something planned or reported, without its own identity. */
export interface XapiSubStatement {
  objectType: 'SubStatement';
  actor: XapiActor;
  verb: XapiVerb;
  object: XapiActivity | XapiAgent | XapiGroup | StatementRef;
  result?: XapiResult;
  context?: XapiContext;
  timestamp?: string;
  attachments?: XapiAttachment[];
}

/** An xAPI statement as validated (context activities always arrays). */
export interface XapiStatement {
  id?: string;
  actor: XapiActor;
  verb: XapiVerb;
  object: XapiActivity | XapiAgent | XapiGroup | StatementRef | XapiSubStatement;
  result?: XapiResult;
  context?: XapiContext;
  timestamp?: string;
  stored?: string;
  authority?: XapiActor;
  version?: string;
  attachments?: XapiAttachment[];
}

const identifierKeys = ['mbox', 'mbox_sha1sum', 'openid', 'account'];

function objectSchema(
  version: XapiVersion,
  inSubStatement: boolean,
): z.ZodType<XapiStatement['object']> {
  return z.unknown().transform((input, ctx): XapiStatement['object'] => {
    if (!isRecord(input)) {
      xapiIssue(
        ctx,
        [],
        'xapi.notObject',
        'object must be an Activity, Agent, Group, StatementRef or SubStatement',
      );
      return z.NEVER;
    }
    const objectType = input['objectType'];
    switch (objectType) {
      case undefined:
        if (!('id' in input) && identifierKeys.some((name) => name in input)) {
          xapiIssue(
            ctx,
            ['objectType'],
            'xapi.agentObjectWithoutType',
            'An Agent used as the object must say objectType "Agent"',
          );
          return z.NEVER;
        }
        return parseWithin(activitySchema, input, ctx);
      case 'Activity':
        return parseWithin(activitySchema, input, ctx);
      case 'Agent':
        return parseWithin(agentSchema, input, ctx);
      case 'Group':
        return parseWithin(groupSchema, input, ctx);
      case 'StatementRef':
        return parseWithin(statementRefSchema, input, ctx);
      case 'SubStatement':
        if (inSubStatement) {
          xapiIssue(
            ctx,
            ['objectType'],
            'xapi.nestedSubStatement',
            'A SubStatement cannot contain another SubStatement',
          );
          return z.NEVER;
        }
        return parseWithin(subStatementSchemaFor(version), input, ctx);
      default:
        xapiIssue(
          ctx,
          ['objectType'],
          'xapi.badObjectType',
          'objectType must be "Activity", "Agent", "Group", "StatementRef" or "SubStatement"',
        );
        return z.NEVER;
    }
  });
}

// Rules that relate several parts of a statement or SubStatement.
function checkAcrossParts(
  statement: {
    readonly verb: { readonly id: string };
    readonly object: { readonly objectType?: string | undefined };
    readonly context?:
      | { readonly revision?: string | undefined; readonly platform?: string | undefined }
      | undefined;
  },
  ctx: IssueSink,
): void {
  const objectType = statement.object.objectType ?? 'Activity';
  if (objectType !== 'Activity') {
    for (const key of ['revision', 'platform'] as const) {
      if (statement.context?.[key] !== undefined) {
        xapiIssue(
          ctx,
          ['context', key],
          'xapi.contextNeedsActivity',
          `context.${key} is only allowed when the object is an Activity (here: ${objectType})`,
        );
      }
    }
  }
  if (statement.verb.id === voidedVerbId && objectType !== 'StatementRef') {
    xapiIssue(
      ctx,
      ['object', 'objectType'],
      'xapi.voidingNeedsStatementRef',
      'A voiding statement (verb "voided") must have a StatementRef as its object',
    );
  }
}

// An authority is the OAuth consumer, alone or, for 3-legged OAuth, with the user it acts for:
// then an anonymous Group of exactly those two.
function checkAuthority(
  statement: { readonly authority?: XapiActor | undefined },
  ctx: IssueSink,
): void {
  const authority = statement.authority;
  if (authority?.objectType !== 'Group') return;
  const identified = ['mbox', 'mbox_sha1sum', 'openid', 'account'].some(
    (key) => (authority as Record<string, unknown>)[key] !== undefined,
  );
  if (identified || authority.member?.length !== 2) {
    xapiIssue(
      ctx,
      ['authority'],
      'xapi.badAuthorityGroup',
      'A Group as authority must be anonymous with exactly two members (OAuth consumer and user)',
    );
  }
}

const versionPatterns: Record<XapiVersion, RegExp> = {
  '2.0.0': /^2\.0\.\d+$/,
  '1.0.3': /^1\.0(?:\.\d+)?$/,
};

const forbiddenInSubStatement = ['id', 'stored', 'version', 'authority'] as const;

const cache = new Map<string, z.ZodType<XapiStatement> | z.ZodType<XapiSubStatement>>();

function subStatementSchemaFor(version: XapiVersion): z.ZodType<XapiSubStatement> {
  const key = `sub:${version}`;
  const cached = cache.get(key) as z.ZodType<XapiSubStatement> | undefined;
  if (cached !== undefined) return cached;
  const body = z
    .strictObject({
      objectType: z.literal('SubStatement'),
      actor: actorSchema('actor'),
      verb: verbSchema,
      object: objectSchema(version, true),
      result: resultSchema.optional(),
      context: contextSchema(version).optional(),
      timestamp: dateTimeSchema(version).optional(),
      attachments: z.array(attachmentSchema).max(1_000).optional(),
    })
    .superRefine(checkAcrossParts);
  const schema = z.unknown().transform((input, ctx): XapiSubStatement => {
    if (isRecord(input)) {
      const forbidden = forbiddenInSubStatement.filter((name) => name in input);
      for (const name of forbidden) {
        xapiIssue(ctx, [name], 'xapi.forbiddenInSubStatement', `A SubStatement has no "${name}"`);
      }
      if (forbidden.length > 0) return z.NEVER;
    }
    return parseWithin(body, input, ctx) as XapiSubStatement;
  });
  cache.set(key, schema);
  return schema;
}

/** The zod schema of one statement under the rules of `version`. */
export function statementSchemaFor(version: XapiVersion): z.ZodType<XapiStatement> {
  const key = `statement:${version}`;
  const cached = cache.get(key) as z.ZodType<XapiStatement> | undefined;
  if (cached !== undefined) return cached;
  const schema = z
    .strictObject({
      id: uuidSchema.optional(),
      actor: actorSchema('actor'),
      verb: verbSchema,
      object: objectSchema(version, false),
      result: resultSchema.optional(),
      context: contextSchema(version).optional(),
      timestamp: dateTimeSchema(version).optional(),
      stored: dateTimeSchema(version).optional(),
      authority: actorSchema('authority').optional(),
      version: z
        .string()
        .refine(matches(versionPatterns[version]), {
          message:
            version === '2.0.0'
              ? 'This statement is checked as xAPI 2.0: version must be "2.0.0" (check 1.0.x statements with version "1.0.3")'
              : 'This statement is checked as xAPI 1.0.3: version must be "1.0.0" to "1.0.3"',
          params: { xapiCode: 'xapi.versionMismatch' },
        })
        .optional(),
      attachments: z.array(attachmentSchema).max(1_000).optional(),
    })
    .superRefine(checkAcrossParts)
    .superRefine(checkAuthority) as z.ZodType<XapiStatement>;
  cache.set(key, schema);
  return schema;
}
