import type {
  CapacityDevelopmentPlan,
  Intervention,
  InterventionKind,
  SpendingEntry,
} from '../capacityDevelopmentPlan.js';
import { interventionCostFor } from '../interventionCost.js';
import type { LocalizedText } from '../localizedText.js';
import { sampleAssetIds } from './sampleAssets.js';
import { sampleTnaCampaignId } from './sampleCampaigns.js';
import { sampleCatalogue } from './sampleCatalogue.js';
import type { SampleContext } from './sampleContext.js';
import { shiftDate } from './sampleDates.js';
import { departmentHeads, pickPeople } from './samplePeoplePicker.js';
import type { SeededRandom } from './seededRandom.js';

/** Currency of every amount in the sample workspace. */
export const sampleCurrency = 'EUR';

interface InterventionSpec {
  readonly id: string;
  readonly kind: InterventionKind;
  readonly title: LocalizedText;
  readonly targets: Intervention['targets'];
  /** Seats as a share of the head count, within `minSeats`–`maxSeats`. */
  readonly seatShare: number;
  readonly minSeats: number;
  readonly maxSeats: number;
  /** The catalogue entry it runs; its cost is the entry's, per run and per participant. */
  readonly offeringId: string;
  readonly prerequisiteIds?: readonly string[];
  readonly durationDays: number;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly status: Intervention['status'];
  readonly assetIds?: readonly string[];
}

