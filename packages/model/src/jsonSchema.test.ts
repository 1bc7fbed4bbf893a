import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  jsonSchemaDocuments,
  jsonSchemaId,
  languageTagPattern,
  toJsonSchema,
  undocumentedRefinementComment,
  type JsonSchemaName,
} from './jsonSchemas.js';
import {
  validateCompetencyFramework,
  validateInstrument,
  validateWorkspace,
} from './validation.js';

// One ajv for the file: each schema has its own $id, so all of them can live side by side.
const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
addFormats(ajv);
const validators = new Map<JsonSchemaName, ValidateFunction>(
  jsonSchemaDocuments.map(({ name }) => [name, ajv.compile(toJsonSchema(name))]),
);

function acceptedByAjv(name: JsonSchemaName, document: unknown): boolean {
  const validate = validators.get(name);
  if (validate === undefined) throw new Error(`No validator for ${name}`);
  return validate(document);
}

function acceptedByZod(name: JsonSchemaName, document: unknown): boolean {
  const entry = jsonSchemaDocuments.find((candidate) => candidate.name === name);
  if (entry === undefined) throw new Error(`No schema named ${name}`);
  return (entry.schema as z.ZodType).safeParse(document).success;
}

/** The subschema at `path` (keys of the JSON Schema object), for reading its `$comment`. */
function at(schema: unknown, path: readonly string[]): Record<string, unknown> {
  let node = schema;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !(key in node))
      throw new Error(`No ${path.join('/')} in the schema`);
    node = (node as Record<string, unknown>)[key];
  }
  return node as Record<string, unknown>;
}

function collectComments(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) collectComments(item, found);
  else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$comment' && typeof value === 'string') found.push(value);
      else collectComments(value, found);
    }
  }
  return found;
}

function changed<T>(document: T, change: (copy: T) => void): T {
  const copy = structuredClone(document);
  change(copy);
  return copy;
}

// Good documents, valid for zod's schemas (and, for the two top-level documents, their references).
const scale = {
  id: 'ddat-skill',
  label: { en: 'DDaT skill level', ar: 'مستوى المهارة' },
  levels: [
    { value: 1, label: { en: 'Awareness' } },
    { value: 2, label: { en: 'Working' } },
    {
      value: 3,
      code: 'L3',
      label: { en: 'Practitioner' },
      descriptor: { en: 'Can lead work in the skill', 'fr-CA': 'Peut mener le travail' },
    },
    { value: 4, label: { en: 'Expert' } },
  ],
  proficientLevel: 3,
};

const competency = {
  id: 'data-literacy',
  code: 'DG-2.1',
  label: { en: 'Data literacy', ar: 'محو الأمية البيانية' },
  statement: { en: 'Reads, works with and communicates with data.' },
  scaleId: 'ddat-skill',
  areaId: 'data',
};

const framework = {
  schemaVersion: 2,
  kind: 'competencyFramework',
  id: 'ddat',
  version: '2026.1',
  status: 'published',
  title: { en: 'Digital, data and technology', 'zh-Hans': '数字、数据和技术' },
  publisher: 'Ministry of Digital Services',
  publishedOn: '2026-01-15',
  scales: [scale],
  areas: [
    { id: 'data', code: 'DG-2', label: { en: 'Data' } },
    { id: 'data-engineering', code: 'DG-2.3', label: { en: 'Data engineering' }, parentId: 'data' },
  ],
  competencies: [competency],
};

const instrument = {
  id: 'tna-2026',
  round: 1,
  title: { en: 'Training needs assessment 2026' },
  framework: { frameworkId: 'ddat', version: '2026.1' },
  ratingScale: {
    min: 1,
    max: 5,
    labels: [
      { value: 1, label: { en: 'Not at all' } },
      { value: 5, label: { en: 'Fully' } },
    ],
    allowNotApplicable: true,
  },
  perspectives: ['self', 'supervisor'],
  sections: [{ id: 'page-1', title: { en: 'Data' } }],
  items: [
    {
      id: 'q1',
      format: 'importancePerformance',
      prompt: { en: 'Data literacy' },
      target: { kind: 'competency', competencyId: 'data-literacy' },
      sectionId: 'page-1',
      weight: 1.5,
    },
    {
      id: 'q2',
      format: 'rating',
      prompt: { en: 'Our unit monitors its own performance' },
      target: {
        kind: 'undpCell',
        cell: {
          pointOfEntry: 'organisation',
          coreIssue: 'accountability',
          functionalCapacity: 'monitorAndEvaluate',
        },
      },
      showIf: { itemId: 'q1', atLeast: 2, atMost: 5 },
      reverseCoded: false,
    },
  ],
};

