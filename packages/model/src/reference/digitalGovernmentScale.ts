import type { ProficiencyScale } from '../proficiencyScale.js';

/**
 * The four-level proficiency scale of the capkit digital-government framework, in English and
 * French: 1 Awareness, 2 Working, 3 Practitioner, 4 Expert. Level 3 is the proficient threshold.
 *
 * The level names follow the common four-step pattern of public-sector digital frameworks (UK DDaT
 * uses the same names); the descriptors are capkit's own.
 *
 * Shared reference data: treat it as read-only and `structuredClone` it before changing it.
 */
export const digitalGovernmentScale: ProficiencyScale = {
  id: 'dg-proficiency',
  label: {
    en: 'Digital government proficiency',
    fr: 'Maîtrise du numérique public',
  },
  levels: [
    {
      value: 1,
      code: 'L1',
      label: { en: 'Awareness', fr: 'Sensibilisation' },
      descriptor: {
        en: 'Knows what the competency covers and why it matters, and can follow a discussion about it with help.',
        fr: 'Sait ce que recouvre la compétence et pourquoi elle compte, et peut suivre une discussion à son sujet avec de l’aide.',
      },
    },
    {
      value: 2,
      code: 'L2',
      label: { en: 'Working', fr: 'Opérationnel' },
      descriptor: {
        en: 'Uses the competency in routine tasks with occasional guidance, and recognises when to ask for help.',
        fr: 'Met la compétence en œuvre dans les tâches courantes avec un accompagnement ponctuel, et sait quand demander de l’aide.',
      },
    },
    {
      value: 3,
      code: 'L3',
      label: { en: 'Practitioner', fr: 'Praticien' },
      descriptor: {
        en: 'Applies the competency on their own to complex work, adapts methods to the situation and helps colleagues improve.',
        fr: 'Applique la compétence en autonomie à des travaux complexes, adapte les méthodes à la situation et aide ses collègues à progresser.',
      },
    },
    {
      value: 4,
      code: 'L4',
      label: { en: 'Expert', fr: 'Expert' },
      descriptor: {
        en: 'Sets the direction for the competency across the organisation, solves problems nobody has met before and grows the practice and its people.',
        fr: 'Donne l’orientation de la compétence pour toute l’organisation, résout des problèmes inédits et fait grandir la pratique et ses membres.',
      },
    },
  ],
  proficientLevel: 3,
};
