import {
  aggregateByGroup,
  compileScoringConfig,
  createRandom,
  MISSING,
  rollUpHierarchy,
  summariseGroups,
  type GroupSummary,
  type ScoringConfig,
} from '@capkit/scoring';

/** One unit of a seeded organisation, for {@link seededGroupSummary}. */
export interface FixtureUnit {
  /** Unit name. */
  readonly label: string;
  /** Index of the parent unit; the parent's results roll up its children's. @default -1 */
  readonly parent?: number;
  /** People in the unit itself (not counting child units). */
  readonly respondents: number;
  /** How far above (+) or below (−) the organisation's usual proficiency the unit is. @default 0 */
  readonly strength?: number;
  /** Share of the unit in the manager role, whose required levels differ. @default 0.3 */
  readonly managerShare?: number;
  /** Competencies (indices) no one in the unit answers: not part of their work. */
  readonly notApplicable?: readonly number[];
}

/** Options of {@link seededGroupSummary}. */
export interface SeededSummaryOptions {
  readonly seed: number;
  readonly units: readonly FixtureUnit[];
  readonly competencies: number;
  /** Keep histograms so that medians can be read. @default false */
  readonly quantiles?: boolean;
  /** Chance that a respondent leaves every item of a competency unanswered. @default 0.08 */
  readonly skipRate?: number;
}

const itemsPerCompetency = 3;

/**
 * Runs the real scoring engine (`compileScoringConfig` → `aggregateByGroup` → `rollUpHierarchy`
 * → `summariseGroups`, k = 5) on seeded ratings, so that withheld cells (primary and, along the
 * hierarchy, complementary), empty cells and cells without a required level come out the way
 * they do in production.
 *
 * Ratings are 1–5 on three items per competency. Practitioners (role 0) are required to reach
 * 3 on every competency; managers (role 1) 4, except on every fourth competency, where their
 * role sets no level.
 */
export function seededGroupSummary(options: SeededSummaryOptions): GroupSummary {
  const { seed, units, competencies, quantiles = false, skipRate = 0.08 } = options;
  const random = createRandom(seed);
  const normal = () => random() + random() + random() - 1.5;
  const competencyIds = Array.from({ length: competencies }, (_, c) => `c${c}`);
  const config: ScoringConfig = {
    scale: { min: 1, max: 5 },
    competencies: competencyIds,
    items: competencyIds.flatMap((competency) =>
      Array.from({ length: itemsPerCompetency }, (_, i) => ({
        id: `${competency}-${i}`,
        competency,
      })),
    ),
    minAnsweredShare: 0.5,
  };
  const compiled = compileScoringConfig(config);
  const items = competencies * itemsPerCompetency;
  const respondents = units.reduce((sum, unit) => sum + unit.respondents, 0);
  const ratings = new Uint8Array(respondents * items).fill(MISSING);
  const groupOf = new Uint16Array(respondents);
  const roleOf = new Uint8Array(respondents);
  const difficulty = Array.from({ length: competencies }, () => normal() * 1.2);

  let r = 0;
  units.forEach((unit, u) => {
    const notApplicable = new Set(unit.notApplicable ?? []);
    const unitLevel = 2.9 + (unit.strength ?? 0) + normal() * 0.6;
    const unitByCompetency = difficulty.map((d) => unitLevel + d + normal() * 0.9);
    for (let p = 0; p < unit.respondents; p += 1, r += 1) {
      groupOf[r] = u;
      roleOf[r] = random() < (unit.managerShare ?? 0.3) ? 1 : 0;
      const person = normal() * 0.8;
      for (let c = 0; c < competencies; c += 1) {
        if (notApplicable.has(c) || random() < skipRate) continue;
        for (let i = 0; i < itemsPerCompetency; i += 1) {
          const rating = Math.round((unitByCompetency[c] as number) + person + normal() * 0.7);
          ratings[r * items + c * itemsPerCompetency + i] = Math.min(5, Math.max(1, rating));
        }
      }
    }
  });

  const levels = new Float64Array(2 * competencies);
  for (let c = 0; c < competencies; c += 1) {
    levels[c] = 3;
    levels[competencies + c] = c % 4 === 3 ? Number.NaN : 4;
  }
  const partials = aggregateByGroup(
    { respondents, items, ratings },
    compiled,
    { groupOf, groups: units.length },
    { required: { roleOf, levels }, quantiles },
  );
  const parentOf = Int32Array.from(units, (unit) => unit.parent ?? -1);
  // Medians only on request, and only for cells of at least 2k people (the engine's rule).
  return summariseGroups(rollUpHierarchy(partials, parentOf), {
    k: 5,
    parentOf,
    ...(quantiles ? { orderStatistics: { minCount: 10, quantiles: [0.5] } } : {}),
  });
}