function withoutSubmission<T extends { submittedAt?: string }>(
  document: T,
): Omit<T, 'submittedAt'> {
  const { submittedAt: _, ...rest } = document;
  return rest;
}

const response = {
  id: 'r-1',
  campaignId: 'tna-2026-spring',
  respondentId: 'p-1',
  perspective: 'self',
  status: 'submitted',
  startedAt: '2026-03-02T09:00:00Z',
  updatedAt: '2026-03-02T09:20:00.250+03:00',
  submittedAt: '2026-03-02T09:20:00.250+03:00',
  answers: [
    { kind: 'importancePerformance', itemId: 'q1', importance: 5, performance: null },
    { kind: 'rating', itemId: 'q2', value: 3 },
    { kind: 'notApplicable', itemId: 'q3' },
  ],
};

const campaign = {
  id: 'tna-2026-spring',
  round: 1,
  title: { en: 'Spring assessment' },
  instrumentId: 'tna-2026',
  population: { unitIds: ['mds'] },
  opensAt: '2026-03-01T00:00:00Z',
  closesAt: '2026-03-31T23:59:59Z',
  status: 'open',
};

const plan = {
  id: 'plan-2026',
  round: 1,
  title: { en: 'Capacity-development plan 2026' },
  basedOnCampaignId: 'tna-2026-spring',
  budget: { amount: 50000, currency: 'KES' },
  interventions: [
    {
      id: 'course-1',
      kind: 'course',
      title: { en: 'Data literacy course' },
      targets: [{ competencyId: 'data-literacy', expectedLevelGain: 1 }],
      cost: { currency: 'KES', fixed: 2500, perParticipant: 500 },
      seats: 20,
      durationDays: 3,
      ownerId: 'p-1',
      startsOn: '2026-05-04',
      endsOn: '2026-05-06',
      milestones: [
        { id: 'm1', title: { en: 'Venue booked' }, due: '2026-04-15', status: 'planned' },
      ],
      status: 'planned',
      participantIds: ['p-1'],
      offeringId: 'data-course',
      spending: [
        {
          id: 'sp1',
          on: '2026-04-01',
          kind: 'committed',
          amount: 12500,
          description: { en: 'Venue and trainer booked' },
        },
      ],
    },
    {
      id: 'mentoring-1',
      kind: 'mentoring',
      title: { en: 'Mentoring in data use' },
      targets: [{ competencyId: 'data-literacy', expectedLevelGain: 0.5 }],
      cost: { currency: 'KES', fixed: 0, perParticipant: 800 },
      seats: 10,
      durationDays: 4,
      ownerId: 'p-1',
      startsOn: '2026-06-01',
      endsOn: '2026-09-30',
      milestones: [],
      status: 'planned',
      prerequisiteIds: ['course-1'],
    },
  ],
  constraints: {
    window: { from: '2026-04-01', to: '2026-12-31' },
    maxDaysPerPerson: 10,
    minCoverage: [{ unitId: 'mds', share: 0.25 }],
  },
};

const offering = {
  id: 'data-course',
  kind: 'course',
  title: { en: 'Data literacy course' },
  targets: [{ competencyId: 'data-literacy', expectedLevelGain: 1 }],
  cost: { currency: 'KES', fixed: 2500, perParticipant: 500 },
  seats: 20,
  durationDays: 3,
  availableFrom: '2026-03-01',
  availableUntil: '2026-12-31',
};

const maturityIndex = {
  id: 'dmi',
  title: { en: 'Data maturity index' },
  entityKind: 'unit',
  entities: [{ id: 'e-mds', name: { en: 'Ministry of Digital Services' }, unitId: 'mds' }],
  nodes: [
    { id: 'index', title: { en: 'Data maturity' }, aggregation: 'generalised', power: 0.5 },
    { id: 'use', title: { en: 'Data use' }, parentId: 'index', weight: 1 },
  ],
  indicators: [
    {
      id: 'dashboards',
      title: { en: 'Dashboards in use' },
      parentId: 'use',
      direction: 'higherIsBetter',
      unit: 'count',
      goalposts: { low: 0, high: 20 },
    },
    {
      id: 'days-to-data',
      title: { en: 'Days to get a data set' },
      parentId: 'use',
      direction: 'lowerIsBetter',
      unit: 'days',
      target: 2,
    },
  ],
  values: [{ entityId: 'e-mds', indicatorId: 'dashboards', value: 4 }],
  levels: [
    { id: 'initial', name: { en: 'Initial' }, minScore: 0 },
    { id: 'defined', name: { en: 'Defined' }, minScore: 50 },
  ],
  measuredOn: '2026-06-30',
};

