// Over 400 lines: one valid workspace that every referential check is tested against, built in
// one place so that each test breaks exactly one reference of it.
import type { CompetencyFramework } from './competencyFramework.js';
import { currentSchemaVersion } from './schemaVersion.js';
import type { Workspace } from './workspace.js';

// A small, hand-built workspace that is valid in every respect. Tests break one reference at a
// time in a fresh copy and expect exactly one issue at a known path.

const framework: CompetencyFramework = {
  schemaVersion: currentSchemaVersion,
  kind: 'competencyFramework',
  id: 'dg',
  version: '1.0',
  status: 'published',
  title: { en: 'Digital government', fr: 'Gouvernement numérique' },
  scales: [
    {
      id: 'levels',
      label: { en: 'Skill levels' },
      levels: [
        { value: 1, label: { en: 'Awareness' } },
        { value: 2, label: { en: 'Working' } },
        { value: 3, label: { en: 'Practitioner' } },
        { value: 4, label: { en: 'Expert' } },
      ],
      proficientLevel: 3,
    },
  ],
  areas: [
    { id: 'data', code: 'DG-1', label: { en: 'Data' } },
    { id: 'data-use', code: 'DG-1.1', label: { en: 'Using data' }, parentId: 'data' },
  ],
  competencies: [
    {
      id: 'data-literacy',
      code: 'DG-1.1.1',
      label: { en: 'Data literacy' },
      statement: { en: 'Finds, judges and uses data.' },
      scaleId: 'levels',
      areaId: 'data-use',
    },
    {
      id: 'user-research',
      code: 'DG-2',
      label: { en: 'User research' },
      statement: { en: 'Learns what users need.' },
      scaleId: 'levels',
    },
  ],
};