/** Competency names of the small examples, English and Arabic. */
export const digitalCompetencies: readonly string[] = [
  'User research',
  'Data literacy',
  'Agile delivery',
  'Cyber security awareness',
  'Service design',
  'Digital procurement',
];

/** {@link digitalCompetencies} in Arabic. */
export const digitalCompetenciesArabic: readonly string[] = [
  'بحث المستخدمين',
  'محو الأمية في البيانات',
  'التسليم المرن',
  'الوعي بالأمن السيبراني',
  'تصميم الخدمات',
  'المشتريات الرقمية',
];

/**
 * A ministry's units: two directorates rolled up from their teams, and two stand-alone units.
 * The Payments team (3 people) is withheld outright, and one of its siblings with it, so that
 * it cannot be worked out from the directorate's total; the Regional office does no service
 * design; the Policy unit is all managers, whose role sets no level for cyber security.
 */
export const ministryUnits: readonly FixtureUnit[] = [
  { label: 'Digital Service (all teams)', respondents: 0 },
  { label: 'Platform team', parent: 0, respondents: 14, strength: 0.4 },
  { label: 'Identity team', parent: 0, respondents: 9 },
  { label: 'Payments team', parent: 0, respondents: 3 },
  { label: 'Data Office (all teams)', respondents: 0 },
  { label: 'Analytics team', parent: 4, respondents: 12, strength: 0.3 },
  { label: 'Records team', parent: 4, respondents: 5, strength: -0.6 },
  { label: 'Policy unit', respondents: 8, strength: -0.3, managerShare: 1 },
  { label: 'Regional office', respondents: 11, strength: -0.8, notApplicable: [4] },
];

/** {@link ministryUnits}' names in Arabic. */
export const ministryUnitsArabic: readonly string[] = [
  'الخدمة الرقمية (جميع الفرق)',
  'فريق المنصة',
  'فريق الهوية',
  'فريق المدفوعات',
  'مكتب البيانات (جميع الفرق)',
  'فريق التحليلات',
  'فريق السجلات',
  'وحدة السياسات',
  'المكتب الإقليمي',
];

/** Unit names of {@link ministryUnits}. */
export const ministryUnitNames: readonly string[] = ministryUnits.map((unit) => unit.label);

/** The ministry's results, k = 5. */
export const ministrySummary: GroupSummary = seededGroupSummary({
  seed: 2024,
  units: ministryUnits,
  competencies: digitalCompetencies.length,
});

const areas = [
  'Data',
  'User research',
  'Cyber security',
  'Procurement',
  'Service design',
  'Finance',
  'Policy',
  'Delivery',
  'Content',
  'Architecture',
];
const aspects = ['strategy', 'practice', 'tools', 'governance', 'leadership'];

/** 50 competency names: ten areas × five aspects, e.g. “Data governance”. */
export const largeCompetencies: readonly string[] = areas.flatMap((area) =>
  aspects.map((aspect) => `${area} ${aspect}`),
);

/** 200 units: 20 regional directorates, each rolled up from nine district offices of 3–16 people. */
export const largeUnits: readonly FixtureUnit[] = (() => {
  const random = createRandom(7);
  const units: FixtureUnit[] = [];
  for (let region = 1; region <= 20; region += 1) {
    const parent = units.length;
    units.push({ label: `Region ${region} directorate (all offices)`, respondents: 0 });
    for (let office = 1; office <= 9; office += 1) {
      units.push({
        label: `Region ${region}, district office ${office}`,
        parent,
        respondents: 3 + Math.floor(random() * 14),
        strength: (random() - 0.5) * 1.4,
      });
    }
  }
  return units;
})();

/** Unit names of {@link largeUnits}. */
export const largeUnitNames: readonly string[] = largeUnits.map((unit) => unit.label);

/** Results of the 200 units on 50 competencies, k = 5. */
export const largeSummary: GroupSummary = seededGroupSummary({
  seed: 99,
  units: largeUnits,
  competencies: largeCompetencies.length,
});
