import { z } from 'zod';
import {
  boundedString,
  iriSchema,
  irlSchema,
  isRecord,
  parseWithin,
  matches,
  xapiIssue,
} from './primitives.js';

// The inverse functional identifiers: exactly one of them identifies an Agent or a Group.
const ifiKeys = ['mbox', 'mbox_sha1sum', 'openid', 'account'] as const;

const mboxSchema = boundedString.refine(matches(/^mailto:[^\s@]+@[^\s@]+$/), {
  message: 'Expected a "mailto:" IRI such as "mailto:learner@example.gov"',
  params: { xapiCode: 'xapi.badMbox' },
});

const sha1Schema = z.string().refine(matches(/^[0-9a-f]{40}$/i), {
  message: 'Expected the SHA-1 of a "mailto:" IRI as 40 hexadecimal digits',
  params: { xapiCode: 'xapi.badMboxSha1sum' },
});

/** An account on some system: the system's home page and the account's name there. */
export const accountSchema = z.strictObject({
  homePage: irlSchema,
  name: boundedString.min(1),
});

/** An xAPI account; see {@link accountSchema}. */
export type XapiAccount = z.infer<typeof accountSchema>;

const identifierShape = {
  name: boundedString.optional(),
  mbox: mboxSchema.optional(),
  mbox_sha1sum: sha1Schema.optional(),
  openid: iriSchema.optional(),
  account: accountSchema.optional(),
};

function identifiersOf(value: Record<string, unknown>): string[] {
  return ifiKeys.filter((key) => value[key] !== undefined);
}

function exactlyOneIdentifier(kind: string) {
  return (value: Record<string, unknown>, ctx: z.RefinementCtx): void => {
    const present = identifiersOf(value);
    if (present.length === 0) {
      xapiIssue(
        ctx,
        [],
        'xapi.noIdentifier',
        `${kind} needs exactly one of mbox, mbox_sha1sum, openid or account`,
      );
    } else if (present.length > 1) {
      xapiIssue(
        ctx,
        [present[1] as string],
        'xapi.severalIdentifiers',
        `${kind} has ${present.join(' and ')}; give exactly one identifier`,
      );
    }
  };
}

/** An Agent: one person or system, identified by exactly one inverse functional identifier. */
export const agentSchema = z
  .strictObject({ objectType: z.literal('Agent').optional(), ...identifierShape })
  .superRefine(exactlyOneIdentifier('An Agent'));

/** An xAPI Agent; see {@link agentSchema}. */
export type XapiAgent = z.infer<typeof agentSchema>;

// A member is an Agent; a Group among the members is refused with its own message, since
// "unrecognized key member" would not tell the writer what went wrong.
const memberSchema = z.unknown().transform((input, ctx): XapiAgent => {
  if (isRecord(input) && input['objectType'] === 'Group') {
    {
      xapiIssue(
        ctx,
        ['objectType'],
        'xapi.groupInGroup',
        'A Group member must be an Agent, not a Group',
      );
      return z.NEVER;
    }
  }
  return parseWithin(agentSchema, input, ctx);
});

/**
 * A Group. Anonymous (no identifier) it must list its members; identified, it has exactly one
 * identifier and may list members. Members are Agents.
 */
export const groupSchema = z
  .strictObject({
    objectType: z.literal('Group'),
    ...identifierShape,
    member: z.array(memberSchema).max(10_000).optional(),
  })
  .superRefine((group, ctx) => {
    const present = identifiersOf(group);
    if (present.length === 0) {
      if (group.member === undefined || group.member.length === 0) {
        xapiIssue(
          ctx,
          ['member'],
          'xapi.anonymousGroupWithoutMembers',
          'An anonymous Group (one without an identifier) must list its members',
        );
      }
    } else if (present.length > 1) {
      xapiIssue(
        ctx,
        [present[1] as string],
        'xapi.severalIdentifiers',
        `A Group has ${present.join(' and ')}; give exactly one identifier`,
      );
    }
  });

/** An xAPI Group; see {@link groupSchema}. */
export type XapiGroup = z.infer<typeof groupSchema>;

/** An Agent or a Group, told apart by `objectType` ("Agent" may be left out). */
export type XapiActor = XapiAgent | XapiGroup;

/** Picks the Agent or Group schema by `objectType`, so errors point inside the right one. */
export function actorSchema(what: string): z.ZodType<XapiActor> {
  return z.unknown().transform((input, ctx): XapiActor => {
    if (!isRecord(input)) {
      xapiIssue(ctx, [], 'xapi.notObject', `${what} must be an Agent or Group object`);
      return z.NEVER;
    }
    const objectType = input['objectType'];
    if (objectType !== undefined && objectType !== 'Agent' && objectType !== 'Group') {
      xapiIssue(
        ctx,
        ['objectType'],
        'xapi.badObjectType',
        `${what} must have objectType "Agent" or "Group"`,
      );
      return z.NEVER;
    }
    const schema: z.ZodType<XapiActor> = objectType === 'Group' ? groupSchema : agentSchema;
    return parseWithin(schema, input, ctx);
  });
}
