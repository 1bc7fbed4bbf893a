import type { Translations } from '../../i18n/locales.js';

/** The evaluation section root: did the training work, Kirkpatrick levels and ROI. */
export const evaluationMessages: Translations<{
  title: string;
  working: string;
  leadBefore: (reacted: string | null, roi: string | null) => string;
  leadAfter: (
    treated: string,
    untreated: string,
    best: string | null,
    extra: string | null,
  ) => string;
  leadWithheld: (k: string) => string;
  summaryTitle: string;
  summaryDescription: (k: string) => string;
  summaryBefore: string;
  interventionsHeading: string;
  viewsHeading: string;
  toComparison: string;
  toNextRound: string;
}> = {
  en: {
    title: 'Evaluation: did the training work?',
    working: 'Rolling up the evaluation and comparing the rounds…',
    leadBefore: (reacted, roi) =>
      `Round 2 has not been collected yet, so whether those trained improved is not known.${reacted === null ? '' : ` From round 1’s evaluation, ${reacted} participants rated the training they took.`}${roi === null ? '' : ` The plan’s return on investment is estimated at ${roi}.`} Collect round 2 below to compare those trained with those not trained.`,
    leadAfter: (treated, untreated, best, extra) =>
      `Those trained improved by ${treated} levels on average against ${untreated} for those not trained${best === null ? '.' : `; ${best} shows the largest gain, ${extra ?? ''} levels more than comparable staff who did not take it.`}`,
    leadWithheld: (k) =>
      `Round 2 is in, but too few people could be compared to publish a figure without identifying anyone (no figure rests on fewer than ${k} people).`,
    summaryTitle: 'Kirkpatrick levels and return on investment',
    summaryDescription: (k) =>
      `The change in self-assessed levels from round 1 to round 2, trained against untrained staff, Kirkpatrick’s four levels and Phillips’ return on investment, all worked out by capkit’s engine. No figure rests on fewer than ${k} people.`,
    summaryBefore:
      'Until round 2 is in, the summary has Kirkpatrick’s levels and the return on investment only.',
    interventionsHeading: 'Gain by intervention, against comparable staff',
    viewsHeading: 'More of the evaluation',
    toComparison: 'Round 1 against round 2, trained and not trained, skill by skill',
    toNextRound: 'Start the next round',
  },
  fr: {
    title: 'Évaluation : la formation a-t-elle porté ses fruits ?',
    working: 'Synthèse de l’évaluation et comparaison des cycles…',
    leadBefore: (reacted, roi) =>
      `Le deuxième cycle n’a pas encore été recueilli : on ne sait donc pas encore si les agents formés ont progressé.${reacted === null ? '' : ` Selon l’évaluation du premier cycle, ${reacted} participants ont noté la formation suivie.`}${roi === null ? '' : ` Le retour sur investissement du plan est estimé à ${roi}.`} Recueillez le deuxième cycle ci-dessous pour comparer agents formés et non formés.`,
    leadAfter: (treated, untreated, best, extra) =>
      `Les agents formés ont progressé de ${treated} niveau en moyenne, contre ${untreated} pour les agents non formés${best === null ? '.' : ` ; « ${best} » montre le plus fort gain, ${extra ?? ''} niveau de plus que des agents comparables qui ne l’ont pas suivie.`}`,
    leadWithheld: (k) =>
      `Le deuxième cycle est recueilli, mais trop peu d’agents sont comparables pour publier un chiffre sans identifier personne (aucun chiffre ne repose sur moins de ${k} personnes).`,
    summaryTitle: 'Niveaux de Kirkpatrick et retour sur investissement',
    summaryDescription: (k) =>
      `L’évolution des niveaux auto-évalués entre les deux cycles, agents formés contre non formés, les quatre niveaux de Kirkpatrick et le retour sur investissement de Phillips, calculés par le moteur de capkit. Aucun chiffre ne repose sur moins de ${k} personnes.`,
    summaryBefore:
      'Tant que le deuxième cycle n’est pas recueilli, la synthèse ne présente que les niveaux de Kirkpatrick et le retour sur investissement.',
    interventionsHeading: 'Gain par intervention, comparé à des agents comparables',
    viewsHeading: 'La suite de l’évaluation',
    toComparison:
      'Premier et deuxième cycles, agents formés et non formés, compétence par compétence',
    toNextRound: 'Lancer le cycle suivant',
  },
  ar: {
    title: 'التقييم: هل نجح التدريب؟',
    working: 'جارٍ تلخيص التقييم ومقارنة الجولتين…',
    leadBefore: (reacted, roi) =>
      `لم تُجمع الجولة الثانية بعد، لذا لا يُعرف بعد هل تحسّن من تدرّبوا.${reacted === null ? '' : ` وفق تقييم الجولة الأولى، قيّم ${reacted} مشاركًا التدريب الذي تلقّوه.`}${roi === null ? '' : ` ويُقدَّر العائد على الاستثمار للخطة بنسبة ${roi}.`} اجمع الجولة الثانية أدناه لمقارنة من تدرّبوا بمن لم يتدرّبوا.`,
    leadAfter: (treated, untreated, best, extra) =>
      `تحسّن من تدرّبوا بمقدار ${treated} مستوى في المتوسط مقابل ${untreated} لمن لم يتدرّبوا${best === null ? '.' : `؛ ويُظهر «${best}» أكبر مكسب، أعلى بمقدار ${extra ?? ''} مستوى من موظفين مماثلين لم يلتحقوا به.`}`,
    leadWithheld: (k) =>
      `جُمعت الجولة الثانية، لكن عدد من يمكن مقارنتهم قليل جدًا لنشر رقم دون كشف هوية أحد (لا يستند أي رقم إلى أقل من ${k} أشخاص).`,
    summaryTitle: 'مستويات كيركباتريك والعائد على الاستثمار',
    summaryDescription: (k) =>
      `التغيّر في المستويات المقيّمة ذاتيًا من الجولة الأولى إلى الثانية، ومقارنة المتدرّبين بغير المتدرّبين، ومستويات كيركباتريك الأربعة، والعائد على الاستثمار وفق فيليبس، وكلها محسوبة بمحرّك capkit. لا يستند أي رقم إلى أقل من ${k} أشخاص.`,
    summaryBefore:
      'إلى أن تُجمع الجولة الثانية، لا يعرض الملخّص إلا مستويات كيركباتريك والعائد على الاستثمار.',
    interventionsHeading: 'المكسب حسب التدخّل، مقارنةً بموظفين مماثلين',
    viewsHeading: 'بقية التقييم',
    toComparison: 'الجولة الأولى مقابل الثانية، للمتدرّبين وغيرهم، مهارةً مهارة',
    toNextRound: 'ابدأ الجولة التالية',
  },
};

