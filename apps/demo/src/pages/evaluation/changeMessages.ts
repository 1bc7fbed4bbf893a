import type { Translations } from '../../i18n/locales.js';

/** Round 1 against round 2, trained and not trained, skill by skill. */
export const changeMessages: Translations<{
  title: string;
  working: string;
  before: string;
  lead: (skill: string, n: string, trained: string, others: string, paired: string) => string;
  leadWithheld: (paired: string, k: string) => string;
  comparisonTitle: string;
  groupTrained: string;
  groupNotTrained: string;
  method: (k: string, onlyRound1: string) => string;
  interventionsHeading: string;
  back: string;
  next: string;
}> = {
  en: {
    title: 'Round 1 against round 2: trained and not trained',
    working: 'Pairing the two rounds’ self-assessments and comparing them…',
    before:
      'Round 2 has not been collected yet, so there is nothing to compare. Collect it here to see, skill by skill, how those trained changed against those not trained.',
    lead: (skill, n, trained, others, paired) =>
      `The largest gain is in ${skill}: those trained in it (${n} people) rose by ${trained} levels, against ${others} for staff not trained in it. ${paired} people answered both rounds.`,
    leadWithheld: (paired, k) =>
      `${paired} people answered both rounds, but no trained group is large enough to publish (a figure needs at least ${k} people).`,
    comparisonTitle: 'Self-assessed level, round 1 and round 2',
    groupTrained: 'Trained in this skill',
    groupNotTrained: 'Not trained in it',
    method: (k, onlyRound1) =>
      `“Trained” means taking part in an intervention of the plan that has run and targets the skill. Each person is paired with their own round-1 answers; ${onlyRound1} people answered round 1 only and are left out. No figure rests on fewer than ${k} people, and a group is withheld too when the other could be worked out from the total.`,
    interventionsHeading: 'Gain by intervention, against comparable staff',
    back: 'Back to the evaluation summary',
    next: 'Start the next round',
  },
  fr: {
    title: 'Premier et deuxième cycles : agents formés et non formés',
    working: 'Appariement des auto-évaluations des deux cycles et comparaison…',
    before:
      'Le deuxième cycle n’a pas encore été recueilli : il n’y a rien à comparer. Recueillez-le ici pour voir, compétence par compétence, comment les agents formés ont évolué par rapport aux autres.',
    lead: (skill, n, trained, others, paired) =>
      `Le plus fort gain concerne « ${skill} » : les agents formés (${n} personnes) ont progressé de ${trained} niveau, contre ${others} pour les agents non formés. ${paired} personnes ont répondu aux deux cycles.`,
    leadWithheld: (paired, k) =>
      `${paired} personnes ont répondu aux deux cycles, mais aucun groupe d’agents formés n’est assez grand pour être publié (il faut au moins ${k} personnes).`,
    comparisonTitle: 'Niveau auto-évalué, premier et deuxième cycles',
    groupTrained: 'Formés à cette compétence',
    groupNotTrained: 'Non formés',
    method: (k, onlyRound1) =>
      `« Formé » signifie avoir participé à une intervention du plan déjà réalisée qui vise la compétence. Chaque agent est apparié à ses propres réponses du premier cycle ; ${onlyRound1} personnes n’ont répondu qu’au premier cycle et sont écartées. Aucun chiffre ne repose sur moins de ${k} personnes, et un groupe est aussi masqué quand l’autre pourrait se déduire du total.`,
    interventionsHeading: 'Gain par intervention, comparé à des agents comparables',
    back: 'Retour à la synthèse de l’évaluation',
    next: 'Lancer le cycle suivant',
  },
  ar: {
    title: 'الجولة الأولى مقابل الثانية: المتدرّبون وغير المتدرّبين',
    working: 'جارٍ مطابقة التقييمات الذاتية للجولتين ومقارنتها…',
    before:
      'لم تُجمع الجولة الثانية بعد، فلا شيء للمقارنة. اجمعها هنا لترى، مهارةً مهارة، كيف تغيّر المتدرّبون مقارنةً بغيرهم.',
    lead: (skill, n, trained, others, paired) =>
      `أكبر مكسب في «${skill}»: ارتفع من تدرّبوا عليها (${n} شخصًا) بمقدار ${trained} مستوى، مقابل ${others} لمن لم يتدرّبوا عليها. أجاب ${paired} شخصًا عن الجولتين.`,
    leadWithheld: (paired, k) =>
      `أجاب ${paired} شخصًا عن الجولتين، لكن لا توجد مجموعة متدرّبين كبيرة بما يكفي للنشر (يلزم ${k} أشخاص على الأقل).`,
    comparisonTitle: 'المستوى المقيّم ذاتيًا في الجولتين الأولى والثانية',
    groupTrained: 'متدرّبون على هذه المهارة',
    groupNotTrained: 'غير متدرّبين عليها',
    method: (k, onlyRound1) =>
      `«متدرّب» يعني المشاركة في تدخّل من الخطة نُفِّذ ويستهدف المهارة. يُطابَق كل شخص مع إجاباته في الجولة الأولى؛ وأجاب ${onlyRound1} شخصًا عن الجولة الأولى فقط فاستُبعدوا. لا يستند أي رقم إلى أقل من ${k} أشخاص، وتُحجب مجموعة أيضًا إذا أمكن استنتاج الأخرى من المجموع.`,
    interventionsHeading: 'المكسب حسب التدخّل، مقارنةً بموظفين مماثلين',
    back: 'العودة إلى ملخّص التقييم',
    next: 'ابدأ الجولة التالية',
  },
};
