import type { LocalizedText } from '../localizedText.js';
import type {
  MaturityIndex,
  MaturityIndicator,
  MaturityNode,
  MaturityValue,
} from '../maturityIndex.js';
import type { SampleContext } from './sampleContext.js';
import { sampleDepartments } from './sampleDepartments.js';
import type { SeededRandom } from './seededRandom.js';

interface IndicatorSpec {
  readonly id: string;
  readonly parentId: string;
  readonly title: LocalizedText;
  readonly unit: string;
  readonly direction: MaturityIndicator['direction'];
  /** Plausible worst and best values; a department's value lies between, by its maturity. */
  readonly worst: number;
  readonly best: number;
  /** Decimal places the value is given to. */
  readonly digits: number;
  readonly goalposts?: boolean;
  readonly target?: number;
}

const nodes: readonly MaturityNode[] = [
  {
    id: 'dmi',
    title: { en: 'Digital maturity', fr: 'Maturité numérique' },
    aggregation: 'arithmetic',
  },
  {
    id: 'dmi-leadership',
    title: { en: 'Leadership and strategy', fr: 'Leadership et stratégie' },
    parentId: 'dmi',
    weight: 1,
  },
  {
    id: 'dmi-services',
    title: { en: 'Service delivery', fr: 'Prestation de services' },
    parentId: 'dmi',
    weight: 1.5,
    aggregation: 'geometric',
  },
  {
    id: 'dmi-data',
    title: { en: 'Data', fr: 'Données' },
    parentId: 'dmi',
    weight: 1,
  },
  {
    id: 'dmi-people-technology',
    title: { en: 'People and technology', fr: 'Personnes et technologie' },
    parentId: 'dmi',
    weight: 1,
    aggregation: 'generalised',
    power: 0.5,
  },
];

const higher = 'higherIsBetter';
const lower = 'lowerIsBetter';

const indicators: readonly IndicatorSpec[] = [
  {
    id: 'strategy-published',
    parentId: 'dmi-leadership',
    title: { en: 'Digital strategy in place (0–4)', fr: 'Stratégie numérique en place (0–4)' },
    unit: 'score 0–4',
    direction: higher,
    worst: 0,
    best: 4,
    digits: 0,
    goalposts: true,
  },
  {
    id: 'budget-on-digital',
    parentId: 'dmi-leadership',
    title: { en: 'Budget spent on digital', fr: 'Part du budget consacrée au numérique' },
    unit: '% of budget',
    direction: higher,
    worst: 1,
    best: 14,
    digits: 1,
    target: 10,
  },
  {
    id: 'leaders-trained',
    parentId: 'dmi-leadership',
    title: { en: 'Senior leaders trained in digital', fr: 'Cadres dirigeants formés au numérique' },
    unit: '% of senior leaders',
    direction: higher,
    worst: 5,
    best: 90,
    digits: 0,
    goalposts: true,
  },
  {
    id: 'project-approval-days',
    parentId: 'dmi-leadership',
    title: {
      en: 'Days to approve a digital project',
      fr: 'Jours pour approuver un projet numérique',
    },
    unit: 'days',
    direction: lower,
    worst: 160,
    best: 15,
    digits: 0,
  },
  {
    id: 'services-online',
    parentId: 'dmi-services',
    title: { en: 'Services fully online', fr: 'Services entièrement en ligne' },
    unit: '% of services',
    direction: higher,
    worst: 10,
    best: 95,
    digits: 0,
    goalposts: true,
  },
  {
    id: 'services-accessible',
    parentId: 'dmi-services',
    title: {
      en: 'Services meeting the accessibility standard',
      fr: 'Services conformes à la norme d’accessibilité',
    },
    unit: '% of services',
    direction: higher,
    worst: 5,
    best: 85,
    digits: 0,
    goalposts: true,
  },
  {
    id: 'user-satisfaction',
    parentId: 'dmi-services',
    title: { en: 'User satisfaction', fr: 'Satisfaction des usagers' },
    unit: 'mean rating 1–5',
    direction: higher,
    worst: 2.4,
    best: 4.6,
    digits: 1,
    target: 4.2,
  },
  {
    id: 'change-lead-time',
    parentId: 'dmi-services',
    title: {
      en: 'Median days to ship a service change',
      fr: 'Délai médian de mise en service d’une évolution',
    },
    unit: 'days',
    direction: lower,
    worst: 90,
    best: 3,
    digits: 0,
  },
  {
    id: 'registries-with-api',
    parentId: 'dmi-data',
    title: { en: 'Registries with an open API', fr: 'Registres dotés d’une API ouverte' },
    unit: '% of registries',
    direction: higher,
    worst: 0,
    best: 80,
    digits: 0,
    goalposts: true,
  },
  {
    id: 'datasets-owned',
    parentId: 'dmi-data',
    title: { en: 'Data sets with a named owner', fr: 'Jeux de données avec un responsable nommé' },
    unit: '% of data sets',
    direction: higher,
    worst: 10,
    best: 95,
    digits: 0,
    goalposts: true,
  },
  {
    id: 'data-quality-incidents',
    parentId: 'dmi-data',
    title: {
      en: 'Data-quality incidents per quarter',
      fr: 'Incidents de qualité des données par trimestre',
    },
    unit: 'incidents',
    direction: lower,
    worst: 40,
    best: 1,
    digits: 0,
  },
  {
    id: 'building-block-reuse',
    parentId: 'dmi-data',
    title: {
      en: 'Services reusing shared building blocks',
      fr: 'Services réutilisant les briques partagées',
    },
    unit: 'services',
    direction: higher,
    worst: 0,
    best: 24,
    digits: 0,
    target: 20,
  },
  {
    id: 'staff-at-required-level',
    parentId: 'dmi-people-technology',
    title: {
      en: 'Staff at the level their role requires',
      fr: 'Agents au niveau requis par leur rôle',
    },
    unit: '% of staff',
    direction: higher,
    worst: 15,
    best: 85,
    digits: 0,
    goalposts: true,
  },
  {
    id: 'staff-in-communities',
    parentId: 'dmi-people-technology',
    title: {
      en: 'Staff active in a community of practice',
      fr: 'Agents actifs dans une communauté de pratique',
    },
    unit: '% of staff',
    direction: higher,
    worst: 2,
    best: 60,
    digits: 0,
    goalposts: true,
  },
  {
    id: 'open-security-findings',
    parentId: 'dmi-people-technology',
    title: {
      en: 'Critical security findings open',
      fr: 'Vulnérabilités critiques non corrigées',
    },
    unit: 'findings',
    direction: lower,
    worst: 30,
    best: 0,
    digits: 0,
  },
  {
    id: 'system-availability',
    parentId: 'dmi-people-technology',
    title: { en: 'Availability of key systems', fr: 'Disponibilité des systèmes clés' },
    unit: '% of time',
    direction: higher,
    worst: 96,
    best: 99.95,
    digits: 2,
    target: 99.9,
  },
];

