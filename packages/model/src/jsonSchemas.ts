// Over 400 lines: the JSON Schema export of every document in one place, so that each document's
// zod/JSON Schema agreement (limits, patterns, refusals) is reviewed and tested side by side.
import { z } from 'zod';
import { campaignSchema } from './campaign.js';
import { capacityAssetSchema } from './capacityAsset.js';
import { capacityDevelopmentPlanSchema } from './capacityDevelopmentPlan.js';
import { communityOfPracticeSchema } from './communityOfPractice.js';
import { competencySchema } from './competency.js';
import { competencyFrameworkSchema, frameworkRefSchema } from './competencyFramework.js';
import { calendarDateSchema, dateTimeSchema } from './dates.js';
import { evaluationSchema } from './evaluation.js';
import { idSchema } from './ids.js';
import { displayRuleSchema, instrumentSchema, ratingScaleSchema } from './instrument.js';
import { interventionCostSchema } from './interventionCost.js';
import { interventionOfferingSchema } from './interventionOffering.js';
import { knowledgeItemSchema } from './knowledgeItem.js';
import { documentLimits } from './limits.js';
import {
  languageTagSchema,
  localizedTextRecordSchema,
  localizedTextSchema,
} from './localizedText.js';
import { maturityIndexSchema } from './maturityIndex.js';
import { moneySchema } from './money.js';
import {
  membershipSchema,
  orgUnitSchema,
  personalDataSchema,
  personSchema,
  roleSchema,
} from './organisation.js';
import { proficiencyScaleSchema } from './proficiencyScale.js';
import { programmeSchema } from './programme.js';
import { responseSchema } from './response.js';
import { currentSchemaVersion } from './schemaVersion.js';
import { stakeholderSchema } from './stakeholder.js';
import { capacityAssessmentSchema, undpCellSchema } from './undpCapacityAssessment.js';
import { isVisibleTextSchema, visibleCharacterPattern } from './visibleText.js';
import { workspaceSchema } from './workspace.js';

/** A JSON Schema (draft 2020-12) as plain JSON. */
export type JsonSchema = z.core.JSONSchema.BaseSchema;

/** One document type published as a JSON Schema file. */
export interface JsonSchemaDocument {
  /** File stem and `$id` segment, e.g. `competencyFramework` → `competencyFramework.schema.json`. */
  readonly name: string;
  /** Human title of the schema, e.g. "Competency framework". */
  readonly title: string;
  /** What the document is; becomes the schema's `description`. */
  readonly description: string;
  /** The zod schema the JSON Schema is generated from. */
  readonly schema: z.ZodType;
  /**
   * The `@capkit/model` function that validates the document alone, applying the rules JSON
   * Schema cannot express; `validateWorkspace` and `validateCompetencyFramework` also check
   * references between ids, `validateInstrument` those inside the instrument.
   */
  readonly validator: string;
}

/**
 * The documents other systems exchange with capkit, each published as
 * `@capkit/model/json-schema/<name>.schema.json`. Top-level documents come first.
 */
