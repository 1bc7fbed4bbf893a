import { z } from 'zod';
import { activitySchema, type XapiActivity } from './activity.js';
import { actorSchema, agentSchema, groupSchema } from './agents.js';
import {
  boundedString,
  extensionsSchema,
  iriSchema,
  isRecord,
  languageTagSchema,
  parseWithin,
  uuidSchema,
  xapiIssue,
  type XapiVersion,
} from './primitives.js';

/** A reference to another statement by its id. */
export const statementRefSchema = z.strictObject({
  objectType: z.literal('StatementRef'),
  id: uuidSchema,
});

/** A statement reference; see {@link statementRefSchema}. */
export type StatementRef = z.infer<typeof statementRefSchema>;

const activityListSchema = z.array(activitySchema).max(1_000);

/** Context activities, always as arrays (the form 2.0 requires and 1.0.3 returns). */
export interface ContextActivities {
  readonly parent?: XapiActivity[];
  readonly grouping?: XapiActivity[];
  readonly category?: XapiActivity[];
  readonly other?: XapiActivity[];
}

/**
 * 2.0 requires each list to be an array; 1.0.3 also allowed a single Activity, which an LRS
 * returns wrapped in an array. For 1.0.3 a single Activity is therefore taken and normalised.
 */
function contextActivitiesSchema(version: XapiVersion): z.ZodType<ContextActivities> {
  const list =
    version === '2.0.0'
      ? z.unknown().transform((input, ctx): XapiActivity[] => {
          if (isRecord(input)) {
            xapiIssue(
              ctx,
              [],
              'xapi.contextActivityNotArray',
              'xAPI 2.0 requires an array of Activities here; 1.0.3 allowed a single one',
            );
            return z.NEVER;
          }
          return parseWithin(activityListSchema, input, ctx);
        })
      : z.preprocess((input) => (isRecord(input) ? [input] : input), activityListSchema);
  return z.strictObject({
    parent: list.optional(),
    grouping: list.optional(),
    category: list.optional(),
    other: list.optional(),
  }) as z.ZodType<ContextActivities>;
}

const relevantTypesSchema = z
  .array(iriSchema)
  .min(1, 'relevantTypes lists at least one IRI')
  .max(1_000);

/** 2.0: an Agent that took part besides the actor, with the roles it played. */
export const contextAgentSchema = z.strictObject({
  objectType: z.literal('contextAgent'),
  agent: agentSchema,
  relevantTypes: relevantTypesSchema.optional(),
});

/** 2.0: a Group that took part besides the actor, with the roles it played. */
export const contextGroupSchema = z.strictObject({
  objectType: z.literal('contextGroup'),
  group: groupSchema,
  relevantTypes: relevantTypesSchema.optional(),
});

/** A statement's context for the given version; 2.0 adds `contextAgents` and `contextGroups`. */
export function contextSchema(version: XapiVersion) {
  const common = {
    registration: uuidSchema.optional(),
    instructor: actorSchema('instructor').optional(),
    team: groupSchema.optional(),
    contextActivities: contextActivitiesSchema(version).optional(),
    revision: boundedString.optional(),
    platform: boundedString.optional(),
    language: languageTagSchema.optional(),
    statement: statementRefSchema.optional(),
    extensions: extensionsSchema.optional(),
  };
  return version === '2.0.0'
    ? z.strictObject({
        ...common,
        contextAgents: z.array(contextAgentSchema).max(1_000).optional(),
        contextGroups: z.array(contextGroupSchema).max(1_000).optional(),
      })
    : z.strictObject(common);
}

/** A statement's context (the 2.0 shape; 1.0.3 has no `contextAgents`/`contextGroups`). */
export type XapiContext = z.infer<ReturnType<typeof contextSchema>> & {
  contextAgents?: z.infer<typeof contextAgentSchema>[];
  contextGroups?: z.infer<typeof contextGroupSchema>[];
};