// Departments that serve the public directly, for group-wise imputation and comparison.
const citizenFacing = new Set(['DS', 'CX', 'RS']);

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * A digital maturity index of the ministry's departments (measured on 2026-06-30): sixteen
 * indicators in four dimensions (leadership and strategy, service delivery, data, people and
 * technology), each dimension aggregated its own way, some indicators where lower is better,
 * with goalposts or targets; about one value in twenty-five missing; four maturity levels from
 * Initial to Optimised on a 0–100 score. Each department has a latent maturity that its values
 * follow with noise, so the index ranks departments in a believable order.
 */
export function sampleMaturityIndex(context: SampleContext, random: SeededRandom): MaturityIndex {
  const entities = context.organisation.departmentUnitIds.map((unitId, d) => {
    const department = sampleDepartments[d];
    return {
      id: `dmi-${unitId}`,
      name: department?.name ?? { en: unitId },
      unitId,
      group: citizenFacing.has(department?.code ?? '') ? 'citizen-facing' : 'internal',
    };
  });
  const values: MaturityValue[] = [];
  for (const entity of entities) {
    const maturity = Math.min(0.95, Math.max(0.05, 0.5 + random.normal() * 0.18));
    for (const indicator of indicators) {
      const share = Math.min(1, Math.max(0, maturity + random.normal() * 0.12));
      if (random.chance(0.04)) continue;
      const value = indicator.worst + (indicator.best - indicator.worst) * share;
      values.push({
        entityId: entity.id,
        indicatorId: indicator.id,
        value: round(value, indicator.digits),
      });
    }
  }
  return {
    id: 'dmi-2026',
    title: {
      en: 'Digital maturity of the departments, 2026',
      fr: 'Maturité numérique des directions, 2026',
    },
    entityKind: 'unit',
    entities,
    nodes: nodes.map((node) => ({ ...node })),
    indicators: indicators.map(
      ({ worst, best, digits: _, goalposts, ...indicator }): MaturityIndicator => ({
        ...indicator,
        ...(goalposts === true
          ? { goalposts: { low: Math.min(worst, best), high: Math.max(worst, best) } }
          : {}),
      }),
    ),
    values,
    levels: [
      { id: 'initial', name: { en: 'Initial', fr: 'Initial' }, minScore: 0 },
      { id: 'developing', name: { en: 'Developing', fr: 'En développement' }, minScore: 25 },
      { id: 'defined', name: { en: 'Defined', fr: 'Défini' }, minScore: 50 },
      { id: 'optimised', name: { en: 'Optimised', fr: 'Optimisé' }, minScore: 75 },
    ],
    measuredOn: '2026-06-30',
  };
}