export const jsonSchemaDocuments = [
  {
    name: 'workspace',
    title: 'Capkit workspace',
    description:
      'Everything one capacity-development programme holds: its frameworks, organisation, assessments, campaigns and responses, stakeholders, assets, interventions catalogue, plans, evaluations, knowledge, communities and maturity indices. Omit personalData to share a pseudonymous copy.',
    schema: workspaceSchema,
    validator: 'validateWorkspace',
  },
  {
    name: 'competencyFramework',
    title: 'Competency framework',
    description:
      'One version of a competency framework: its proficiency scales, its areas (nested through parentId) and its competencies. Maps to 1EdTech CASE CFDocument.',
    schema: competencyFrameworkSchema,
    validator: 'validateCompetencyFramework',
  },
  {
    name: 'proficiencyScale',
    title: 'Proficiency scale',
    description:
      'An ordered proficiency scale, lowest level first, with one level value marked as the proficient threshold.',
    schema: proficiencyScaleSchema,
    validator: 'validateProficiencyScale',
  },
  {
    name: 'competency',
    title: 'Competency',
    description:
      "A competency of a framework, rated on one of the framework's proficiency scales. Maps to 1EdTech CASE CFItem.",
    schema: competencySchema,
    validator: 'validateCompetency',
  },
  {
    name: 'instrument',
    title: 'Assessment instrument',
    description:
      'A questionnaire whose items rate competencies of one framework version, or cells of the UNDP capacity-assessment cube.',
    schema: instrumentSchema,
    validator: 'validateInstrument',
  },
  {
    name: 'response',
    title: 'Assessment response',
    description:
      "One respondent's response to a campaign, about one subject, with one answer per item reached.",
    schema: responseSchema,
    validator: 'validateResponse',
  },
  {
    name: 'campaign',
    title: 'Assessment campaign',
    description: 'One instrument put to one population over a schedule.',
    schema: campaignSchema,
    validator: 'validateWorkspace',
  },
  {
    name: 'capacityDevelopmentPlan',
    title: 'Capacity-development plan',
    description:
      'A costed plan of interventions answering an assessment: what each builds, for how many, at what fixed and per-participant cost, when, led by whom, what must come first and what has been committed and spent; the limits it keeps to besides its budget.',
    schema: capacityDevelopmentPlanSchema,
    validator: 'validateWorkspace',
  },
  {
    name: 'interventionOffering',
    title: 'Interventions catalogue entry',
    description:
      'Something the programme can run or buy (workspace catalogue): the competencies it raises and by how much, the fixed and per-participant cost of one run, its seats, the days it takes of each participant, the offerings that must come first and when it is available.',
    schema: interventionOfferingSchema,
    validator: 'validateWorkspace',
  },
  {
    name: 'evaluation',
    title: 'Evaluation',
    description:
      'Evaluation of a plan: Kirkpatrick measures, Phillips ROI inputs, indicators tracked over time and per-person observations (reaction, pre- and post-tests, follow-ups) on pseudonymous ids.',
    schema: evaluationSchema,
    validator: 'validateWorkspace',
  },
  {
    name: 'maturityIndex',
    title: 'Composite maturity index',
    description:
      'A composite maturity index (OECD/JRC Handbook): indicators under nodes up to one root, with direction, weights, targets and goalposts; the entities scored and their values (a missing value is left out); the named levels scores map to.',
    schema: maturityIndexSchema,
    validator: 'validateWorkspace',
  },
  {
    name: 'stakeholder',
    title: 'Stakeholder',
    description:
      'An entry of the stakeholder register: category, power and interest (1–5), attitude, engagement strategy and activities.',
    schema: stakeholderSchema,
    validator: 'validateWorkspace',
  },
  {
    name: 'capacityAsset',
    title: 'Capacity asset',
    description:
      'Something that already exists to build capacity on: trained people, a training institution, a community of practice, a centre of excellence or learning material.',
    schema: capacityAssetSchema,
    validator: 'validateWorkspace',
  },
  {
    name: 'knowledgeItem',
    title: 'Knowledge item',
    description:
      'A lesson, guide, case or pattern moving through the knowledge-management cycle, with the history of its stages.',
    schema: knowledgeItemSchema,
    validator: 'validateWorkspace',
  },
  {
    name: 'communityOfPractice',
    title: 'Community of practice',
    description:
      'A topic or regional forum where people in the same field share ideas and solve problems together.',
    schema: communityOfPracticeSchema,
    validator: 'validateWorkspace',
  },
  {
    name: 'capacityAssessment',
    title: 'UNDP capacity assessment',
    description:
      'A UNDP capacity assessment: questions placed in the cube of point of entry × core issue × functional capacity, each rated for desired and existing capacity.',
    schema: capacityAssessmentSchema,
    validator: 'validateWorkspace',
  },
  {
    name: 'role',
    title: 'Role profile',
    description: 'A role and the level it requires in each competency of one framework version.',
    schema: roleSchema,
    validator: 'validateWorkspace',
  },
  {
    name: 'orgUnit',
    title: 'Organisational unit',
    description: 'A ministry, department or team; units nest through parentId.',
    schema: orgUnitSchema,
    validator: 'validateWorkspace',
  },
  {
    name: 'programme',
    title: 'Capacity-development programme',
    description: 'A capacity-development programme and its rounds, numbered 1, 2, 3… in order.',
    schema: programmeSchema,
    validator: 'validateWorkspace',
  },
  {
    name: 'person',
    title: 'Person',
    description:
      'A person known by a pseudonymous id; identifying details live apart in personalData.',
    schema: personSchema,
    validator: 'validateWorkspace',
  },
  {
    name: 'personalData',
    title: 'Personal data',
    description: 'Identifying details of a person, kept apart so they can be dropped.',
    schema: personalDataSchema,
    validator: 'validateWorkspace',
  },
  {
    name: 'membership',
    title: 'Membership',
    description: 'A person holding a role in a unit over a period.',
    schema: membershipSchema,
    validator: 'validateWorkspace',
  },
] as const satisfies readonly JsonSchemaDocument[];