const specs: readonly InterventionSpec[] = [
  {
    id: 'int-identity-course',
    kind: 'course',
    title: { en: 'Integrating digital identity', fr: 'Intégrer l’identité numérique' },
    targets: [{ competencyId: 'dg-identity', expectedLevelGain: 1 }],
    seatShare: 0.04,
    minSeats: 8,
    maxSeats: 400,
    offeringId: 'off-identity-course',
    durationDays: 3,
    startsOn: '2026-04-13',
    endsOn: '2026-04-15',
    status: 'completed',
    assetIds: [sampleAssetIds.academy, sampleAssetIds.course, sampleAssetIds.trainedPeople],
  },
  {
    id: 'int-data-protection-elearning',
    kind: 'eLearning',
    title: { en: 'Data protection essentials', fr: 'L’essentiel de la protection des données' },
    targets: [{ competencyId: 'dg-data-protection', expectedLevelGain: 1 }],
    seatShare: 0.5,
    minSeats: 10,
    maxSeats: 100_000,
    offeringId: 'off-data-protection-elearning',
    durationDays: 0.5,
    startsOn: '2026-04-01',
    endsOn: '2026-06-30',
    status: 'completed',
    assetIds: [sampleAssetIds.academy],
  },
  {
    id: 'int-product-mentoring',
    kind: 'mentoring',
    title: {
      en: 'Product management mentoring circles',
      fr: 'Cercles de mentorat en gestion de produit',
    },
    targets: [
      { competencyId: 'dg-product-management', expectedLevelGain: 1 },
      { competencyId: 'dg-agile-delivery', expectedLevelGain: 0.5 },
    ],
    seatShare: 0.02,
    minSeats: 4,
    maxSeats: 120,
    offeringId: 'off-product-mentoring',
    durationDays: 6,
    startsOn: '2026-05-04',
    endsOn: '2026-10-30',
    status: 'inProgress',
  },
  {
    id: 'int-leadership-coaching',
    kind: 'coaching',
    title: { en: 'Digital leadership coaching', fr: 'Coaching en leadership numérique' },
    targets: [{ competencyId: 'dg-digital-leadership', expectedLevelGain: 0.5 }],
    seatShare: 0.005,
    minSeats: 2,
    maxSeats: 40,
    offeringId: 'off-leadership-coaching',
    durationDays: 5,
    startsOn: '2026-05-01',
    endsOn: '2026-11-30',
    status: 'inProgress',
  },
  {
    id: 'int-building-blocks-community',
    kind: 'communityOfPractice',
    title: {
      en: 'Building blocks community membership',
      fr: 'Participation à la communauté des briques',
    },
    targets: [
      { competencyId: 'dg-identity', expectedLevelGain: 0.5 },
      { competencyId: 'dg-digital-registries', expectedLevelGain: 0.5 },
    ],
    seatShare: 0.04,
    minSeats: 3,
    maxSeats: 300,
    offeringId: 'off-building-blocks-community',
    durationDays: 10,
    startsOn: '2026-03-01',
    endsOn: '2026-12-15',
    status: 'inProgress',
    assetIds: [sampleAssetIds.community],
  },
  {
    id: 'int-centex-secondments',
    kind: 'secondment',
    title: {
      en: 'Secondments to the centre of excellence',
      fr: 'Détachements au centre d’excellence',
    },
    targets: [{ competencyId: 'dg-cybersecurity', expectedLevelGain: 1 }],
    seatShare: 0.002,
    minSeats: 1,
    maxSeats: 30,
    offeringId: 'off-centex-secondment',
    prerequisiteIds: ['int-identity-course'],
    durationDays: 60,
    startsOn: '2026-06-01',
    endsOn: '2026-11-30',
    status: 'inProgress',
    assetIds: [sampleAssetIds.centre],
  },
  {
    id: 'int-user-research-workshops',
    kind: 'workshop',
    title: { en: 'User research workshops', fr: 'Ateliers de recherche utilisateur' },
    targets: [{ competencyId: 'dg-user-research', expectedLevelGain: 0.5 }],
    seatShare: 0.03,
    minSeats: 6,
    maxSeats: 300,
    offeringId: 'off-user-research-workshop',
    prerequisiteIds: ['int-data-protection-elearning'],
    durationDays: 2,
    startsOn: '2026-09-14',
    endsOn: '2026-09-18',
    status: 'planned',
    assetIds: [sampleAssetIds.toolkit],
  },
  {
    id: 'int-agile-on-the-job',
    kind: 'onTheJob',
    title: { en: 'Agile delivery on the job', fr: 'Livraison agile en situation de travail' },
    targets: [{ competencyId: 'dg-agile-delivery', expectedLevelGain: 1 }],
    seatShare: 0.05,
    minSeats: 5,
    maxSeats: 500,
    offeringId: 'off-agile-on-the-job',
    durationDays: 20,
    startsOn: '2026-07-01',
    endsOn: '2026-12-11',
    status: 'planned',
  },
  {
    id: 'int-procurement-course',
    kind: 'course',
    title: { en: 'Buying digital services', fr: 'Acheter des services numériques' },
    targets: [{ competencyId: 'dg-digital-procurement', expectedLevelGain: 1 }],
    seatShare: 0.01,
    minSeats: 4,
    maxSeats: 200,
    offeringId: 'off-procurement-course',
    prerequisiteIds: ['int-data-protection-elearning'],
    durationDays: 2,
    startsOn: '2026-10-05',
    endsOn: '2026-10-06',
    status: 'planned',
    assetIds: [sampleAssetIds.academy],
  },
];

// Participants are listed by id, so large ministries list a readable share of them.
const maxListedParticipants = 500;

const offeringsById = new Map(sampleCatalogue.map((offering) => [offering.id, offering]));

/**
 * Money committed three weeks before an intervention starts (its cost for those enrolled) and
 * spent: a completed one's final bill two weeks after it ends, a little under the commitment; an
 * intervention in progress, four tenths a month after it started. Nothing is spent on one planned.
 */
function sampleSpending(spec: InterventionSpec, committed: number): SpendingEntry[] {
  const entries: SpendingEntry[] = [
    {
      id: `${spec.id}-committed`,
      on: shiftDate(spec.startsOn, -21),
      kind: 'committed',
      amount: Math.round(committed),
      description: { en: 'Order signed', fr: 'Commande signée' },
    },
  ];
  if (spec.status === 'completed') {
    entries.push({
      id: `${spec.id}-final-bill`,
      on: shiftDate(spec.endsOn, 14),
      kind: 'spent',
      amount: Math.round(committed * 0.96),
      description: { en: 'Final bill paid', fr: 'Facture finale payée' },
    });
  } else if (spec.status === 'inProgress') {
    entries.push({
      id: `${spec.id}-first-payment`,
      on: shiftDate(spec.startsOn, 30),
      kind: 'spent',
      amount: Math.round(committed * 0.4),
      description: { en: 'First payment', fr: 'Premier paiement' },
    });
  }
  return entries;
}

