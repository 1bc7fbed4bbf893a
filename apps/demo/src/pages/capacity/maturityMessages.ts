import type { Translations } from '../../i18n/locales.js';

/** The strings of the digital maturity page. */
export interface MaturityMessages {
  readonly title: string;
  readonly working: string;
  /** A modelling choice the uncertainty analysis varied, in a sentence. */
  readonly factor: (factor: string) => string;
  readonly list: (items: readonly string[]) => string;
  readonly lowest: (unit: string, score: string, units: string) => string;
  /** Its rank holds: the 5th and 95th percentiles of its rank are both the last place. */
  readonly lowestHolds: (runs: string, choices: string) => string;
  readonly lowestRange: (lower: string, upper: string, runs: string, others: string) => string;
  readonly mostInfluential: (factor: string, total: string) => string;
  readonly orderHolds: string;
  readonly onlyOneChoice: (factor: string) => string;
  readonly none: string;
  readonly back: string;
}

const enFactors: Record<string, string> = {
  weights: 'the weights',
  normalisation: 'the normalisation',
  imputation: 'imputing missing values',
  treatment: 'treating outliers',
  aggregation: 'the aggregation',
};
const frFactors: Record<string, string> = {
  weights: 'les pondérations',
  normalisation: 'la normalisation',
  imputation: 'l’imputation des valeurs manquantes',
  treatment: 'le traitement des valeurs aberrantes',
  aggregation: 'l’agrégation',
};
const arFactors: Record<string, string> = {
  weights: 'الأوزان',
  normalisation: 'طريقة التطبيع',
  imputation: 'تعويض القيم الناقصة',
  treatment: 'معالجة القيم الشاذة',
  aggregation: 'طريقة التجميع',
};
// The engine names an aggregation choice "aggregation:<node id>"; the demo varies the root's only.
const factorIn = (words: Record<string, string>) => (factor: string) =>
  words[factor.split(':')[0] ?? factor] ?? factor;

const en: MaturityMessages = {
  title: 'Digital maturity of the departments',
  working: 'Building the maturity index and testing its ranks under 1,000 alternative choices…',
  factor: factorIn(enFactors),
  list: (items) => new Intl.ListFormat('en', { type: 'conjunction' }).format(items),
  lowest: (unit, score, units) =>
    `${unit} ranks lowest of the ${units} departments, with a score of ${score} out of 100.`,
  lowestHolds: (runs, choices) =>
    `It stays last in at least 90% of ${runs} runs that vary ${choices}: it is the department to support first.`,
  lowestRange: (lower, upper, runs, others) =>
    `How sure that is: in 90% of ${runs} runs its rank lies between ${lower} and ${upper}, so ${others} could rank lowest instead; look at both before choosing.`,
  mostInfluential: (factor, total) =>
    `Where ranks can swap, ${factor} accounts for most of the movement among the choices tested (total Sobol index ${total}).`,
  orderHolds:
    'No two departments’ rank intervals overlap, so no choice tested changes the order: the ranking does not depend on how the index is built.',
  onlyOneChoice: (factor) =>
    `Only ${factor} was varied, so it is trivially the choice that moves ranks most; that says nothing about how much they move.`,
  none: 'No department has a maturity score yet.',
  back: 'Back to capacity needs and assets',
};

const fr: MaturityMessages = {
  title: 'Maturité numérique des directions',
  working:
    'Construction de l’indice de maturité et test de ses rangs sous 1 000 choix alternatifs…',
  factor: factorIn(frFactors),
  list: (items) => new Intl.ListFormat('fr', { type: 'conjunction' }).format(items),
  lowest: (unit, score, units) =>
    `${unit} est au dernier rang des ${units} directions, avec un score de ${score} sur 100.`,
  lowestHolds: (runs, choices) =>
    `Elle reste dernière dans au moins 90 % des ${runs} simulations qui font varier ${choices} : c’est la direction à soutenir en premier.`,
  lowestRange: (lower, upper, runs, others) =>
    `Avec quelle certitude : dans 90 % des ${runs} simulations, son rang est compris entre ${lower} et ${upper} ; ${others} pourrait donc être dernière à sa place. Examinez les deux avant de choisir.`,
  mostInfluential: (factor, total) =>
    `Là où des rangs peuvent s’échanger, c’est ${factor} qui explique l’essentiel du mouvement parmi les choix testés (indice de Sobol total ${total}).`,
  orderHolds:
    'Aucun intervalle de rang ne chevauche celui d’une autre direction : aucun choix testé ne modifie l’ordre, le classement ne dépend pas de la construction de l’indice.',
  onlyOneChoice: (factor) =>
    `Seul ${factor} a varié : c’est donc forcément le choix qui fait le plus bouger les rangs, ce qui ne dit rien de l’ampleur des changements.`,
  none: 'Aucune direction n’a encore de score de maturité.',
  back: 'Retour aux besoins et atouts en capacités',
};

const ar: MaturityMessages = {
  title: 'النضج الرقمي للإدارات',
  working: 'جارٍ بناء مؤشر النضج واختبار ترتيبه في ظل 1000 خيار بديل…',
  factor: factorIn(arFactors),
  list: (items) => new Intl.ListFormat('ar', { type: 'conjunction' }).format(items),
  lowest: (unit, score, units) =>
    `تحتل إدارة «${unit}» المرتبة الأخيرة بين الإدارات الـ${units}، بدرجة ${score} من 100.`,
  lowestHolds: (runs, choices) =>
    `وتبقى الأخيرة في 90٪ على الأقل من ${runs} محاكاة تغيّر ${choices}: إنها الإدارة التي ينبغي دعمها أولًا.`,
  lowestRange: (lower, upper, runs, others) =>
    `ومدى الثقة في ذلك: في 90٪ من ${runs} محاكاة تقع مرتبتها بين ${lower} و${upper}، فقد تكون ${others} هي الأخيرة بدلًا منها؛ انظر في الاثنتين قبل الاختيار.`,
  mostInfluential: (factor, total) =>
    `حيث يمكن أن تتبادل المراتب مواقعها، تفسّر ${factor} معظم هذا التحرك من بين الخيارات المختبَرة (مؤشر سوبول الكلي ${total}).`,
  orderHolds:
    'لا تتداخل فترات المراتب لأي إدارتين، فلا يغيّر أي خيار مختبَر الترتيب: الترتيب لا يتوقف على طريقة بناء المؤشر.',
  onlyOneChoice: (factor) =>
    `لم يتغيّر سوى ${factor}، فهو بالضرورة الخيار الأكثر تحريكًا للمراتب، وهذا لا يدل على مقدار تحرّكها.`,
  none: 'لا توجد بعدُ درجة نضج لأي إدارة.',
  back: 'العودة إلى احتياجات القدرات والأصول',
};

export const maturityMessages: Translations<MaturityMessages> = { en, fr, ar };