/** Name of a published JSON Schema, e.g. `'competencyFramework'`; see {@link jsonSchemaDocuments}. */
export type JsonSchemaName = (typeof jsonSchemaDocuments)[number]['name'];

// Pieces shared by many documents get a named `$defs` entry so the files stay readable.
const sharedDefinitions: readonly { name: string; description: string; schema: z.ZodType }[] = [
  {
    name: 'id',
    description: 'A stable identifier: letters, digits and . _ : - (at most 200 characters).',
    schema: idSchema,
  },
  {
    name: 'languageTag',
    description: 'A BCP 47 language tag such as "en", "fr-CA" or "ar-EG".',
    schema: languageTagSchema,
  },
  {
    name: 'localizedText',
    description:
      'Human-facing text in one or more languages, keyed by BCP 47 tag: { "en": "Data literacy", "fr": "Culture des données" }.',
    schema: localizedTextSchema,
  },
  {
    name: 'calendarDate',
    description: 'A calendar date in ISO 8601, e.g. 2026-03-01.',
    schema: calendarDateSchema,
  },
  {
    name: 'dateTime',
    description: 'An instant in ISO 8601 with seconds and a UTC offset, e.g. 2026-03-01T09:00:00Z.',
    schema: dateTimeSchema,
  },
  {
    name: 'money',
    description: 'An amount of money in an ISO 4217 currency.',
    schema: moneySchema,
  },
  {
    name: 'interventionCost',
    description:
      'What one run of an intervention costs in one ISO 4217 currency: fixed + perParticipant × participants.',
    schema: interventionCostSchema,
  },
  {
    name: 'frameworkRef',
    description: 'Points at one version of a competency framework.',
    schema: frameworkRefSchema,
  },
  {
    name: 'undpCell',
    description: 'One cell of the UNDP capacity-assessment cube.',
    schema: undpCellSchema,
  },
];

/**
 * Loose syntax of a BCP 47 tag: every tag `Intl.getCanonicalLocales` accepts matches it, so the
 * JSON Schema never rejects a language zod accepts.
 */
export const languageTagPattern = '^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$';

/** `$comment` on a zod refinement this module does not describe yet; a test fails if any schema carries it. */
export const undocumentedRefinementComment =
  'A refinement applies here that this JSON Schema cannot express and that is not yet described; validate with @capkit/model.';

const zodOnly = 'Checked by @capkit/model only, not expressible in JSON Schema:';

// Each zod refinement and what the JSON Schema does about it: adds what it can, says what it cannot.
const refinementNotes = new Map<z.core.$ZodType, { comment: string; add?: JsonSchema }>([
  [
    languageTagSchema,
    {
      comment: `${zodOnly} the tag must be one that Intl.getCanonicalLocales accepts; the pattern here checks only its syntax.`,
      add: { pattern: languageTagPattern },
    },
  ],
  [
    localizedTextRecordSchema,
    {
      comment: `minProperties and maxProperties state @capkit/model's rule: the text is given in at least one and at most ${documentLimits.languages} languages. A "__proto__" key fails the language-tag pattern, as @capkit/model refuses it.`,
      add: { minProperties: 1, maxProperties: documentLimits.languages },
    },
  ],
  [
    proficiencyScaleSchema,
    {
      comment: `${zodOnly} level values strictly increase from the first level to the last; proficientLevel equals the value of one of the levels.`,
    },
  ],
  [
    ratingScaleSchema,
    {
      comment: `${zodOnly} max is above min; every label's value lies between min and max.`,
    },
  ],
  [displayRuleSchema, { comment: `${zodOnly} atLeast does not exceed atMost.` }],
  [capacityAssessmentSchema.shape.ratingRange, { comment: `${zodOnly} min is below max.` }],
  [
    responseSchema,
    {
      comment:
        'if/then/else states the rule: submittedAt is given exactly when status is "submitted".',
      add: {
        if: { properties: { status: { const: 'submitted' } } },
        then: { properties: { submittedAt: true }, required: ['submittedAt'] },
        else: { not: { properties: { submittedAt: true }, required: ['submittedAt'] } },
      },
    },
  ],
]);

function checksOf(schema: z.core.$ZodType): readonly string[] {
  const checks = (schema._zod.def as { checks?: readonly z.core.$ZodCheck[] }).checks ?? [];
  return checks.map((check) => check._zod.def.check);
}

