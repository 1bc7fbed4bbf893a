import { z } from 'zod';
import {
  boundedString,
  extensionsSchema,
  iriSchema,
  irlSchema,
  languageMapSchema,
  matches,
  xapiIssue,
} from './primitives.js';

/** The interaction types of SCORM's cmi.interaction that xAPI takes over. */
export const interactionTypes = [
  'true-false',
  'choice',
  'fill-in',
  'long-fill-in',
  'matching',
  'performance',
  'sequencing',
  'likert',
  'numeric',
  'other',
] as const;

/** One interaction type; see {@link interactionTypes}. */
export type InteractionType = (typeof interactionTypes)[number];

type ComponentList = 'choices' | 'scale' | 'source' | 'target' | 'steps';

// Which component lists each interaction type may carry (xAPI Data, Interaction Components).
const componentsAllowed: Record<InteractionType, readonly ComponentList[]> = {
  'true-false': [],
  choice: ['choices'],
  'fill-in': [],
  'long-fill-in': [],
  matching: ['source', 'target'],
  performance: ['steps'],
  sequencing: ['choices'],
  likert: ['scale'],
  numeric: [],
  other: [],
};

const componentLists: readonly ComponentList[] = ['choices', 'scale', 'source', 'target', 'steps'];

const interactionComponentSchema = z.strictObject({
  id: boundedString.min(1).refine(matches(/^\S+$/), {
    message: 'An interaction component id has no white space',
    params: { xapiCode: 'xapi.componentIdWhitespace' },
  }),
  description: languageMapSchema.optional(),
});

const componentListSchema = z
  .array(interactionComponentSchema)
  .max(1_000)
  .superRefine((components, ctx) => {
    const seen = new Set<string>();
    components.forEach((component, index) => {
      if (seen.has(component.id)) {
        xapiIssue(
          ctx,
          [index, 'id'],
          'xapi.duplicateComponentId',
          `Component id "${component.id}" is used twice`,
        );
      }
      seen.add(component.id);
    });
  });

/** What an activity is: its name, description, type and, for a question, its interaction. */
export const activityDefinitionSchema = z
  .strictObject({
    name: languageMapSchema.optional(),
    description: languageMapSchema.optional(),
    type: iriSchema.optional(),
    moreInfo: irlSchema.optional(),
    extensions: extensionsSchema.optional(),
    interactionType: z.enum(interactionTypes).optional(),
    correctResponsesPattern: z.array(boundedString).max(1_000).optional(),
    choices: componentListSchema.optional(),
    scale: componentListSchema.optional(),
    source: componentListSchema.optional(),
    target: componentListSchema.optional(),
    steps: componentListSchema.optional(),
  })
  .superRefine((definition, ctx) => {
    const type = definition.interactionType;
    if (type === undefined) {
      for (const key of ['correctResponsesPattern', ...componentLists] as const) {
        if (definition[key] !== undefined) {
          xapiIssue(ctx, [key], 'xapi.interactionWithoutType', `"${key}" needs an interactionType`);
        }
      }
      return;
    }
    for (const key of componentLists) {
      if (definition[key] !== undefined && !componentsAllowed[type].includes(key)) {
        xapiIssue(
          ctx,
          [key],
          'xapi.componentNotForType',
          `An interaction of type "${type}" has no "${key}"`,
        );
      }
    }
  });

/** An activity definition; see {@link activityDefinitionSchema}. */
export type ActivityDefinition = z.infer<typeof activityDefinitionSchema>;

/** An Activity: something done, identified by an IRI. */
export const activitySchema = z.strictObject({
  objectType: z.literal('Activity').optional(),
  id: iriSchema,
  definition: activityDefinitionSchema.optional(),
});

/** An xAPI Activity; see {@link activitySchema}. */
export type XapiActivity = z.infer<typeof activitySchema>;