/** A fresh, fully valid workspace; mutate it freely. */
export function validWorkspace(): Workspace {
  return structuredClone({
    schemaVersion: currentSchemaVersion,
    kind: 'capkitWorkspace',
    programme: {
      id: 'prog',
      name: { en: 'Digital skills programme' },
      rounds: [
        { number: 1, startsOn: '2026-01-01', endsOn: '2026-12-31' },
        { number: 2, startsOn: '2027-01-01' },
      ],
    },
    frameworks: [framework],
    units: [
      { id: 'ministry', name: { en: 'Ministry' } },
      { id: 'team', name: { en: 'Data team' }, parentId: 'ministry' },
    ],
    roles: [
      {
        id: 'analyst',
        title: { en: 'Data analyst' },
        framework: { frameworkId: 'dg', version: '1.0' },
        requirements: [{ competencyId: 'data-literacy', requiredLevel: 3 }],
      },
    ],
    people: [{ id: 'p1' }, { id: 'p2', grade: 'G7' }],
    personalData: [{ personId: 'p1', name: 'Amina Diallo', email: 'amina@example.org' }],
    memberships: [
      { personId: 'p1', unitId: 'team', roleId: 'analyst', from: '2025-01-01' },
      { personId: 'p2', unitId: 'team', roleId: 'analyst', from: '2025-02-01', to: '2026-06-30' },
    ],
    capacityAssessments: [
      {
        id: 'undp-1',
        round: 1,
        title: { en: 'Ministry capacity assessment' },
        unitId: 'ministry',
        conductedOn: '2026-02-01',
        ratingRange: { min: 1, max: 5 },
        questions: [
          {
            id: 'q1',
            cell: {
              pointOfEntry: 'organisation',
              coreIssue: 'knowledge',
              functionalCapacity: 'monitorAndEvaluate',
            },
            question: { en: 'Does the ministry use data to monitor its services?' },
            desired: 4,
            existing: 2,
            evidence: ['Interviews with unit heads'],
          },
        ],
      },
    ],
    instruments: [
      {
        id: 'tna',
        round: 1,
        title: { en: 'Training needs assessment' },
        framework: { frameworkId: 'dg', version: '1.0' },
        ratingScale: { min: 1, max: 5, allowNotApplicable: true },
        perspectives: ['self', 'supervisor'],
        sections: [{ id: 'page-1', title: { en: 'Data' } }],
        items: [
          {
            id: 'i1',
            format: 'importancePerformance',
            prompt: { en: 'Reading a dashboard' },
            target: { kind: 'competency', competencyId: 'data-literacy' },
            sectionId: 'page-1',
          },
          {
            id: 'i2',
            format: 'rating',
            prompt: { en: 'I avoid spreadsheets' },
            target: { kind: 'competency', competencyId: 'data-literacy' },
            reverseCoded: true,
            showIf: { itemId: 'i1', atLeast: 2 },
          },
        ],
      },
    ],
    campaigns: [
      {
        id: 'tna-2026',
        round: 1,
        title: { en: 'TNA 2026' },
        instrumentId: 'tna',
        population: { unitIds: ['ministry'] },
        opensAt: '2026-03-01T09:00:00Z',
        closesAt: '2026-03-31T17:00:00Z',
        status: 'closed',
      },
    ],
    responses: [
      {
        id: 'r1',
        campaignId: 'tna-2026',
        respondentId: 'p1',
        perspective: 'self',
        status: 'submitted',
        startedAt: '2026-03-02T10:00:00Z',
        updatedAt: '2026-03-02T10:20:00Z',
        submittedAt: '2026-03-02T10:20:00Z',
        answers: [
          { kind: 'importancePerformance', itemId: 'i1', importance: 5, performance: 2 },
          { kind: 'rating', itemId: 'i2', value: null },
        ],
      },
      {
        id: 'r2',
        campaignId: 'tna-2026',
        respondentId: 'p2',
        subjectId: 'p1',
        perspective: 'supervisor',
        status: 'draft',
        startedAt: '2026-03-03T10:00:00Z',
        updatedAt: '2026-03-03T10:05:00Z',
        answers: [{ kind: 'notApplicable', itemId: 'i1' }],
      },
    ],
    stakeholders: [
      {
        id: 'finance',
        round: 1,
        name: { en: 'Ministry of Finance' },
        category: 'government',
        power: 5,
        interest: 3,
        attitude: 'supporter',
        strategy: 'manageClosely',
        activities: [
          {
            id: 'a1',
            kind: 'briefing',
            date: '2026-02-10',
            summary: { en: 'Budget briefing' },
            ownerId: 'p1',
          },
        ],
      },
    ],
    assets: [
      {
        id: 'mentors',
        round: 1,
        kind: 'trainedPeople',
        name: { en: 'Data mentors' },
        competencyIds: ['data-literacy'],
        personIds: ['p2'],
      },
      {
        id: 'data-cop-asset',
        round: 1,
        kind: 'communityOfPractice',
        name: { en: 'Data community' },
        competencyIds: ['data-literacy'],
        communityId: 'data-cop',
      },
      {
        id: 'centex',
        round: 1,
        kind: 'centreOfExcellence',
        name: { en: 'Centre of excellence' },
        competencyIds: [],
        capabilityCentres: [
          { id: 'dsai', name: { en: 'Data science and AI' }, competencyIds: ['data-literacy'] },
        ],
      },
    ],
    communities: [
      {
        id: 'data-cop',
        name: { en: 'Data community of practice' },
        focus: { kind: 'topic', topic: { en: 'Data' } },
        competencyIds: ['data-literacy'],
        memberIds: ['p1', 'p2'],
        activities: [
          { id: 'm1', kind: 'meetup', date: '2026-04-01', title: { en: 'Show and tell' } },
        ],
      },
    ],
    plans: [
      {
        id: 'plan-2026',
        round: 1,
        title: { en: 'Data skills plan' },
        basedOnCampaignId: 'tna-2026',
        budget: { amount: 10000, currency: 'EUR' },
        interventions: [
          {
            id: 'course',
            kind: 'course',
            title: { en: 'Data for decisions' },
            targets: [{ competencyId: 'data-literacy', expectedLevelGain: 1 }],
            cost: { currency: 'EUR', fixed: 4000, perParticipant: 1000 },
            seats: 2,
            durationDays: 3,
            ownerId: 'p2',
            startsOn: '2026-05-01',
            endsOn: '2026-05-03',
            milestones: [
              {
                id: 'ms1',
                title: { en: 'Cohort enrolled' },
                due: '2026-04-20',
                status: 'completed',
              },
            ],
            status: 'completed',
            participantIds: ['p1'],
            assetIds: ['mentors'],
            offeringId: 'data-course',
            spending: [
              { id: 'sp1', on: '2026-04-01', kind: 'committed', amount: 6000 },
              {
                id: 'sp2',
                on: '2026-05-10',
                kind: 'spent',
                amount: 5500,
                description: { en: 'Trainer and venue' },
              },
            ],
          },
          {
            id: 'mentoring',
            kind: 'mentoring',
            title: { en: 'Mentoring in data use' },
            targets: [{ competencyId: 'data-literacy', expectedLevelGain: 0.5 }],
            cost: { currency: 'EUR', fixed: 0, perParticipant: 500 },
            seats: 2,
            durationDays: 4,
            ownerId: 'p2',
            startsOn: '2026-06-01',
            endsOn: '2026-09-30',
            milestones: [],
            status: 'planned',
            offeringId: 'data-mentoring',
            prerequisiteIds: ['course'],
          },
        ],
        constraints: {
          window: { from: '2026-04-01', to: '2026-12-31' },
          maxDaysPerPerson: 10,
          minCoverage: [{ unitId: 'team', share: 0.5 }],
        },
      },
    ],
    evaluations: [
      {
        id: 'eval-2026',
        round: 1,
        planId: 'plan-2026',
        title: { en: 'Evaluation of the data skills plan' },
        kirkpatrick: [
          {
            id: 'k1',
            level: 1,
            interventionId: 'course',
            measure: { en: 'Satisfaction' },
            value: 4.4,
            unit: 'mean rating 1–5',
            n: 1,
            measuredOn: '2026-05-03',
          },
        ],
        roi: {
          benefits: [
            { description: { en: 'Hours saved' }, amount: { amount: 9000, currency: 'EUR' } },
          ],
          costs: [{ description: { en: 'Course' }, amount: { amount: 6000, currency: 'EUR' } }],
          isolationFactor: 0.5,
          intangibles: [{ en: 'Confidence with data' }],
        },
        observations: [
          {
            id: 'o1',
            personId: 'p1',
            interventionId: 'course',
            level: 2,
            instrument: 'preTest',
            value: 45,
            scaleMin: 0,
            scaleMax: 100,
            on: '2026-05-01',
          },
          {
            id: 'o2',
            personId: 'p1',
            interventionId: 'course',
            level: 2,
            instrument: 'postTest',
            value: 70,
            scaleMin: 0,
            scaleMax: 100,
            on: '2026-05-03',
          },
          {
            id: 'o3',
            personId: 'p1',
            interventionId: 'course',
            level: 1,
            instrument: 'reaction',
            value: 4,
            scaleMin: 1,
            scaleMax: 5,
            on: '2026-05-03',
          },
        ],
        indicators: [
          {
            id: 'ind1',
            name: { en: 'Dashboards in use' },
            unit: 'count',
            baseline: { value: 2, on: '2026-01-15' },
            target: { value: 10, on: '2026-12-31' },
            actuals: [
              { value: 4, on: '2026-06-30' },
              { value: 7, on: '2026-09-30' },
            ],
          },
        ],
      },
    ],
    catalogue: [
      {
        id: 'data-course',
        kind: 'course',
        title: { en: 'Data for decisions' },
        targets: [{ competencyId: 'data-literacy', expectedLevelGain: 1 }],
        cost: { currency: 'EUR', fixed: 4000, perParticipant: 1000 },
        seats: 12,
        durationDays: 3,
        availableFrom: '2026-03-01',
        availableUntil: '2026-12-31',
        providerAssetId: 'centex',
      },
      {
        id: 'data-mentoring',
        kind: 'mentoring',
        title: { en: 'Mentoring in data use' },
        targets: [
          { competencyId: 'data-literacy', expectedLevelGain: 0.5 },
          { competencyId: 'user-research', expectedLevelGain: 0.5 },
        ],
        cost: { currency: 'EUR', fixed: 0, perParticipant: 500 },
        seats: 4,
        durationDays: 4,
        prerequisiteIds: ['data-course'],
        providerAssetId: 'mentors',
      },
    ],
    knowledgeItems: [
      {
        id: 'ki1',
        round: 1,
        title: { en: 'How we built our first dashboard' },
        stage: 'shared',
        history: [
          { stage: 'identified', at: '2026-05-10T09:00:00Z' },
          { stage: 'created', at: '2026-05-20T09:00:00Z' },
          { stage: 'shared', at: '2026-06-01T09:00:00Z' },
        ],
        competencyIds: ['data-literacy'],
        communityId: 'data-cop',
        authorId: 'p1',
      },
    ],
    maturityIndexes: [
      {
        id: 'dmi',
        title: { en: 'Data maturity index' },
        entityKind: 'unit',
        entities: [
          { id: 'e-ministry', name: { en: 'Ministry' }, unitId: 'ministry', group: 'central' },
          { id: 'e-team', name: { en: 'Data team' }, unitId: 'team' },
        ],
        nodes: [
          { id: 'index', title: { en: 'Data maturity' }, aggregation: 'generalised', power: 0.5 },
          { id: 'use', title: { en: 'Data use' }, parentId: 'index', weight: 2 },
          { id: 'skills', title: { en: 'Skills' }, parentId: 'index', aggregation: 'geometric' },
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
          {
            id: 'trained',
            title: { en: 'Staff trained' },
            parentId: 'skills',
            direction: 'higherIsBetter',
            unit: '%',
            weight: 1,
          },
        ],
        values: [
          { entityId: 'e-ministry', indicatorId: 'dashboards', value: 4 },
          { entityId: 'e-ministry', indicatorId: 'days-to-data', value: 12 },
          { entityId: 'e-ministry', indicatorId: 'trained', value: 20 },
          { entityId: 'e-team', indicatorId: 'dashboards', value: 9 },
          { entityId: 'e-team', indicatorId: 'trained', value: 65 },
        ],
        levels: [
          { id: 'initial', name: { en: 'Initial' }, minScore: 0 },
          { id: 'developing', name: { en: 'Developing' }, minScore: 25 },
          { id: 'defined', name: { en: 'Defined' }, minScore: 50 },
          { id: 'optimised', name: { en: 'Optimised' }, minScore: 75 },
        ],
        measuredOn: '2026-06-30',
      },
    ],
  } satisfies Workspace);
}
