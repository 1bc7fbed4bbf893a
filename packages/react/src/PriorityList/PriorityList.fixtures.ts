import { createRandom } from '@capkit/scoring';
import {
  bootstrapMeanWeightedDiscrepancy,
  pairedResponsesFromRows,
  type BootstrapResult,
  type PairedRow,
  type RatingScale,
} from '@capkit/scoring/tna';
import type { PriorityListMessages } from './messages.js';
import type { PriorityListLabel } from './PriorityList.js';

/** The five-point scale both ratings use. */
export const fivePointScale: RatingScale = { min: 1, max: 5 };

/** An item of the made-up survey: its name and the ratings its respondents tend to give. */
interface SurveyItem {
  readonly id: string;
  readonly label: string;
  readonly arabic: string;
  /** Typical importance rating (before noise). */
  readonly importance: number;
  /** Typical current-performance rating (before noise); `null` when the item was not asked. */
  readonly performance: number | null;
}

/**
 * Seeded ratings around each item's typical values: the sum of three uniform draws gives a
 * bell-shaped noise of about ±1 point, rounded and kept on the scale; one rating in twenty is
 * left blank. The same seed always gives the same rows.
 */
function surveyRows(
  items: readonly Pick<SurveyItem, 'importance' | 'performance'>[],
  respondents: number,
  seed: number,
): PairedRow[] {
  const random = createRandom(seed);
  const noise = () => (random() + random() + random() - 1.5) * 1.2;
  const rate = (typical: number | null): number | null => {
    if (typical === null || random() < 0.05) return null;
    return Math.min(5, Math.max(1, Math.round(typical + noise())));
  };
  return Array.from({ length: respondents }, () => ({
    importance: items.map((item) => rate(item.importance)),
    performance: items.map((item) => rate(item.performance)),
  }));
}

/** A digital team's training-needs survey: importance of each skill and current ability. */
const teamSurvey: readonly SurveyItem[] = [
  {
    id: 'user-research',
    label: 'User research',
    arabic: 'بحث المستخدمين',
    importance: 4.5,
    performance: 2.3,
  },
  {
    id: 'data-literacy',
    label: 'Data literacy',
    arabic: 'محو الأمية في البيانات',
    importance: 4.2,
    performance: 2.7,
  },
  {
    id: 'agile-delivery',
    label: 'Agile delivery',
    arabic: 'التسليم المرن',
    importance: 3.9,
    performance: 3.4,
  },
  {
    id: 'cyber-security',
    label: 'Cyber security awareness',
    arabic: 'الوعي بالأمن السيبراني',
    importance: 4.6,
    performance: 3.6,
  },
  {
    id: 'service-design',
    label: 'Service design',
    arabic: 'تصميم الخدمات',
    importance: 4,
    performance: 2.6,
  },
  {
    id: 'accessibility',
    label: 'Accessibility',
    arabic: 'إمكانية الوصول',
    importance: 4,
    performance: 2.6,
  },
  {
    id: 'content-design',
    label: 'Content design',
    arabic: 'تصميم المحتوى',
    importance: 3,
    performance: 2.6,
  },
  {
    id: 'office-tools',
    label: 'Office software',
    arabic: 'البرمجيات المكتبية',
    importance: 2.7,
    performance: 4.3,
  },
  {
    id: 'digital-identity',
    label: 'Digital identity (GovStack building block)',
    arabic: 'الهوية الرقمية',
    importance: 4,
    performance: null,
  },
];

/** The survey's 48 respondents, seeded. */
export const teamRows: readonly PairedRow[] = surveyRows(teamSurvey, 48, 1980).map((row) => {
  // Accessibility (column 5) was asked as a repeat of service design (column 4) by mistake, so
  // both got the same answers from everyone: their scores tie exactly.
  const repeat = (ratings: readonly (number | null)[]) =>
    ratings.map((rating, j) => (j === 5 ? (ratings[4] ?? null) : rating));
  return { importance: repeat(row.importance), performance: repeat(row.performance) };
});

