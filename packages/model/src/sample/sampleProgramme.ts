import type { Programme } from '../programme.js';

/** The fictional ministry's capacity-development programme: round 1 in 2026, round 2 from 2027. */
export function sampleProgramme(): Programme {
  return {
    id: 'mds-digital-capability',
    name: {
      en: 'Digital capability programme',
      fr: 'Programme de développement des capacités numériques',
    },
    owner: 'Ministry of Digital Services',
    rounds: [
      {
        number: 1,
        title: { en: 'Baseline and first response', fr: 'État des lieux et première réponse' },
        startsOn: '2026-01-05',
        endsOn: '2026-12-18',
      },
      {
        number: 2,
        title: { en: 'Follow-up and scale-up', fr: 'Suivi et passage à l’échelle' },
        startsOn: '2027-01-04',
      },
    ],
  };
}