/**
 * The round-1 capacity-development plan answering the assessment: nine interventions of eight
 * kinds, each running an offering of {@link sampleCatalogue} (its fixed cost once per run of the
 * offering's seats, its cost per participant), seats scaled to the head count, three with a
 * prerequisite, money committed and spent so far, constraints (a window, days per person, the
 * coverage of the first two departments) and a budget that covers every seat with a margin.
 */
export function samplePlan(context: SampleContext, random: SeededRandom): CapacityDevelopmentPlan {
  const people = context.organisation.people;
  const owners = departmentHeads(context);
  const interventions = specs.map((spec, index): Intervention => {
    const seats = Math.min(
      spec.maxSeats,
      Math.max(spec.minSeats, Math.round(people * spec.seatShare)),
    );
    const fill =
      spec.status === 'planned' ? 0.3 + random.next() * 0.3 : 0.75 + random.next() * 0.25;
    const enrolled = Math.min(maxListedParticipants, Math.round(seats * fill));
    const offering = offeringsById.get(spec.offeringId);
    // A programming error in the spec table, not bad input.
    if (offering === undefined)
      throw new Error(`Sample plan runs unknown offering ${spec.offeringId}`);
    // As many runs as the seats need, each paying the offering's fixed cost.
    const runs = Math.ceil(seats / offering.seats);
    const cost = { ...offering.cost, fixed: offering.cost.fixed * runs };
    const milestoneStatus = (milestone: number): Intervention['status'] =>
      spec.status === 'completed' || (spec.status === 'inProgress' && milestone === 0)
        ? 'completed'
        : 'planned';
    return {
      id: spec.id,
      kind: spec.kind,
      title: spec.title,
      targets: spec.targets.map((target) => ({ ...target })),
      cost,
      seats,
      durationDays: spec.durationDays,
      ownerId: owners[index % owners.length] ?? owners[0] ?? '',
      startsOn: spec.startsOn,
      endsOn: spec.endsOn,
      milestones: [
        {
          id: `${spec.id}-enrolment`,
          title: { en: 'Enrolment closes', fr: 'Clôture des inscriptions' },
          due: shiftDate(spec.startsOn, -14),
          status: milestoneStatus(0),
        },
        {
          id: `${spec.id}-delivery`,
          title: { en: 'Delivery complete', fr: 'Fin de la réalisation' },
          due: spec.endsOn,
          status: milestoneStatus(1),
        },
        {
          id: `${spec.id}-follow-up`,
          title: { en: 'Follow-up survey', fr: 'Enquête de suivi' },
          due: shiftDate(spec.endsOn, 90),
          status: milestoneStatus(2),
        },
      ],
      status: spec.status,
      participantIds: pickPeople(context, random, enrolled),
      ...(spec.assetIds === undefined ? {} : { assetIds: [...spec.assetIds] }),
      offeringId: spec.offeringId,
      ...(spec.prerequisiteIds === undefined ? {} : { prerequisiteIds: [...spec.prerequisiteIds] }),
      spending: sampleSpending(spec, interventionCostFor(cost, enrolled)),
    };
  });
  const total = interventions.reduce(
    (sum, intervention) => sum + interventionCostFor(intervention.cost, intervention.seats),
    0,
  );
  const margin = 1.05 + random.next() * 0.15;
  const [firstDepartment, secondDepartment] = context.organisation.departmentUnitIds;
  return {
    id: 'plan-2026',
    round: 1,
    title: { en: 'Capacity development plan 2026', fr: 'Plan de développement des capacités 2026' },
    basedOnCampaignId: sampleTnaCampaignId,
    constraints: {
      window: { from: '2026-03-01', to: '2026-12-18' },
      maxDaysPerPerson: 25,
      minCoverage: [
        ...(firstDepartment === undefined ? [] : [{ unitId: firstDepartment, share: 0.25 }]),
        ...(secondDepartment === undefined ? [] : [{ unitId: secondDepartment, share: 0.2 }]),
      ],
    },
    budget: { amount: Math.ceil((total * margin) / 1_000) * 1_000, currency: sampleCurrency },
    interventions,
  };
}
