import type { EvaluationSummaryMessages } from '@capkit/react/EvaluationSummary';
import type { RoundComparisonMessages } from '@capkit/react/RoundComparison';
import type { Translations } from '../../i18n/locales.js';

// The widgets' first-read strings (summaries, titles, headings) in French and Arabic; the rest
// stays in the widgets' English. RoundComparison's "units" are the two arms here (trained, not
// trained), so its unit words are replaced in every language.

const frCount = (n: { value: number; text: string }, one: string, other: string) =>
  `${n.text} ${n.value <= 1 ? one : other}`;

/** EvaluationSummary's first-read strings. */
export const evaluationSummaryMessages: Translations<Partial<EvaluationSummaryMessages>> = {
  en: {},
  fr: {
    summary: ({ total, improved, declined, noClear, tooFew, largest, treated, roi }) => {
      const parts: string[] = [];
      if (total.value > 0)
        parts.push(
          `Sur ${frCount(total, 'compétence', 'compétences')} : ${improved.text} en nette progression, ${declined.text} en recul, ${noClear.text} sans changement net, ${tooFew.text} avec trop peu de personnes pour conclure.`,
        );
      if (largest !== null) parts.push(`Le plus fort gain concerne « ${largest} ».`);
      if (treated !== null) parts.push(treated);
      if (roi !== null) parts.push(roi);
      return parts.join(' ');
    },
    changeTitle: () => 'Évolution entre les cycles, par compétence',
    nameHeading: () => 'Compétence',
    changeHeading: 'Évolution',
    peopleHeading: 'Personnes (n)',
    readingHeading: 'Lecture',
    effectSizeHeading: 'Taille d’effet (d)',
    tooFewPeopleShort: 'Trop peu de personnes pour conclure',
    treatedHeading: 'Agents formés et non formés comparés',
    treatedArm: 'Agents formés',
    untreatedArm: 'Agents non formés (groupe de comparaison)',
    parallelTrends:
      'L’écart suppose que, sans la formation, les deux groupes auraient évolué de la même façon.',
    kirkpatrickHeading: 'Niveaux 1 à 4 de Kirkpatrick',
    levelName: (level) =>
      ({
        1: 'Niveau 1 : réaction',
        2: 'Niveau 2 : apprentissage',
        3: 'Niveau 3 : comportement',
        4: 'Niveau 4 : résultats',
      })[level],
    roiHeading: 'Retour sur investissement (Phillips)',
    roiTableCaption: 'Bénéfices après ajustement, et coûts',
    viewGroup: 'Afficher en',
    viewChart: 'Graphique',
    viewTable: 'Tableau',
  },
  ar: {
    summary: ({ total, improved, declined, noClear, tooFew, largest, treated, roi }) => {
      const parts: string[] = [];
      if (total.value > 0)
        parts.push(
          `من أصل ${total.text} من الكفاءات: ${improved.text} تحسّنت بوضوح، و${declined.text} تراجعت، و${noClear.text} بلا تغيّر واضح، و${tooFew.text} بعدد أقل من أن يسمح باستنتاج.`,
        );
      if (largest !== null) parts.push(`أكبر مكسب في «${largest}».`);
      if (treated !== null) parts.push(treated);
      if (roi !== null) parts.push(roi);
      return parts.join(' ');
    },
    changeTitle: () => 'التغيّر بين الجولتين، حسب الكفاءة',
    nameHeading: () => 'الكفاءة',
    changeHeading: 'التغيّر',
    peopleHeading: 'الأشخاص (n)',
    readingHeading: 'القراءة',
    effectSizeHeading: 'حجم الأثر (d)',
    tooFewPeopleShort: 'العدد أقل من أن يسمح باستنتاج',
    treatedHeading: 'مقارنة الموظفين المتدرّبين وغير المتدرّبين',
    treatedArm: 'الموظفون المتدرّبون',
    untreatedArm: 'الموظفون غير المتدرّبين (مجموعة المقارنة)',
    parallelTrends: 'يفترض الفرق أن المجموعتين كانتا ستتغيّران بالقدر نفسه لولا التدريب.',
    kirkpatrickHeading: 'مستويات كيركباتريك من 1 إلى 4',
    levelName: (level) =>
      ({
        1: 'المستوى 1: ردّ الفعل',
        2: 'المستوى 2: التعلّم',
        3: 'المستوى 3: السلوك',
        4: 'المستوى 4: النتائج',
      })[level],
    roiHeading: 'العائد على الاستثمار (فيليبس)',
    roiTableCaption: 'المنافع بعد التعديل، والتكاليف',
    viewGroup: 'اعرض كـ',
    viewChart: 'رسم بياني',
    viewTable: 'جدول',
  },
};