const evaluation = {
  id: 'eval-2026',
  round: 1,
  planId: 'plan-2026',
  title: { en: 'Evaluation 2026' },
  kirkpatrick: [
    {
      id: 'k1',
      level: 1,
      interventionId: 'course-1',
      measure: { en: 'Mean satisfaction' },
      value: 4.2,
      unit: 'mean rating 1–5',
      n: 38,
      measuredOn: '2026-05-07',
    },
  ],
  roi: {
    benefits: [{ description: { en: 'Hours saved' }, amount: { amount: 90000, currency: 'KES' } }],
    costs: [{ description: { en: 'Course' }, amount: { amount: 12500, currency: 'KES' } }],
    isolationFactor: 0.6,
    intangibles: [{ en: 'Confidence with data' }],
  },
  indicators: [
    {
      id: 'i1',
      name: { en: 'Reports published on time' },
      unit: '%',
      baseline: { value: 40, on: '2026-01-01' },
      target: { value: 80, on: '2026-12-31' },
      actuals: [{ value: 55, on: '2026-06-30' }],
    },
  ],
  observations: [
    {
      id: 'o1',
      personId: 'p-1',
      interventionId: 'course-1',
      level: 2,
      instrument: 'postTest',
      value: 72,
      scaleMin: 0,
      scaleMax: 100,
      on: '2026-05-06',
    },
  ],
};

const stakeholder = {
  id: 's1',
  round: 1,
  name: { en: 'Ministry of Finance' },
  category: 'government',
  power: 5,
  interest: 3,
  attitude: 'supporter',
  strategy: 'manageClosely',
  activities: [
    { id: 'a1', kind: 'briefing', date: '2026-02-10', summary: { en: 'Budget briefing' } },
  ],
};

const learningMaterial = {
  id: 'asset-1',
  round: 1,
  name: { en: 'Data literacy e-learning' },
  competencyIds: ['data-literacy'],
  kind: 'learningMaterial',
  format: 'course',
  languages: ['en', 'ar'],
  url: 'https://learn.example.org/data-literacy',
};

const trainedPeople = {
  id: 'asset-2',
  round: 1,
  name: { en: 'Data champions' },
  competencyIds: ['data-literacy'],
  kind: 'trainedPeople',
  personIds: ['p-1'],
};

const knowledgeItem = {
  id: 'k-1',
  round: 1,
  title: { en: 'Lessons from the pilot' },
  stage: 'shared',
  history: [
    { stage: 'identified', at: '2026-02-01T10:00:00Z' },
    { stage: 'shared', at: '2026-03-01T10:00:00+01:00' },
  ],
  competencyIds: ['data-literacy'],
  url: 'https://wiki.example.org/pilot',
};

const community = {
  id: 'cop-data',
  name: { en: 'Data community', ar: 'مجتمع البيانات' },
  focus: { kind: 'topic', topic: { en: 'Data' } },
  competencyIds: ['data-literacy'],
  memberIds: ['p-1'],
  activities: [{ id: 'meet-1', kind: 'meetup', date: '2026-03-12', title: { en: 'Kick-off' } }],
};

const capacityAssessment = {
  id: 'undp-1',
  round: 1,
  title: { en: 'Organisational capacity of MDS' },
  unitId: 'mds',
  conductedOn: '2026-02-20',
  ratingRange: { min: 1, max: 5 },
  questions: [
    {
      id: 'cq1',
      cell: {
        pointOfEntry: 'organisation',
        coreIssue: 'leadership',
        functionalCapacity: 'formulatePolicyAndStrategy',
      },
      question: { en: 'Is there a data strategy?' },
      desired: 5,
      existing: 2,
      evidence: ['Strategy 2025 draft'],
    },
  ],
};

const role = {
  id: 'data-analyst',
  title: { en: 'Data analyst' },
  family: 'Digital, data and technology',
  framework: { frameworkId: 'ddat', version: '2026.1' },
  requirements: [{ competencyId: 'data-literacy', requiredLevel: 3 }],
};

const orgUnit = { id: 'mds', name: { en: 'Ministry of Digital Services' }, code: 'MDS' };

const programme = {
  id: 'skills-2026',
  name: { en: 'Digital skills programme' },
  rounds: [{ number: 1, startsOn: '2026-01-01' }],
};

const person = { id: 'p-1', grade: 'G7' };

const personalData = {
  personId: 'p-1',
  name: 'Amina Odhiambo',
  email: 'amina.odhiambo@example.org',
  preferredLanguage: 'sw',
};

const membership = { personId: 'p-1', unitId: 'mds', roleId: 'data-analyst', from: '2025-09-01' };

const workspace = {
  schemaVersion: 2,
  kind: 'capkitWorkspace',
  programme,
  frameworks: [framework],
  units: [orgUnit],
  roles: [role],
  people: [person],
  personalData: [personalData],
  memberships: [membership],
  capacityAssessments: [capacityAssessment],
  instruments: [instrument],
  campaigns: [campaign],
  responses: [],
  stakeholders: [stakeholder],
  assets: [learningMaterial, trainedPeople],
  communities: [community],
  catalogue: [offering],
  plans: [plan],
  evaluations: [evaluation],
  knowledgeItems: [knowledgeItem],
  maturityIndexes: [maturityIndex],
};