/** The table of gains by intervention, shared by the root and the comparison page. */
export const interventionTableMessages: Translations<{
  caption: string;
  intervention: string;
  trained: string;
  trainedChange: string;
  othersChange: string;
  difference: string;
  withheld: (k: string) => string;
  levels: (value: string) => string;
}> = {
  en: {
    caption:
      'Change in self-assessed level on the skills each intervention targets, round 1 to round 2',
    intervention: 'Intervention',
    trained: 'Participants seen in both rounds',
    trainedChange: 'Change, participants',
    othersChange: 'Change, comparable staff',
    difference: 'Difference',
    withheld: (k) => `Too few people to conclude (fewer than ${k})`,
    levels: (value) => `${value} levels`,
  },
  fr: {
    caption:
      'Évolution du niveau auto-évalué sur les compétences visées par chaque intervention, du premier au deuxième cycle',
    intervention: 'Intervention',
    trained: 'Participants vus aux deux cycles',
    trainedChange: 'Évolution, participants',
    othersChange: 'Évolution, agents comparables',
    difference: 'Écart',
    withheld: (k) => `Trop peu de personnes pour conclure (moins de ${k})`,
    levels: (value) => `${value} niveau`,
  },
  ar: {
    caption:
      'التغيّر في المستوى المقيّم ذاتيًا في المهارات التي يستهدفها كل تدخّل، من الجولة الأولى إلى الثانية',
    intervention: 'التدخّل',
    trained: 'المشاركون في الجولتين',
    trainedChange: 'التغيّر لدى المشاركين',
    othersChange: 'التغيّر لدى موظفين مماثلين',
    difference: 'الفرق',
    withheld: (k) => `العدد أقل من أن يسمح باستنتاج (أقل من ${k})`,
    levels: (value) => `${value} مستوى`,
  },
};