/** The nine skills' names, in column order. */
export const teamLabels: readonly PriorityListLabel[] = teamSurvey.map(({ id, label }) => ({
  id,
  label,
}));

/** The nine skills' names in Arabic, in column order. */
export const teamLabelsArabic: readonly PriorityListLabel[] = teamSurvey.map(({ id, arabic }) => ({
  id,
  label: arabic,
}));

/** Bootstrapped Borich ranking of the team survey: 1,000 resamples, 95% intervals, top 3. */
export const teamPriorities: BootstrapResult = bootstrapMeanWeightedDiscrepancy(
  pairedResponsesFromRows(teamRows),
  fivePointScale,
  { replicates: 1000, level: 0.95, seed: 7, topK: 3 },
);

/** The same survey ranked by competency: items grouped into three competencies. */
export const teamCompetencyPriorities: BootstrapResult = bootstrapMeanWeightedDiscrepancy(
  pairedResponsesFromRows(teamRows),
  fivePointScale,
  {
    replicates: 1000,
    seed: 7,
    topK: 1,
    by: 'competency',
    // Research and design; data and technology; ways of working.
    competencyOfItem: [0, 1, 2, 1, 0, 0, 0, 2, 1],
  },
);

/** Names of the three competencies. */
export const teamCompetencyLabels: readonly PriorityListLabel[] = [
  { id: 'research-design', label: 'Research and design' },
  { id: 'data-technology', label: 'Data and technology' },
  { id: 'ways-of-working', label: 'Ways of working' },
];

/** A survey in which no one rated current performance: nothing can be ranked. */
export const emptyPriorities: BootstrapResult = bootstrapMeanWeightedDiscrepancy(
  pairedResponsesFromRows([
    { importance: [4, 5], performance: [null, null] },
    { importance: [3, 4], performance: [null, null] },
  ]),
  fivePointScale,
  { replicates: 10 },
);

/**
 * The team survey with a tenth skill that only three of the 48 answered: under the default
 * disclosure rule (at least 5 people) that skill is withheld.
 */
export const withheldPriorities: BootstrapResult = bootstrapMeanWeightedDiscrepancy(
  pairedResponsesFromRows(
    teamRows.map((row, r) => ({
      importance: [...row.importance, r < 3 ? 5 : null],
      performance: [...row.performance, r < 3 ? 1 : null],
    })),
  ),
  fivePointScale,
  { replicates: 200, seed: 7 },
);

/** The nine skills' names and the tenth, answered by three people. */
export const withheldLabels: readonly PriorityListLabel[] = [
  ...teamLabels,
  { id: 'payments', label: 'Digital payments (GovStack building block)' },
];

/** A survey of three people: every skill is withheld, nothing can be ranked. */
export const allWithheldPriorities: BootstrapResult = bootstrapMeanWeightedDiscrepancy(
  pairedResponsesFromRows(teamRows.slice(0, 3)),
  fivePointScale,
  { replicates: 20 },
);

const areas = [
  'User research',
  'Data',
  'Agile delivery',
  'Cyber security',
  'Service design',
  'Content design',
  'Cloud',
  'Accessibility',
  'Procurement',
  'Product management',
  'Software development',
  'Digital identity',
] as const;
const aspects = ['basics', 'planning', 'practice', 'assurance', 'leading others'] as const;

/** Sixty items (twelve areas × five aspects), for the large-data examples. */
const largeSurvey = areas.flatMap((area, a) =>
  aspects.map((aspect, s) => ({
    id: `${area}-${aspect}`.toLowerCase().replaceAll(' ', '-'),
    label: `${area}: ${aspect}`,
    // Spread the typical ratings, deterministically.
    importance: 2.2 + ((a * 7 + s * 3) % 12) * 0.22,
    performance: 2 + ((a * 5 + s * 11) % 13) * 0.21,
  })),
);

/** The sixty items' names, in column order. */
export const largeLabels: readonly PriorityListLabel[] = largeSurvey.map(({ id, label }) => ({
  id,
  label,
}));