const { personalData: _, ...pseudonymousWorkspace } = workspace;

const goodDocuments: readonly (readonly [JsonSchemaName, string, unknown])[] = [
  ['workspace', 'a small programme', workspace],
  ['workspace', 'without personal data', pseudonymousWorkspace],
  ['competencyFramework', 'DDaT with nested areas', framework],
  [
    'competencyFramework',
    'visible text among zero-width spaces',
    { ...framework, title: { en: '\u200BDDaT\u200B' } },
  ],
  [
    'instrument',
    'the full 0–254 scale and weight 1000',
    changed(
      { ...instrument, ratingScale: { min: 0, max: 254, allowNotApplicable: false } },
      (copy) => Object.assign(copy.items[0] ?? {}, { weight: 1000 }),
    ),
  ],

  ['competencyFramework', 'without areas', { ...framework, areas: [], competencies: [] }],
  ['proficiencyScale', 'four levels', scale],
  ['competency', 'in an area', competency],
  ['instrument', 'with sections and a display rule', instrument],
  ['response', 'submitted, with every kind of answer', response],
  [
    'response',
    'a draft without answers',
    { ...withoutSubmission(response), status: 'draft', answers: [] },
  ],
  ['campaign', 'open', campaign],
  ['capacityDevelopmentPlan', 'one course', plan],
  ['evaluation', 'with ROI inputs', evaluation],
  ['interventionOffering', 'a course with its dates', offering],
  [
    'interventionOffering',
    'mentoring after the course, from a provider',
    {
      ...offering,
      id: 'mentoring',
      kind: 'mentoring',
      prerequisiteIds: ['data-course'],
      providerAssetId: 'mentors',
    },
  ],
  ['maturityIndex', 'two indicators, one value missing', maturityIndex],
  [
    'capacityDevelopmentPlan',
    'without constraints',
    changed(plan, (copy) => delete (copy as { constraints?: unknown }).constraints),
  ],
  ['stakeholder', 'with an activity', stakeholder],
  ['capacityAsset', 'learning material', learningMaterial],
  ['capacityAsset', 'trained people', trainedPeople],
  ['knowledgeItem', 'shared', knowledgeItem],
  ['communityOfPractice', 'topic community', community],
  ['capacityAssessment', 'one question', capacityAssessment],
  ['role', 'one requirement', role],
  ['orgUnit', 'top-level unit', orgUnit],
  ['programme', 'one round', programme],
  ['person', 'with grade', person],
  ['personalData', 'with e-mail', personalData],
  ['membership', 'open-ended', membership],
];

