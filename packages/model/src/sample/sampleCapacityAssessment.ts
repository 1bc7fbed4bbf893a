import type { CapacityAssessment, UndpCell } from '../undpCapacityAssessment.js';
import type { LocalizedText } from '../localizedText.js';
import type { SampleContext } from './sampleContext.js';
import type { SeededRandom } from './seededRandom.js';

const questions: readonly (readonly [UndpCell, LocalizedText])[] = [
  [
    {
      pointOfEntry: 'enablingEnvironment',
      coreIssue: 'institutionalArrangements',
      functionalCapacity: 'formulatePolicyAndStrategy',
    },
    {
      en: 'Is there a national digital government strategy with a mandate to build shared building blocks?',
    },
  ],
  [
    {
      pointOfEntry: 'enablingEnvironment',
      coreIssue: 'accountability',
      functionalCapacity: 'monitorAndEvaluate',
    },
    { en: 'Are digital services’ results published and scrutinised by parliament or the public?' },
  ],
  [
    {
      pointOfEntry: 'enablingEnvironment',
      coreIssue: 'knowledge',
      functionalCapacity: 'engageStakeholders',
    },
    {
      en: 'Do universities and training institutions offer courses matched to government digital roles?',
    },
  ],
  [
    {
      pointOfEntry: 'organisation',
      coreIssue: 'leadership',
      functionalCapacity: 'assessAndEnvision',
    },
    {
      en: 'Has the ministry’s leadership set out a vision for digital services that staff can describe?',
    },
  ],
  [
    {
      pointOfEntry: 'organisation',
      coreIssue: 'institutionalArrangements',
      functionalCapacity: 'budgetManageAndImplement',
    },
    { en: 'Does the ministry fund and staff multidisciplinary teams for its main services?' },
  ],
  [
    {
      pointOfEntry: 'organisation',
      coreIssue: 'knowledge',
      functionalCapacity: 'budgetManageAndImplement',
    },
    { en: 'Are lessons from past digital projects recorded and reused by new projects?' },
  ],
  [
    {
      pointOfEntry: 'organisation',
      coreIssue: 'accountability',
      functionalCapacity: 'monitorAndEvaluate',
    },
    { en: 'Does the ministry track performance indicators for each digital service?' },
  ],
  [
    {
      pointOfEntry: 'organisation',
      coreIssue: 'leadership',
      functionalCapacity: 'engageStakeholders',
    },
    { en: 'Do senior leaders involve other agencies and users when planning new services?' },
  ],
  [
    { pointOfEntry: 'individual', coreIssue: 'knowledge', functionalCapacity: 'assessAndEnvision' },
    { en: 'Can staff analyse user needs and data to define a service problem?' },
  ],
  [
    {
      pointOfEntry: 'individual',
      coreIssue: 'leadership',
      functionalCapacity: 'formulatePolicyAndStrategy',
    },
    { en: 'Do managers translate the digital strategy into team objectives?' },
  ],
  [
    {
      pointOfEntry: 'individual',
      coreIssue: 'knowledge',
      functionalCapacity: 'budgetManageAndImplement',
    },
    {
      en: 'Can staff integrate shared building blocks such as identity and payments into services?',
    },
  ],
  [
    {
      pointOfEntry: 'individual',
      coreIssue: 'accountability',
      functionalCapacity: 'monitorAndEvaluate',
    },
    { en: 'Do staff measure whether the services they build meet their users’ needs?' },
  ],
];

/**
 * A UNDP capacity assessment of the ministry at the start of round 1: twelve questions across the
 * cube, each rated 1–5 for desired and existing capacity, existing capacity mostly lower.
 */
export function sampleCapacityAssessment(
  context: SampleContext,
  random: SeededRandom,
): CapacityAssessment {
  return {
    id: 'undp-ministry-2026',
    round: 1,
    title: {
      en: 'Ministry capacity assessment 2026',
      fr: 'Évaluation des capacités du ministère 2026',
    },
    unitId: context.organisation.ministryUnitId,
    conductedOn: '2026-01-20',
    ratingRange: { min: 1, max: 5 },
    questions: questions.map(([cell, question], index) => {
      const desired = random.int(4, 5);
      return {
        id: `undp-q${index + 1}`,
        cell,
        question,
        desired,
        existing: Math.max(1, desired - random.int(0, 3)),
        evidence: [
          random.pick([
            'Document review',
            'Key-informant interviews',
            'Focus group',
            'Staff survey',
          ]),
        ],
      };
    }),
  };
}
