import { createRandom } from '@capkit/scoring';
import {
  importancePerformance,
  pairedResponsesFromRows,
  type ImportancePerformanceResult,
  type PairedRow,
  type RatingScale,
} from '@capkit/scoring/tna';
import type { PriorityMatrixMessages } from './messages.js';
import type { PriorityMatrixLabel } from './PriorityMatrix.js';

/** The five-point scale both ratings use. */
export const fivePointScale: RatingScale = { min: 1, max: 5 };

/** An item of the made-up survey: its name and the ratings its respondents tend to give. */
interface SurveyItem {
  readonly id: string;
  readonly label: string;
  /** Typical importance rating (before noise). */
  readonly importance: number;
  /** Typical performance rating (before noise); `null` when the item was not asked. */
  readonly performance: number | null;
}

/**
 * Seeded ratings around each item's typical values: the sum of three uniform draws gives a
 * bell-shaped noise of about ±1 point, rounded and kept on the scale; one rating in twenty is
 * left blank. The same seed always gives the same rows.
 */
function surveyRows(items: readonly SurveyItem[], respondents: number, seed: number): PairedRow[] {
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

/** A digital team's training-needs survey: ten skills, importance and current performance. */
const teamSurvey: readonly SurveyItem[] = [
  { id: 'user-research', label: 'User research', importance: 4.5, performance: 2.3 },
  { id: 'data-literacy', label: 'Data literacy', importance: 4.2, performance: 2.7 },
  { id: 'agile-delivery', label: 'Agile delivery', importance: 3.9, performance: 3.8 },
  { id: 'cyber-security', label: 'Cyber security awareness', importance: 4.6, performance: 3.9 },
  { id: 'service-design', label: 'Service design', importance: 4, performance: 2.5 },
  { id: 'content-design', label: 'Content design', importance: 3, performance: 2.6 },
  { id: 'cloud', label: 'Cloud architecture', importance: 2.6, performance: 2.2 },
  { id: 'office-tools', label: 'Office software', importance: 2.7, performance: 4.3 },
  { id: 'procurement', label: 'Digital procurement', importance: 3.1, performance: 3.9 },
  {
    id: 'digital-identity',
    label: 'Digital identity (GovStack building block)',
    importance: 4,
    performance: null,
  },
];

/** Arabic names of the same ten skills, for the right-to-left examples. */
const arabicLabels: readonly string[] = [
  'بحث المستخدمين',
  'محو الأمية في البيانات',
  'التسليم المرن',
  'الوعي بالأمن السيبراني',
  'تصميم الخدمات',
  'تصميم المحتوى',
  'هندسة الحوسبة السحابية',
  'البرمجيات المكتبية',
  'المشتريات الرقمية',
  'الهوية الرقمية',
];

/** The survey's 48 respondents, seeded. */
export const teamRows: readonly PairedRow[] = surveyRows(teamSurvey, 48, 2024);

/** The ten skills' names, in column order. */
export const teamLabels: readonly PriorityMatrixLabel[] = teamSurvey.map(({ id, label }) => ({
  id,
  label,
}));

/** The ten skills' names in Arabic, in column order. */
export const teamLabelsArabic: readonly PriorityMatrixLabel[] = teamSurvey.map(({ id }, j) => ({
  id,
  label: arabicLabels[j] ?? id,
}));

/** Importance–performance analysis of the team survey, cross-hairs at the grand means. */
export const teamMatrix: ImportancePerformanceResult = importancePerformance(
  pairedResponsesFromRows(teamRows),
  fivePointScale,
);

/** The same survey split at the scale midpoint (3) instead. */
export const teamMatrixMidpoint: ImportancePerformanceResult = importancePerformance(
  pairedResponsesFromRows(teamRows),
  fivePointScale,
  { crosshairs: 'scaleMidpoint' },
);

/** The same analysis of a survey nobody has answered: every item unscored. */
export const emptyMatrix: ImportancePerformanceResult = importancePerformance(
  pairedResponsesFromRows([]),
  fivePointScale,
);

/**
 * The team survey with an eleventh skill that only three of the 48 answered: under the default
 * disclosure rule (at least 5 people) it is withheld, and the cross-hairs leave it out.
 */
export const withheldMatrix: ImportancePerformanceResult = importancePerformance(
  pairedResponsesFromRows(
    teamRows.map((row, r) => ({
      importance: [...row.importance, r < 3 ? 5 : null],
      performance: [...row.performance, r < 3 ? 1 : null],
    })),
  ),
  fivePointScale,
);

/** The ten skills' names and the eleventh, answered by three people. */
export const withheldLabels: readonly PriorityMatrixLabel[] = [
  ...teamLabels,
  { id: 'payments', label: 'Digital payments (GovStack building block)' },
];

/** A survey of three people: every skill is withheld, nothing can be plotted. */
export const allWithheldMatrix: ImportancePerformanceResult = importancePerformance(
  pairedResponsesFromRows(teamRows.slice(0, 3)),
  fivePointScale,
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
const largeSurvey: readonly SurveyItem[] = areas.flatMap((area, a) =>
  aspects.map((aspect, s) => ({
    id: `${area}-${aspect}`.toLowerCase().replaceAll(' ', '-'),
    label: `${area}: ${aspect}`,
    // Spread the typical ratings over the grid, deterministically.
    importance: 2.2 + ((a * 7 + s * 3) % 12) * 0.22,
    performance: 2 + ((a * 5 + s * 11) % 13) * 0.21,
  })),
);

/** The sixty items' names, in column order. */
export const largeLabels: readonly PriorityMatrixLabel[] = largeSurvey.map(({ id, label }) => ({
  id,
  label,
}));

/** Importance–performance analysis of sixty items rated by 120 respondents. */
export const largeMatrix: ImportancePerformanceResult = importancePerformance(
  pairedResponsesFromRows(surveyRows(largeSurvey, 120, 60)),
  fivePointScale,
);

/** Every string of the matrix in Arabic, for the right-to-left examples. */
export const arabicMessages: PriorityMatrixMessages = {
  empty: 'لا توجد تقييمات للأهمية والأداء بعد.',
  loading: 'جارٍ تحميل مصفوفة الأولويات…',
  error: 'تعذّر عرض مصفوفة الأولويات.',
  viewGroup: 'طريقة العرض',
  viewChart: 'مخطط',
  viewTable: 'جدول',
  performanceAxis: 'الأداء (متوسط التقييم)',
  importanceAxis: 'الأهمية (متوسط التقييم)',
  grandMean: 'المتوسط العام',
  scaleMidpoint: 'منتصف المقياس',
  crosshairLabel: (name, value) => `${name} ${value}`,
  concentrateHere: 'ركّز هنا',
  keepUpTheGoodWork: 'واصل العمل الجيد',
  lowPriority: 'أولوية منخفضة',
  possibleOverkill: 'جهد زائد محتمل',
  otherQuadrants: 'الأرباع الأخرى',
  crosshairsLegend: (crosshairs) =>
    crosshairs === 'grandMean'
      ? 'خطا التقاطع عند المتوسطين العامين'
      : 'خطا التقاطع عند منتصف المقياس',
  onCrosshair: 'على خط التقاطع',
  notScored: 'بلا درجة: لم يقدّم أي مستجيب التقييمين',
  withheld: (minimum) => `محجوب: أجاب عنه أقل من ${minimum} أشخاص`,
  allWithheld: (minimum) =>
    `لا يمكن رسم شيء: أجاب أقل من ${minimum} أشخاص، والأرقام المبنية على عدد قليل كهذا تكشف إجاباتهم.`,
  pointLabel: ({ label, importance, performance, quadrant, onCrosshair }) =>
    `${label}: الأهمية ${importance}، الأداء ${performance}، ${quadrant}${
      onCrosshair ? ' (على خط التقاطع)' : ''
    }`,
  pointValues: (importance, performance) => `الأهمية ${importance}، الأداء ${performance}`,
  pointsLabel: 'البنود: تنقّل بين النقاط بمفاتيح الأسهم، واختر بمفتاح الإدخال',
  chartSummary: (summary) =>
    `شبكة الأهمية والأداء لعدد ${summary.plottedText} من البنود: الأهمية إلى الأعلى والأداء أفقيًا. ` +
    `خطا التقاطع عند ${summary.crosshairs === 'grandMean' ? 'المتوسطين العامين' : 'منتصف المقياس'} ` +
    `(الأهمية ${summary.importance}، الأداء ${summary.performance}). ` +
    `${summary.quadrants.map((q) => `${q.name}: ${q.count}`).join('؛ ')}.` +
    (summary.unscored > 0
      ? ` لم يُرسم ${summary.unscoredText} من البنود لعدم وجود إجابات كاملة.`
      : '') +
    (summary.withheld > 0
      ? ` حُجب ${summary.withheldText} من البنود: أجاب عنها أقل من ${summary.minimum} أشخاص.`
      : ''),
  item: 'البند',
  meanImportance: 'متوسط الأهمية',
  meanPerformance: 'متوسط الأداء',
  quadrant: 'الربع',
  n: 'المستجيبون الذين قدّموا التقييمين (n)',
  tableCaption: (title) => `${title}: القيم`,
  tableNote: (summary) =>
    `خطا التقاطع عند ${summary.crosshairs === 'grandMean' ? 'المتوسطين العامين للبنود' : 'منتصف المقياس'}: ` +
    `الأهمية ${summary.importance}، الأداء ${summary.performance}. ` +
    'البند الواقع تمامًا على خط الأهمية يُعدّ عالي الأهمية، والواقع تمامًا على خط الأداء يُعدّ منخفض الأداء.',
  unlabelledItem: (position) => `البند ${position}`,
};