const badDocuments: readonly (readonly [JsonSchemaName, string, unknown])[] = [
  // Documents are closed: a misspelt field is an error, not silently dropped.
  ['proficiencyScale', 'with an unknown property', { ...scale, colour: 'teal' }],
  [
    'response',
    'with an unknown property on an answer',
    changed(response, (copy) => Object.assign(copy.answers[0] ?? {}, { note: 'x' })),
  ],
  ['response', 'submitted without submittedAt', withoutSubmission(response)],
  ['response', 'a draft with submittedAt', { ...response, status: 'draft' }],
  [
    'workspace',
    'missing responses',
    changed(workspace, (copy) => delete (copy as Partial<typeof copy>).responses),
  ],
  ['workspace', 'another kind', { ...workspace, kind: 'workspace' }],
  ['workspace', 'a newer schemaVersion', { ...workspace, schemaVersion: 3 }],
  [
    'workspace',
    'a framework with an unknown status',
    { ...workspace, frameworks: [{ ...framework, status: 'final' }] },
  ],
  [
    'competencyFramework',
    'missing title',
    changed(framework, (copy) => delete (copy as Partial<typeof copy>).title),
  ],
  ['competencyFramework', 'no scale', { ...framework, scales: [] }],
  ['competencyFramework', 'unknown status', { ...framework, status: 'final' }],
  ['competencyFramework', 'impossible date', { ...framework, publishedOn: '2026-02-30' }],
  ['competencyFramework', 'date in another format', { ...framework, publishedOn: '15/01/2026' }],
  [
    'competencyFramework',
    'text nested one level too deep',
    { ...framework, title: { en: { text: 'DDaT' } } },
  ],
  ['competencyFramework', 'text in no language', { ...framework, title: {} }],
  ['competencyFramework', 'blank text', { ...framework, title: { en: '   ' } }],
  [
    'competencyFramework',
    'language tag with underscore',
    { ...framework, title: { en_GB: 'DDaT' } },
  ],
  ['competencyFramework', 'blank version', { ...framework, version: ' ' }],
  [
    'competencyFramework',
    'id with a space',
    { ...framework, competencies: [{ ...competency, id: 'data literacy' }] },
  ],
  ['proficiencyScale', 'one level', { ...scale, levels: scale.levels.slice(0, 1) }],
  ['proficiencyScale', 'proficient level as a string', { ...scale, proficientLevel: '3' }],
  [
    'proficiencyScale',
    'fractional level value',
    changed(scale, (copy) => Object.assign(copy.levels[0] ?? {}, { value: 0.5 })),
  ],
  [
    'competency',
    'missing scaleId',
    changed(competency, (copy) => delete (copy as Partial<typeof copy>).scaleId),
  ],
  ['instrument', 'no items', { ...instrument, items: [] }],
  ['instrument', 'unknown perspective', { ...instrument, perspectives: ['manager'] }],
  ['instrument', 'no perspective', { ...instrument, perspectives: [] }],
  [
    'instrument',
    'unknown target kind',
    changed(instrument, (copy) =>
      Object.assign(copy.items[0] ?? {}, { target: { kind: 'skill', competencyId: 'x' } }),
    ),
  ],
  [
    'instrument',
    'zero weight',
    changed(instrument, (copy) => Object.assign(copy.items[0] ?? {}, { weight: 0 })),
  ],
  [
    'instrument',
    'rating scale without min',
    changed(
      instrument,
      (copy) => delete (copy.ratingScale as Partial<typeof copy.ratingScale>).min,
    ),
  ],
  [
    'instrument',
    'rating scale reaching 255, the missing marker',
    { ...instrument, ratingScale: { min: 1, max: 255, allowNotApplicable: false } },
  ],
  [
    'instrument',
    'rating scale below 0',
    { ...instrument, ratingScale: { min: -1, max: 5, allowNotApplicable: false } },
  ],
  [
    'instrument',
    'weight above 1000',
    changed(instrument, (copy) => Object.assign(copy.items[0] ?? {}, { weight: 1000.5 })),
  ],
  [
    'instrument',
    'more than 1000 items',
    changed(instrument, (copy) => {
      const item = copy.items[0];
      copy.items = Array.from({ length: 1001 }, (_, i) => ({ ...item, id: `item-${i}` })) as never;
    }),
  ],
  [
    'competencyFramework',
    'text of invisible characters only',
    { ...framework, title: { en: '\u200B\uFEFF\u00A0' } },
  ],
  [
    'competencyFramework',
    'a __proto__ language key',
    { ...framework, title: JSON.parse('{"en":"DDaT","__proto__":"x"}') as unknown },
  ],
  [
    'competencyFramework',
    'text longer than 10,000 characters',
    { ...framework, title: { en: 'x'.repeat(10_001) } },
  ],
  [
    'competencyFramework',
    'version longer than 500 characters',
    { ...framework, version: '1'.repeat(501) },
  ],
  [
    'capacityAssessment',
    'rating range beyond 254',
    { ...capacityAssessment, ratingRange: { min: 1, max: 300 } },
  ],
  [
    'stakeholder',
    'more than 10,000 activities',
    {
      ...stakeholder,
      activities: Array.from({ length: 10_001 }, (_, i) => ({
        ...stakeholder.activities[0],
        id: `a${i}`,
      })),
    },
  ],
  ['response', 'date-time without offset', { ...response, startedAt: '2026-03-02T09:00:00' }],
  ['response', 'date-time without seconds', { ...response, startedAt: '2026-03-02T09:00Z' }],
  ['response', 'date instead of date-time', { ...response, startedAt: '2026-03-02' }],
  ['response', 'unknown status', { ...response, status: 'done' }],
  ['response', 'answers as an object', { ...response, answers: { q1: 3 } }],
  [
    'response',
    'rating answer without value',
    { ...response, answers: [{ kind: 'rating', itemId: 'q2' }] },
  ],
  [
    'response',
    'rating as a string',
    { ...response, answers: [{ kind: 'rating', itemId: 'q2', value: '3' }] },
  ],
  ['campaign', 'round 0', { ...campaign, round: 0 }],
  ['campaign', 'fractional round', { ...campaign, round: 1.5 }],
  ['campaign', 'unit ids as a string', { ...campaign, population: { unitIds: 'mds' } }],
  [
    'capacityDevelopmentPlan',
    'lower-case currency',
    { ...plan, budget: { amount: 1, currency: 'kes' } },
  ],
  [
    'capacityDevelopmentPlan',
    'negative budget',
    { ...plan, budget: { amount: -1, currency: 'KES' } },
  ],
  [
    'capacityDevelopmentPlan',
    'intervention without targets',
    changed(plan, (copy) => Object.assign(copy.interventions[0] ?? {}, { targets: [] })),
  ],
  [
    'evaluation',
    'Kirkpatrick level 5',
    changed(evaluation, (copy) => Object.assign(copy.kirkpatrick[0] ?? {}, { level: 5 })),
  ],
  [
    'evaluation',
    'isolation factor above 1',
    changed(evaluation, (copy) => Object.assign(copy.roi, { isolationFactor: 1.5 })),
  ],
  [
    'capacityDevelopmentPlan',
    'a cost in the version-1 shape',
    changed(plan, (copy) =>
      Object.assign(copy.interventions[0] ?? {}, { cost: { amount: 12500, currency: 'KES' } }),
    ),
  ],
  [
    'capacityDevelopmentPlan',
    'spending of an unknown kind',
    changed(plan, (copy) =>
      Object.assign(copy.interventions[0]?.spending?.[0] ?? {}, { kind: 'paid' }),
    ),
  ],
  [
    'capacityDevelopmentPlan',
    'a coverage share above 1',
    changed(plan, (copy) => Object.assign(copy.constraints.minCoverage[0] ?? {}, { share: 1.2 })),
  ],
  [
    'capacityDevelopmentPlan',
    'no days per person',
    changed(plan, (copy) => Object.assign(copy.constraints, { maxDaysPerPerson: 0 })),
  ],
  ['interventionOffering', 'no seats', { ...offering, seats: 0 }],
  ['interventionOffering', 'fractional seats', { ...offering, seats: 2.5 }],
  ['interventionOffering', 'no targets', { ...offering, targets: [] }],
  [
    'interventionOffering',
    'a negative cost per participant',
    { ...offering, cost: { ...offering.cost, perParticipant: -1 } },
  ],
  [
    'interventionOffering',
    'a cost without its fixed part',
    { ...offering, cost: { currency: 'KES', perParticipant: 500 } },
  ],
  ['interventionOffering', 'an unknown kind', { ...offering, kind: 'lecture' }],
  ['maturityIndex', 'an unknown entity kind', { ...maturityIndex, entityKind: 'country' }],
  [
    'maturityIndex',
    'an unknown aggregation',
    changed(maturityIndex, (copy) => Object.assign(copy.nodes[0] ?? {}, { aggregation: 'max' })),
  ],
  [
    'maturityIndex',
    'an indicator without a parent',
    changed(maturityIndex, (copy) => delete (copy.indicators[0] as { parentId?: string }).parentId),
  ],
  [
    'maturityIndex',
    'a negative weight',
    changed(maturityIndex, (copy) => Object.assign(copy.nodes[1] ?? {}, { weight: -1 })),
  ],
  [
    'maturityIndex',
    'a value as a string',
    changed(maturityIndex, (copy) => Object.assign(copy.values[0] ?? {}, { value: '4' })),
  ],
  [
    'evaluation',
    'an observation at Kirkpatrick level 4',
    changed(evaluation, (copy) => Object.assign(copy.observations[0] ?? {}, { level: 4 })),
  ],
  [
    'evaluation',
    'an observation from an unknown instrument',
    changed(evaluation, (copy) =>
      Object.assign(copy.observations[0] ?? {}, { instrument: 'quiz' }),
    ),
  ],
  [
    'evaluation',
    'without observations',
    changed(evaluation, (copy) => delete (copy as { observations?: unknown }).observations),
  ],
  ['stakeholder', 'power 6', { ...stakeholder, power: 6 }],
  ['stakeholder', 'unknown category', { ...stakeholder, category: 'media' }],
  ['capacityAsset', 'unknown kind', { ...learningMaterial, kind: 'building' }],
  ['capacityAsset', 'trained people without people', { ...trainedPeople, personIds: [] }],
  ['capacityAsset', 'url that is not one', { ...learningMaterial, url: 'not a url' }],
  ['knowledgeItem', 'no history', { ...knowledgeItem, history: [] }],
  ['knowledgeItem', 'unknown stage', { ...knowledgeItem, stage: 'archived' }],
  ['communityOfPractice', 'topic focus without topic', { ...community, focus: { kind: 'topic' } }],
  [
    'capacityAssessment',
    'rating range without max',
    { ...capacityAssessment, ratingRange: { min: 1 } },
  ],
  [
    'capacityAssessment',
    'unknown core issue',
    changed(capacityAssessment, (copy) =>
      Object.assign(copy.questions[0]?.cell ?? {}, { coreIssue: 'funding' }),
    ),
  ],
  [
    'role',
    'required level as a word',
    { ...role, requirements: [{ competencyId: 'x', requiredLevel: 'high' }] },
  ],
  ['orgUnit', 'missing name', { id: 'mds' }],
  ['programme', 'no round', { ...programme, rounds: [] }],
  ['person', 'id starting with a dash', { id: '-p1' }],
  ['personalData', 'e-mail without domain', { ...personalData, email: 'amina' }],
  ['membership', 'month 13', { ...membership, from: '2026-13-01' }],
];

