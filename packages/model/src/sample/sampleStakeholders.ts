import type { LocalizedText } from '../localizedText.js';
import type { EngagementActivity, Stakeholder } from '../stakeholder.js';
import { suggestedEngagementStrategy } from '../vocabulary.js';
import type { SampleContext } from './sampleContext.js';
import { shiftDate } from './sampleDates.js';
import { departmentHeads } from './samplePeoplePicker.js';
import type { SeededRandom } from './seededRandom.js';

const register: readonly {
  readonly id: string;
  readonly name: LocalizedText;
  readonly category: Stakeholder['category'];
  readonly power: number;
  readonly interest: number;
  readonly attitude: Stakeholder['attitude'];
}[] = [
  {
    id: 'sh-head-civil-service',
    name: {
      en: 'Office of the Head of the Civil Service',
      fr: 'Cabinet du chef de la fonction publique',
    },
    category: 'government',
    power: 5,
    interest: 4,
    attitude: 'champion',
  },
  {
    id: 'sh-finance-budget',
    name: {
      en: 'Ministry of Finance, Budget Directorate',
      fr: 'Ministère des Finances, direction du budget',
    },
    category: 'government',
    power: 5,
    interest: 2,
    attitude: 'neutral',
  },
  {
    id: 'sh-digital-agency',
    name: { en: 'National Digital Agency', fr: 'Agence nationale du numérique' },
    category: 'agency',
    power: 4,
    interest: 5,
    attitude: 'supporter',
  },
  {
    id: 'sh-data-protection-authority',
    name: { en: 'Data Protection Authority', fr: 'Autorité de protection des données' },
    category: 'agency',
    power: 4,
    interest: 3,
    attitude: 'neutral',
  },
  {
    id: 'sh-public-service-union',
    name: { en: 'Public Service Workers’ Union', fr: 'Syndicat des agents publics' },
    category: 'union',
    power: 3,
    interest: 4,
    attitude: 'critic',
  },
  {
    id: 'sh-development-partners',
    name: {
      en: 'Development partners’ digital group',
      fr: 'Groupe numérique des partenaires au développement',
    },
    category: 'developmentPartner',
    power: 4,
    interest: 3,
    attitude: 'supporter',
  },
  {
    id: 'sh-digital-rights',
    name: {
      en: 'Citizens’ digital rights coalition',
      fr: 'Coalition citoyenne pour les droits numériques',
    },
    category: 'civilSociety',
    power: 2,
    interest: 5,
    attitude: 'critic',
  },
  {
    id: 'sh-university-computing',
    name: {
      en: 'National University, School of Computing',
      fr: 'Université nationale, école d’informatique',
    },
    category: 'academia',
    power: 2,
    interest: 3,
    attitude: 'supporter',
  },
  {
    id: 'sh-tech-firms',
    name: {
      en: 'Association of local technology firms',
      fr: 'Association des entreprises technologiques locales',
    },
    category: 'privateSector',
    power: 2,
    interest: 2,
    attitude: 'neutral',
  },
];

const attitudes: readonly Stakeholder['attitude'][] = [
  'champion',
  'supporter',
  'neutral',
  'critic',
  'blocker',
];

// Engagement follows the round: first meetings and briefings, then consultation on the plan,
// then reporting on progress.
const activitiesBySlot: readonly (readonly (readonly [
  EngagementActivity['kind'],
  LocalizedText,
])[])[] = [
  [
    [
      'meeting',
      { en: 'Introductory meeting on the programme', fr: 'Réunion de présentation du programme' },
    ],
    [
      'briefing',
      { en: 'Briefing on the assessment plans', fr: 'Présentation du projet d’évaluation' },
    ],
  ],
  [
    [
      'workshop',
      { en: 'Workshop on training priorities', fr: 'Atelier sur les priorités de formation' },
    ],
    [
      'consultation',
      { en: 'Consultation on the draft capacity plan', fr: 'Consultation sur le projet de plan' },
    ],
  ],
  [
    ['report', { en: 'Progress report', fr: 'Rapport d’avancement' }],
    ['briefing', { en: 'Briefing on the first results', fr: 'Point sur les premiers résultats' }],
  ],
];

const jitter = (random: SeededRandom, value: number) =>
  Math.min(5, Math.max(1, value + (random.chance(0.3) ? random.pick([-1, 1]) : 0)));

/**
 * The stakeholder register of round 1: nine stakeholders of every category, their power, interest
 * and attitude varied a little by seed, each with the strategy Mendelow's grid suggests and a few
 * engagement activities led by heads of department.
 */
export function sampleStakeholders(context: SampleContext, random: SeededRandom): Stakeholder[] {
  const owners = departmentHeads(context);
  return register.map((entry) => {
    const power = jitter(random, entry.power);
    const interest = jitter(random, entry.interest);
    const shift = random.chance(0.2) ? random.pick([-1, 1]) : 0;
    const attitude =
      attitudes[
        Math.min(attitudes.length - 1, Math.max(0, attitudes.indexOf(entry.attitude) + shift))
      ] ?? entry.attitude;
    const activities: EngagementActivity[] = Array.from(
      { length: random.int(1, 3) },
      (_, index) => {
        const [kind, summary] = random.pick(activitiesBySlot[index] ?? []);
        return {
          id: `${entry.id}-activity-${index + 1}`,
          kind,
          date: shiftDate('2026-01-12', index * 120 + random.int(0, 100)),
          summary,
          ownerId: random.pick(owners),
        };
      },
    );
    return {
      id: entry.id,
      round: 1,
      name: entry.name,
      category: entry.category,
      power,
      interest,
      attitude,
      strategy: suggestedEngagementStrategy(power, interest),
      activities,
    };
  });
}