function describeRefinements(context: {
  zodSchema: z.core.$ZodType;
  jsonSchema: JsonSchema;
}): void {
  const { zodSchema, jsonSchema } = context;
  const checks = checksOf(zodSchema);
  const note = refinementNotes.get(zodSchema);
  if (isVisibleTextSchema(zodSchema)) {
    // The pattern states the whole rule: something visible is left once spaces are trimmed.
    jsonSchema.pattern = visibleCharacterPattern;
    jsonSchema.$comment =
      "pattern states @capkit/model's rule: the text has a visible character, not only white space, separators (\\p{Z}), format characters (\\p{Cf}, e.g. U+200B, U+FEFF) or controls. @capkit/model counts maxLength in UTF-16 code units, JSON Schema in code points, so text of characters beyond U+FFFF may pass here and be refused there.";
  } else if (note !== undefined) {
    Object.assign(jsonSchema, note.add);
    jsonSchema.$comment = note.comment;
  } else if (checks.includes('custom')) {
    jsonSchema.$comment = undocumentedRefinementComment;
  }
  // `.trim().min(1)` rejects blank text; minLength alone would let "   " through.
  if (
    checks.includes('overwrite') &&
    jsonSchema.type === 'string' &&
    (jsonSchema.minLength ?? 0) >= 1 &&
    jsonSchema.pattern === undefined
  ) {
    jsonSchema.pattern = '\\S';
  }
}

function definitionsFor(root: z.ZodType) {
  const registry = z.registry<{ id: string; description: string }>();
  for (const { name, description, schema } of [...sharedDefinitions, ...jsonSchemaDocuments]) {
    // A root with an id would itself be moved into $defs behind a bare $ref.
    if (schema !== root) registry.add(schema, { id: name, description });
  }
  return registry;
}

function whatElseToCheck(document: JsonSchemaDocument): string {
  const rest =
    'the rules noted in $comment below, that every referenced id resolves, and the other rules across fields';
  if (document.name === 'workspace' || document.name === 'competencyFramework')
    return `${document.validator} in @capkit/model checks the rest: ${rest}.`;
  if (document.validator === 'validateWorkspace')
    return `validateWorkspace in @capkit/model checks the rest, on a workspace that holds the document: ${rest}.`;
  if (document.name === 'instrument')
    return `${document.validator} in @capkit/model also checks the rules noted in $comment below and the instrument's own references (unique item and section ids, every sectionId a section, every showIf on an earlier item); validateWorkspace, on a workspace that holds the document, checks the rest.`;
  return `${document.validator} in @capkit/model also checks the rules noted in $comment below; validateWorkspace, on a workspace that holds the document, checks the rest.`;
}

/** The `$id` a published schema carries, e.g. `https://capkit.dev/schema/v2/workspace.schema.json`. */
export function jsonSchemaId(name: JsonSchemaName): string {
  return `https://capkit.dev/schema/v${currentSchemaVersion}/${name}.schema.json`;
}

/**
 * JSON Schema (draft 2020-12) of one published document, for systems that do not run
 * TypeScript. It describes the input JSON and checks structure: types, required fields, enums,
 * id and date formats. Rules zod adds with refinements (scale levels ascending, ranges non-empty)
 * and every cross-reference (ids that must resolve, dates in order) cannot be expressed; each
 * refined subschema says so in `$comment`, and the document's `validator` applies them all.
 * Otherwise it accepts what zod accepts, and unknown properties too (zod strips them); only at
 * the edges of the `uri` and `email` formats may a JSON Schema validator be stricter than zod.
 */
export function toJsonSchema(name: JsonSchemaName): JsonSchema {
  const document = jsonSchemaDocuments.find((candidate) => candidate.name === name);
  if (document === undefined) throw new RangeError(`No JSON Schema named "${name}"`);
  const {
    $schema,
    $comment: refinementNote,
    ...generated
  } = z.toJSONSchema(document.schema, {
    target: 'draft-2020-12',
    io: 'input',
    metadata: definitionsFor(document.schema),
    override: describeRefinements,
  });
  return {
    $schema: $schema ?? 'https://json-schema.org/draft/2020-12/schema',
    $id: jsonSchemaId(name),
    title: document.title,
    description: document.description,
    $comment: [
      `Generated from @capkit/model (schemaVersion ${currentSchemaVersion}). This schema checks structure only. ${whatElseToCheck(document)}`,
      refinementNote,
    ]
      .filter((part) => part !== undefined)
      .join(' '),
    ...generated,
  };
}