describe('published JSON Schemas', () => {
  it('cover every document other systems exchange', () => {
    expect(jsonSchemaDocuments.map(({ name }) => name)).toEqual(
      expect.arrayContaining([
        'workspace',
        'competencyFramework',
        'proficiencyScale',
        'competency',
        'instrument',
        'response',
        'campaign',
        'capacityDevelopmentPlan',
        'interventionOffering',
        'evaluation',
        'maturityIndex',
        'stakeholder',
        'capacityAsset',
        'knowledgeItem',
        'communityOfPractice',
        'capacityAssessment',
        'role',
        'orgUnit',
      ]),
    );
    expect(new Set(jsonSchemaDocuments.map(({ name }) => name)).size).toBe(
      jsonSchemaDocuments.length,
    );
  });

  it.each(jsonSchemaDocuments.map(({ name }) => name))(
    '%s is a valid draft 2020-12 schema with $id, title and description',
    (name) => {
      const schema = toJsonSchema(name);
      expect(ajv.validateSchema(schema)).toBe(true);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(`https://capkit.dev/schema/v2/${name}.schema.json`);
      expect(jsonSchemaId(name)).toBe(schema.$id);
      expect(schema.title).toMatch(/\S/);
      expect(schema.description).toMatch(/\S/);
      expect(schema.$comment).toMatch(/checks structure only/);
    },
  );

  it('name shared pieces in $defs rather than repeating them', () => {
    const schema = toJsonSchema('workspace');
    expect(Object.keys(at(schema, ['$defs']))).toEqual(
      expect.arrayContaining(['id', 'localizedText', 'competencyFramework', 'instrument']),
    );
    expect(at(schema, ['properties', 'responses', 'items'])).toEqual({
      $ref: '#/$defs/response',
    });
  });

  it('describe every zod refinement they carry', () => {
    for (const { name } of jsonSchemaDocuments) {
      expect(collectComments(toJsonSchema(name))).not.toContain(undocumentedRefinementComment);
    }
  });

  it('throw for a name that is not published', () => {
    expect(() => toJsonSchema('nothing' as JsonSchemaName)).toThrow(RangeError);
  });
});

