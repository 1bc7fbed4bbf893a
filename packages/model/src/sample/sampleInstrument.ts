import type { CompetencyFramework } from '../competencyFramework.js';
import type { Instrument, InstrumentItem } from '../instrument.js';
import type { LocalizedText } from '../localizedText.js';

/** The ten competencies the sample training-needs assessment asks about, in question order. */
export const sampleTnaCompetencies: readonly {
  /** Competency of the reference framework. */
  readonly competencyId: string;
  /** How the competency reads inside a question. */
  readonly topic: LocalizedText;
}[] = [
  { competencyId: 'dg-identity', topic: { en: 'digital identity', fr: 'l’identité numérique' } },
  {
    competencyId: 'dg-digital-registries',
    topic: { en: 'digital registries', fr: 'les registres numériques' },
  },
  {
    competencyId: 'dg-user-research',
    topic: { en: 'user research', fr: 'la recherche utilisateur' },
  },
  { competencyId: 'dg-agile-delivery', topic: { en: 'agile delivery', fr: 'la livraison agile' } },
  {
    competencyId: 'dg-product-management',
    topic: { en: 'product management', fr: 'la gestion de produit' },
  },
  { competencyId: 'dg-data-analysis', topic: { en: 'data analysis', fr: 'l’analyse de données' } },
  {
    competencyId: 'dg-data-protection',
    topic: { en: 'data protection', fr: 'la protection des données' },
  },
  { competencyId: 'dg-cybersecurity', topic: { en: 'cybersecurity', fr: 'la cybersécurité' } },
  {
    competencyId: 'dg-digital-procurement',
    topic: { en: 'digital procurement', fr: 'les achats numériques' },
  },
  {
    competencyId: 'dg-digital-leadership',
    topic: { en: 'digital leadership', fr: 'le leadership numérique' },
  },
];

/** Items asked about each competency. */
export const sampleItemsPerCompetency = 4;

const prompts: readonly ((topic: LocalizedText) => LocalizedText)[] = [
  (topic) => ({
    en: `Explaining ${topic['en'] ?? ''} to colleagues and partners`,
    fr: `Expliquer ${topic['fr'] ?? ''} aux collègues et aux partenaires`,
  }),
  (topic) => ({
    en: `Applying ${topic['en'] ?? ''} in day-to-day work`,
    fr: `Appliquer ${topic['fr'] ?? ''} dans le travail quotidien`,
  }),
  (topic) => ({
    en: `Judging the quality of other people’s work on ${topic['en'] ?? ''}`,
    fr: `Juger la qualité du travail d’autrui portant sur ${topic['fr'] ?? ''}`,
  }),
  (topic) => ({
    en: `Improving how the team approaches ${topic['en'] ?? ''}`,
    fr: `Améliorer la façon dont l’équipe aborde ${topic['fr'] ?? ''}`,
  }),
];

/** Id of the sample training-needs-assessment instrument. */
export const sampleTnaInstrumentId = 'tna-2026';

/**
 * A training-needs assessment in the Borich manner: 40 importance–performance items, four for each
 * of ten competencies, one section per competency, rated 1–5 with "not applicable" allowed, from
 * the self and supervisor perspectives. Bilingual (English, French).
 */
export function sampleTnaInstrument(framework: CompetencyFramework): Instrument {
  const labels = new Map(framework.competencies.map((c) => [c.id, c.label]));
  const items: InstrumentItem[] = sampleTnaCompetencies.flatMap(({ competencyId, topic }) =>
    prompts.map((prompt, index) => ({
      id: `${competencyId}.q${index + 1}`,
      format: 'importancePerformance' as const,
      prompt: prompt(topic),
      target: { kind: 'competency' as const, competencyId },
      sectionId: `section-${competencyId}`,
    })),
  );
  return {
    id: sampleTnaInstrumentId,
    round: 1,
    title: {
      en: 'Digital skills training needs assessment 2026',
      fr: 'Évaluation des besoins de formation aux compétences numériques 2026',
    },
    description: {
      en: 'For each task, say how important it is to the job and how well it is done today.',
      fr: 'Pour chaque tâche, indiquez son importance pour le poste et la qualité avec laquelle elle est accomplie aujourd’hui.',
    },
    framework: { frameworkId: framework.id, version: framework.version },
    ratingScale: {
      min: 1,
      max: 5,
      labels: [
        { value: 1, label: { en: 'Not at all', fr: 'Pas du tout' } },
        { value: 2, label: { en: 'A little', fr: 'Un peu' } },
        { value: 3, label: { en: 'Moderately', fr: 'Moyennement' } },
        { value: 4, label: { en: 'Very', fr: 'Très' } },
        { value: 5, label: { en: 'Extremely', fr: 'Extrêmement' } },
      ],
      allowNotApplicable: true,
    },
    perspectives: ['self', 'supervisor'],
    sections: sampleTnaCompetencies.map(({ competencyId }) => ({
      id: `section-${competencyId}`,
      title: labels.get(competencyId) ?? { en: competencyId },
    })),
    items,
  };
}
