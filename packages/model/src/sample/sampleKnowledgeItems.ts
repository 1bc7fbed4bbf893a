import type { KnowledgeItem } from '../knowledgeItem.js';
import { knowledgeStages, type KnowledgeStage } from '../vocabulary.js';
import type { LocalizedText } from '../localizedText.js';
import { sampleBuildingBlocksCommunityId } from './sampleCommunities.js';
import type { SampleContext } from './sampleContext.js';
import { shiftInstant } from './sampleDates.js';
import { pickPeople } from './samplePeoplePicker.js';
import type { SeededRandom } from './seededRandom.js';

const items: readonly {
  readonly id: string;
  readonly round: number;
  readonly title: LocalizedText;
  readonly summary?: LocalizedText;
  readonly stage: KnowledgeStage;
  readonly identifiedAt: string;
  readonly competencyIds: readonly string[];
  readonly inCommunity: boolean;
  readonly url?: string;
}[] = [
  {
    id: 'ki-identity-pilot-lessons',
    round: 1,
    title: {
      en: 'Lessons from the digital identity pilot',
      fr: 'Leçons du pilote d’identité numérique',
    },
    summary: {
      en: 'What went well and what we would change when connecting three services to the shared identity platform.',
    },
    stage: 'utilised',
    identifiedAt: '2026-02-16T09:00:00.000Z',
    competencyIds: ['dg-identity', 'dg-information-mediation'],
    inCommunity: true,
    url: 'https://knowledge.mds.example/identity-pilot-lessons',
  },
  {
    id: 'ki-running-a-tna',
    round: 1,
    title: {
      en: 'How we ran the 2026 training needs assessment',
      fr: 'Comment nous avons mené l’évaluation des besoins de formation 2026',
    },
    stage: 'shared',
    identifiedAt: '2026-03-09T10:00:00.000Z',
    competencyIds: ['dg-capability-building'],
    inCommunity: false,
  },
  {
    id: 'ki-registry-consolidation',
    round: 1,
    title: {
      en: 'Case study: consolidating three business registries',
      fr: 'Étude de cas : fusion de trois registres d’entreprises',
    },
    stage: 'stored',
    identifiedAt: '2026-04-20T08:30:00.000Z',
    competencyIds: ['dg-digital-registries', 'dg-data-management'],
    inCommunity: true,
  },
  {
    id: 'ki-consent-patterns',
    round: 1,
    title: { en: 'Patterns for asking for consent', fr: 'Modèles pour demander le consentement' },
    stage: 'created',
    identifiedAt: '2026-06-02T13:00:00.000Z',
    competencyIds: ['dg-consent', 'dg-content-design'],
    inCommunity: true,
  },
  {
    id: 'ki-accessibility-checklist',
    round: 1,
    title: {
      en: 'Accessibility checklist for service teams',
      fr: 'Liste de contrôle d’accessibilité pour les équipes',
    },
    stage: 'utilised',
    identifiedAt: '2026-03-23T09:30:00.000Z',
    competencyIds: ['dg-accessibility'],
    inCommunity: false,
    url: 'https://knowledge.mds.example/accessibility-checklist',
  },
  {
    id: 'ki-cloud-procurement-playbook',
    round: 2,
    title: { en: 'Playbook for buying cloud services', fr: 'Guide pour l’achat de services cloud' },
    stage: 'identified',
    identifiedAt: '2027-01-18T11:00:00.000Z',
    competencyIds: ['dg-digital-procurement', 'dg-ict-infrastructure'],
    inCommunity: false,
  },
];

/**
 * Six knowledge items at every stage of the knowledge-management cycle (identified → created →
 * shared → stored → utilised), each with the dated history of the stages it has passed.
 */
export function sampleKnowledgeItems(
  context: SampleContext,
  random: SeededRandom,
): KnowledgeItem[] {
  const authors = pickPeople(context, random, items.length);
  return items.map((item, index) => {
    const reached = knowledgeStages.indexOf(item.stage);
    let at = item.identifiedAt;
    const history = knowledgeStages.slice(0, reached + 1).map((stage, step) => {
      if (step > 0) at = shiftInstant(at, { days: random.int(5, 40) });
      return { stage, at };
    });
    const authorId = authors[index % authors.length];
    return {
      id: item.id,
      round: item.round,
      title: item.title,
      ...(item.summary === undefined ? {} : { summary: item.summary }),
      stage: item.stage,
      history,
      competencyIds: [...item.competencyIds],
      ...(item.inCommunity ? { communityId: sampleBuildingBlocksCommunityId } : {}),
      ...(authorId === undefined ? {} : { authorId }),
      ...(item.url === undefined ? {} : { url: item.url }),
    };
  });
}