/** RoundComparison: the arms' words in place of units, and the first-read strings. */
export const roundComparisonMessages: Translations<Partial<RoundComparisonMessages>> = {
  en: {
    view: (by) => (by === 'competency' ? 'By skill' : 'By group (trained or not)'),
    unitFilter: 'Group',
    everyUnit: 'Both groups',
    allUnits: 'Everyone',
    chartTitle: (by) =>
      by === 'competency'
        ? 'Round 1 and round 2, by skill: trained and not trained'
        : 'Round 1 and round 2, by group',
    rowsHeading: (by) => (by === 'competency' ? 'Skill' : 'Group'),
    groupSummary: ({ by, name, all, rose, fell, total }) => {
      if (by === 'competency') {
        if (rose.value > 0)
          return `${name} rose beyond noise in ${rose.text} of the ${total.text} groups shown.`;
        if (fell.value > 0)
          return `${name} fell beyond noise in ${fell.text} of the ${total.text} groups shown.`;
        return '';
      }
      const where = all ? 'For everyone together' : `For the ${name.toLowerCase()}`;
      if (rose.value > 0)
        return `${where}, ${rose.text} of ${total.text} skills rose beyond noise.`;
      if (fell.value > 0)
        return `${where}, ${fell.text} of ${total.text} skills fell beyond noise.`;
      return '';
    },
    noChange: (_by, total) => `No change beyond noise in any of the ${total.text} results shown.`,
    nothingShown: 'Nothing to show for this skill and group.',
  },
  fr: {
    view: (by) => (by === 'competency' ? 'Par compétence' : 'Par groupe (formés ou non)'),
    viewLegend: 'Comparer',
    filtersLabel: 'Afficher',
    competencyFilter: 'Compétence',
    unitFilter: 'Groupe',
    everyCompetency: 'Toutes les compétences',
    everyUnit: 'Les deux groupes',
    allUnits: 'Tout le monde',
    chartTitle: (by) =>
      by === 'competency'
        ? 'Premier et deuxième cycles, par compétence : formés et non formés'
        : 'Premier et deuxième cycles, par groupe',
    rowsHeading: (by) => (by === 'competency' ? 'Compétence' : 'Groupe'),
    groupSummary: ({ by, name, all, rose, fell, total }) => {
      if (by === 'competency') {
        if (rose.value > 0)
          return `« ${name} » progresse au-delà du bruit dans ${rose.text} des ${total.text} groupes affichés.`;
        if (fell.value > 0)
          return `« ${name} » recule au-delà du bruit dans ${fell.text} des ${total.text} groupes affichés.`;
        return '';
      }
      const where = all ? 'Pour tout le monde' : `Pour le groupe « ${name} »`;
      if (rose.value > 0)
        return `${where}, ${rose.text} compétences sur ${total.text} progressent au-delà du bruit.`;
      if (fell.value > 0)
        return `${where}, ${fell.text} compétences sur ${total.text} reculent au-delà du bruit.`;
      return '';
    },
    noChange: (_by, total) =>
      `Aucun changement au-delà du bruit parmi les ${total.text} résultats affichés.`,
    legendRound1: 'Premier cycle',
    legendRound2: 'Deuxième cycle',
    axisLabel: 'Niveau moyen',
    nothingShown: 'Rien à afficher pour cette compétence et ce groupe.',
    viewGroup: 'Afficher en',
    viewChart: 'Graphique',
    viewTable: 'Tableau',
  },
  ar: {
    view: (by) => (by === 'competency' ? 'حسب المهارة' : 'حسب المجموعة (متدرّبون أم لا)'),
    viewLegend: 'قارن',
    filtersLabel: 'اعرض',
    competencyFilter: 'المهارة',
    unitFilter: 'المجموعة',
    everyCompetency: 'كل المهارات',
    everyUnit: 'المجموعتان',
    allUnits: 'الجميع',
    chartTitle: (by) =>
      by === 'competency'
        ? 'الجولة الأولى والثانية حسب المهارة: المتدرّبون وغيرهم'
        : 'الجولة الأولى والثانية حسب المجموعة',
    rowsHeading: (by) => (by === 'competency' ? 'المهارة' : 'المجموعة'),
    groupSummary: ({ by, name, all, rose, fell, total }) => {
      if (by === 'competency') {
        if (rose.value > 0)
          return `ارتفعت «${name}» بما يتجاوز التذبذب في ${rose.text} من ${total.text} من المجموعات المعروضة.`;
        if (fell.value > 0)
          return `انخفضت «${name}» بما يتجاوز التذبذب في ${fell.text} من ${total.text} من المجموعات المعروضة.`;
        return '';
      }
      const where = all ? 'للجميع معًا' : `لمجموعة «${name}»`;
      if (rose.value > 0)
        return `${where}، ارتفعت ${rose.text} من ${total.text} من المهارات بما يتجاوز التذبذب.`;
      if (fell.value > 0)
        return `${where}، انخفضت ${fell.text} من ${total.text} من المهارات بما يتجاوز التذبذب.`;
      return '';
    },
    noChange: (_by, total) => `لا تغيّر يتجاوز التذبذب في أيٍّ من النتائج المعروضة (${total.text}).`,
    legendRound1: 'الجولة الأولى',
    legendRound2: 'الجولة الثانية',
    axisLabel: 'متوسط المستوى',
    nothingShown: 'لا شيء لعرضه لهذه المهارة وهذه المجموعة.',
    viewGroup: 'اعرض كـ',
    viewChart: 'رسم بياني',
    viewTable: 'جدول',
  },
};
