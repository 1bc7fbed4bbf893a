import type { CapacityDevelopmentPlan } from '../capacityDevelopmentPlan.js';
import type { Evaluation, KirkpatrickMeasure } from '../evaluation.js';
import { interventionCostFor } from '../interventionCost.js';
import { shiftDate } from './sampleDates.js';
import { sampleCurrency } from './samplePlan.js';
import type { SeededRandom } from './seededRandom.js';

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * The round-1 evaluation of the plan: Kirkpatrick measures at all four levels for the completed
 * interventions, Phillips ROI inputs (benefits, fully loaded costs, isolation and confidence,
 * intangibles) and two indicators tracked from baseline to target.
 */
export function sampleEvaluation(plan: CapacityDevelopmentPlan, random: SeededRandom): Evaluation {
  const completed = plan.interventions.filter((i) => i.status === 'completed');
  const kirkpatrick: KirkpatrickMeasure[] = completed.flatMap((intervention) => {
    const n = intervention.participantIds?.length ?? 0;
    const after = (days: number) => shiftDate(intervention.endsOn, days);
    return [
      {
        id: `${intervention.id}-reaction`,
        level: 1,
        interventionId: intervention.id,
        measure: { en: 'Participants’ satisfaction', fr: 'Satisfaction des participants' },
        value: round1(3.8 + random.next() * 0.9),
        unit: 'mean rating 1–5',
        n: Math.round(n * (0.7 + random.next() * 0.25)),
        measuredOn: after(1),
      },
      {
        id: `${intervention.id}-learning`,
        level: 2,
        interventionId: intervention.id,
        measure: {
          en: 'Passed the end-of-course assessment',
          fr: 'Réussite à l’évaluation finale',
        },
        value: round1(72 + random.next() * 20),
        unit: '% passing',
        n,
        measuredOn: after(2),
      },
      {
        id: `${intervention.id}-behaviour`,
        level: 3,
        interventionId: intervention.id,
        measure: {
          en: 'Apply the skill at work three months on, as their supervisors report',
          fr: 'Appliquent la compétence au travail trois mois après, selon leur encadrement',
        },
        value: round1(45 + random.next() * 25),
        unit: '% of participants',
        n: Math.round(n * (0.5 + random.next() * 0.3)),
        measuredOn: after(90),
      },
    ];
  });
  kirkpatrick.push({
    id: 'plan-2026-results',
    level: 4,
    measure: {
      en: 'Median days to register a new service on the shared identity platform',
      fr: 'Délai médian d’inscription d’un nouveau service sur la plateforme d’identité',
    },
    value: 9 + random.int(0, 5),
    unit: 'days',
    measuredOn: '2026-12-01',
  });
  const deliveryCost = plan.interventions
    .filter((i) => i.status !== 'planned')
    .reduce((sum, i) => sum + interventionCostFor(i.cost, i.seats), 0);
  const money = (amount: number) => ({ amount: Math.round(amount), currency: sampleCurrency });
  const baseline = random.int(30, 45);
  return {
    id: 'evaluation-2026',
    round: 1,
    planId: plan.id,
    title: { en: 'Evaluation of the 2026 plan', fr: 'Évaluation du plan 2026' },
    kirkpatrick,
    roi: {
      benefits: [
        {
          description: { en: 'Staff time saved on manual identity checks' },
          amount: money(deliveryCost * (1.2 + random.next() * 0.8)),
        },
        {
          description: { en: 'Avoided cost of failed or repeated procurements' },
          amount: money(deliveryCost * (0.3 + random.next() * 0.4)),
        },
      ],
      costs: [
        { description: { en: 'Delivery of the interventions' }, amount: money(deliveryCost) },
        {
          description: { en: 'Participants’ time away from their work' },
          amount: money(deliveryCost * 0.35),
        },
        {
          description: { en: 'Programme management and evaluation' },
          amount: money(deliveryCost * 0.1),
        },
      ],
      isolationFactor: round1(0.5 + random.next() * 0.2),
      confidence: round1(0.6 + random.next() * 0.2),
      intangibles: [
        {
          en: 'Closer collaboration between departments',
          fr: 'Collaboration plus étroite entre directions',
        },
        {
          en: 'More confidence in reusing shared building blocks',
          fr: 'Plus de confiance dans la réutilisation des briques partagées',
        },
      ],
    },
    observations: [],
    indicators: [
      {
        id: 'share-at-required-level',
        name: {
          en: 'Staff at or above their role’s required level',
          fr: 'Agents au niveau requis par leur rôle ou au-dessus',
        },
        unit: '%',
        baseline: { value: baseline, on: '2026-03-02' },
        target: { value: baseline + 20, on: '2027-03-01' },
        actuals: [
          { value: baseline + random.int(2, 6), on: '2026-09-01' },
          { value: baseline + random.int(7, 12), on: '2026-12-01' },
        ],
      },
      {
        id: 'services-reusing-building-blocks',
        name: {
          en: 'Services reusing a shared building block',
          fr: 'Services réutilisant une brique partagée',
        },
        unit: 'services',
        baseline: { value: 3, on: '2026-01-05' },
        target: { value: 12, on: '2027-06-30' },
        actuals: [
          { value: 4 + random.int(0, 2), on: '2026-06-30' },
          { value: 7 + random.int(0, 2), on: '2026-12-18' },
        ],
      },
    ],
  };
}