describe('JSON Schema and zod agree', () => {
  it('on samples that are sound documents, references included', () => {
    expect(validateWorkspace(workspace)).toMatchObject({ success: true });
    expect(validateCompetencyFramework(framework)).toMatchObject({ success: true });
  });

  it.each(goodDocuments)('%s: accept %s', (name, _, document) => {
    expect(acceptedByZod(name, document)).toBe(true);
    expect(acceptedByAjv(name, document)).toBe(true);
  });

  it.each(badDocuments)('%s: reject %s', (name, _, document) => {
    expect(acceptedByZod(name, document)).toBe(false);
    expect(acceptedByAjv(name, document)).toBe(false);
  });
});

describe('rules only @capkit/model checks are documented, not enforced', () => {
  it('scale levels that do not ascend', () => {
    const descending = { ...scale, levels: [...scale.levels].reverse() };
    expect(acceptedByZod('proficiencyScale', descending)).toBe(false);
    expect(acceptedByAjv('proficiencyScale', descending)).toBe(true);
    expect(toJsonSchema('proficiencyScale').$comment).toMatch(/level values strictly increase/);
    expect(at(toJsonSchema('competencyFramework'), ['$defs', 'proficiencyScale']).$comment).toMatch(
      /level values strictly increase/,
    );
  });

  it('a proficient level that is not a level', () => {
    const offScale = { ...scale, proficientLevel: 7 };
    expect(acceptedByZod('proficiencyScale', offScale)).toBe(false);
    expect(acceptedByAjv('proficiencyScale', offScale)).toBe(true);
    expect(toJsonSchema('proficiencyScale').$comment).toMatch(/proficientLevel equals/);
  });

  it('a rating scale whose max is not above its min', () => {
    const empty = changed(instrument, (copy) => Object.assign(copy.ratingScale, { max: 1 }));
    expect(acceptedByZod('instrument', empty)).toBe(false);
    expect(acceptedByAjv('instrument', empty)).toBe(true);
    expect(at(toJsonSchema('instrument'), ['properties', 'ratingScale']).$comment).toMatch(
      /max is above min/,
    );
  });

  it('a rating label outside the scale', () => {
    const outside = changed(instrument, (copy) =>
      Object.assign(copy.ratingScale.labels[0] ?? {}, { value: 9 }),
    );
    expect(acceptedByZod('instrument', outside)).toBe(false);
    expect(acceptedByAjv('instrument', outside)).toBe(true);
    expect(at(toJsonSchema('instrument'), ['properties', 'ratingScale']).$comment).toMatch(
      /label's value lies between min and max/,
    );
  });

  it('a display rule whose atLeast exceeds its atMost', () => {
    const inverted = changed(instrument, (copy) =>
      Object.assign(copy.items[1] ?? {}, { showIf: { itemId: 'q1', atLeast: 4, atMost: 2 } }),
    );
    expect(acceptedByZod('instrument', inverted)).toBe(false);
    expect(acceptedByAjv('instrument', inverted)).toBe(true);
    const showIf = at(toJsonSchema('instrument'), [
      'properties',
      'items',
      'items',
      'properties',
      'showIf',
    ]);
    expect(showIf.$comment).toMatch(/atLeast does not exceed atMost/);
  });

  it('a UNDP rating range whose min is not below its max', () => {
    const empty = { ...capacityAssessment, ratingRange: { min: 5, max: 5 } };
    expect(acceptedByZod('capacityAssessment', empty)).toBe(false);
    expect(acceptedByAjv('capacityAssessment', empty)).toBe(true);
    expect(at(toJsonSchema('capacityAssessment'), ['properties', 'ratingRange']).$comment).toMatch(
      /min is below max/,
    );
  });

  it.each(['sgn-BE-FR', 'root', 'abcd'])(
    'a language tag of the right shape that Intl rejects: %s',
    (tag) => {
      const document = { ...competency, label: { [tag]: 'Data literacy' } };
      expect(acceptedByZod('competency', document)).toBe(false);
      expect(acceptedByAjv('competency', document)).toBe(true);
      expect(at(toJsonSchema('competency'), ['$defs', 'languageTag']).$comment).toMatch(
        /Intl\.getCanonicalLocales/,
      );
    },
  );

  it('references and cross-field rules are left to the validators', () => {
    const dangling = { ...competency, scaleId: 'no-such-scale' };
    const framworkWithDanglingScale = { ...framework, competencies: [dangling] };
    expect(acceptedByAjv('competencyFramework', framworkWithDanglingScale)).toBe(true);
    expect(toJsonSchema('competencyFramework').$comment).toMatch(
      /validateCompetencyFramework in @capkit\/model checks the rest/,
    );
    expect(toJsonSchema('campaign').$comment).toMatch(/validateWorkspace/);
  });

  it('an instrument whose showIf points forward passes the JSON Schema, not validateInstrument', () => {
    const forward = changed(instrument, (copy) => {
      const [firstItem, secondItem] = copy.items;
      if (firstItem === undefined || secondItem === undefined) throw new Error('two items');
      Object.assign(firstItem, { showIf: { itemId: secondItem.id } });
    });
    expect(acceptedByAjv('instrument', forward)).toBe(true);
    expect(validateInstrument(forward).success).toBe(false);
    expect(toJsonSchema('instrument').$comment).toMatch(/every showIf on an earlier item/);
  });
});

