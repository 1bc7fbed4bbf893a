import type { CommunityOfPractice } from '../communityOfPractice.js';
import type { SampleContext } from './sampleContext.js';
import { shiftDate } from './sampleDates.js';
import { pickPeople } from './samplePeoplePicker.js';
import type { SeededRandom } from './seededRandom.js';

/** Id of the building-blocks community of practice. */
export const sampleBuildingBlocksCommunityId = 'cop-building-blocks';

const activityKinds: readonly CommunityOfPractice['activities'][number]['kind'][] = [
  'meetup',
  'showAndTell',
  'workshop',
  'mentoring',
];

// Members are listed by id, so large ministries keep the lists to a readable size.
const memberCount = (people: number, share: number) =>
  Math.min(300, Math.max(3, Math.round(people * share)));

/**
 * Two communities of practice: one on the GovStack building blocks (a topic community meeting
 * monthly) and one regional network, with members drawn from the ministry.
 */
export function sampleCommunities(
  context: SampleContext,
  random: SeededRandom,
): CommunityOfPractice[] {
  const people = context.organisation.people;
  return [
    {
      id: sampleBuildingBlocksCommunityId,
      name: {
        en: 'Building blocks community of practice',
        fr: 'Communauté de pratique des briques numériques',
      },
      focus: { kind: 'topic', topic: { en: 'GovStack building blocks', fr: 'Briques GovStack' } },
      competencyIds: [
        'dg-identity',
        'dg-payments',
        'dg-information-mediation',
        'dg-digital-registries',
        'dg-consent',
      ],
      memberIds: pickPeople(context, random, memberCount(people, 0.04)),
      activities: Array.from({ length: 10 }, (_, month) => {
        const kind = month % 3 === 2 ? 'showAndTell' : random.pick(activityKinds);
        return {
          id: `${sampleBuildingBlocksCommunityId}-${month + 1}`,
          kind,
          date: shiftDate('2026-02-10', month * 30 + random.int(0, 5)),
          title:
            kind === 'showAndTell'
              ? { en: 'Show and tell: building blocks in live services' }
              : { en: 'Monthly building blocks meetup', fr: 'Rencontre mensuelle des briques' },
        };
      }),
    },
    {
      id: 'cop-northern-region',
      name: { en: 'Northern region digital network', fr: 'Réseau numérique de la région Nord' },
      focus: { kind: 'region', region: { en: 'Northern region', fr: 'Région Nord' } },
      competencyIds: ['dg-user-research', 'dg-service-design', 'dg-accessibility'],
      memberIds: pickPeople(context, random, memberCount(people, 0.01)),
      activities: [
        {
          id: 'cop-northern-region-1',
          kind: 'conference',
          date: '2026-05-21',
          title: {
            en: 'Regional digital services day',
            fr: 'Journée régionale des services numériques',
          },
        },
        {
          id: 'cop-northern-region-2',
          kind: 'workshop',
          date: '2026-10-08',
          title: { en: 'Researching with rural users', fr: 'Recherche auprès des usagers ruraux' },
        },
      ],
    },
  ];
}