/** Bootstrapped ranking of sixty items rated by 120 respondents: 500 resamples, top 5. */
export const largePriorities: BootstrapResult = bootstrapMeanWeightedDiscrepancy(
  pairedResponsesFromRows(surveyRows(largeSurvey, 120, 60)),
  fivePointScale,
  { replicates: 500, seed: 3, topK: 5 },
);

/** Every string of the list in Arabic, for the right-to-left examples. */
export const arabicMessages: PriorityListMessages = {
  empty: 'لا توجد أولويات تدريب لعرضها بعد.',
  loading: 'جارٍ تحميل أولويات التدريب…',
  error: 'تعذّر عرض أولويات التدريب.',
  viewGroup: 'طريقة العرض',
  viewChart: 'مخطط',
  viewTable: 'جدول',
  method: ({ by, replicates, level, respondents, k }) =>
    `${by === 'item' ? 'البنود' : 'الكفاءات'} مرتّبة حسب متوسط درجة التباين الموزون لبوريتش (MWDS)، من الأعلى حاجة. ` +
    `الفترات واحتمالات الترتيب من إعادة معاينة (bootstrap) مئينية: ${replicates} إعادة معاينة لـ ${respondents} مستجيبًا، بمستوى ${level}؛ ` +
    `«ثبات الترتيب» نسبة إعادات المعاينة التي تعطي الترتيب نفسه، و«أفضل ${k}» نسبة التي تضعه في المرتبة ${k} أو أفضل.`,
  listLabel: (by) => `${by === 'item' ? 'البنود' : 'الكفاءات'} مرتّبة حسب الحاجة، من الأعلى`,
  rankHeading: 'الترتيب',
  unitHeading: (by) => (by === 'item' ? 'البند' : 'الكفاءة'),
  mwdsHeading: 'MWDS',
  intervalHeading: (level) => `فترة ${level}`,
  rankHoldsHeading: 'ثبات الترتيب (نسبة إعادات المعاينة)',
  topKHeading: (k) => `ضمن أفضل ${k} (نسبة إعادات المعاينة)`,
  nHeading: (by) => (by === 'item' ? 'المستجيبون الذين قدّموا التقييمين (n)' : 'أزواج الإجابات (n)'),
  rank: (rank, tied) => (tied ? `${rank} (متعادل)` : rank),
  notRanked: 'بلا ترتيب',
  estimate: ({ mwds, level, lower, upper }) =>
    lower === null || upper === null
      ? `MWDS ${mwds}، بلا فترة`
      : `MWDS ${mwds}، فترة ${level} من ${lower} إلى ${upper}`,
  stability: ({ rankHolds, topK, k }) =>
    `يثبت الترتيب في ${rankHolds} من إعادات المعاينة؛ ضمن أفضل ${k} في ${topK}`,
  notScored: 'بلا درجة: لم يقدّم أي مستجيب التقييمين',
  withheld: (minimum, by) =>
    by === 'item'
      ? `محجوب: أجاب عنه أقل من ${minimum} أشخاص`
      : `محجوب: أجاب عن كل بند من بنودها أقل من ${minimum} أشخاص`,
  allWithheld: (minimum) =>
    `لا يمكن عرض شيء: أجاب أقل من ${minimum} أشخاص، والأرقام المبنية على عدد قليل كهذا تكشف إجاباتهم.`,
  interval: (lower, upper) => `${lower} إلى ${upper}`,
  axisLabel: (level) => `MWDS مع فترة ${level}`,
  legendEstimate: 'MWDS',
  legendTop: (k) => `MWDS ضمن أفضل ${k}`,
  legendInterval: (level) => `فترة ${level}`,
  legendZero: 'الصفر: لا فجوة',
  tableCaption: (title) => `${title}: القيم`,
  unlabelledUnit: (position, by) => `${by === 'item' ? 'البند' : 'الكفاءة'} ${position}`,
};