describe('URLs at the edges of the uri format', () => {
  it.each(['https://example.org/a b', 'https://例え.jp/'])('both reject the URL %s', (url) => {
    const document = { ...learningMaterial, url };
    expect(acceptedByZod('capacityAsset', document)).toBe(false);
    expect(acceptedByAjv('capacityAsset', document)).toBe(false);
  });

  it('both accept an international domain written in punycode', () => {
    const document = { ...learningMaterial, url: 'https://xn--r8jz45g.jp/' };
    expect(acceptedByZod('capacityAsset', document)).toBe(true);
    expect(acceptedByAjv('capacityAsset', document)).toBe(true);
  });
});

describe('languageTagPattern', () => {
  it('matches every tag Intl accepts, so the JSON Schema never rejects a language zod accepts', () => {
    const isLanguageTag = (tag: string) => {
      try {
        return Intl.getCanonicalLocales(tag).length === 1;
      } catch {
        return false;
      }
    };
    const pattern = new RegExp(languageTagPattern, 'u');
    const tagLike = fc.string({
      unit: fc.constantFrom('a', 'e', 'n', 'r', 'A', 'E', 'Z', '0', '1', '9', '-', '_', 'x', ' '),
      maxLength: 14,
    });
    fc.assert(
      fc.property(tagLike, (tag) => !isLanguageTag(tag) || pattern.test(tag)),
      { numRuns: 2000 },
    );
    for (const tag of [
      'en',
      'fr-CA',
      'ar-EG',
      'zh-Hans-CN',
      'es-419',
      'en-u-ca-gregory',
      'de-1996',
    ])
      expect(pattern.test(tag)).toBe(true);
  });
});
