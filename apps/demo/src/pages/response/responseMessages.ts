import type { Translations } from '../../i18n/locales.js';

/** Why an intervention is not in the plan (the worker's `LeftOutReason`). */
export type LeftOutReasonKey =
  | 'leftOutByYou'
  | 'prerequisiteLeftOut'
  | 'budget'
  | 'seats'
  | 'notChosen'
  | 'daysPerPerson'
  | 'dateWindow'
  | 'prerequisite'
  | 'needsMet'
  | 'noNeed';

/** The strings of the response page. */
export interface ResponseMessages {
  readonly title: string;
  readonly preparing: string;
  readonly planning: string;
  readonly lead: (budget: string, places: string, interventions: string, share: string) => string;
  readonly leftOutOne: (name: string, reason: string) => string;
  readonly leftOutTwo: (a: string, reasonA: string, b: string, reasonB: string) => string;
  readonly nothingLeftOut: string;
  readonly reasons: Readonly<Record<LeftOutReasonKey, string>>;
  readonly method: (method: string, gap: string) => string;
  readonly exact: string;
  readonly greedy: string;
  readonly formHeading: string;
  readonly budgetLabel: (currency: string) => string;
  readonly budgetHint: (reference: string, amount: string) => string;
  readonly errorPrefix: string;
  readonly budgetMissing: string;
  readonly budgetNotWhole: string;
  readonly budgetTooLarge: (most: string) => string;
  readonly choicesLegend: string;
  readonly choicesHint: string;
  readonly choice: { readonly planner: string; readonly keep: string; readonly leave: string };
  readonly replan: string;
  readonly keptInHeading: string;
  readonly keptInIntro: string;
  readonly keptInColumns: {
    readonly name: string;
    readonly runs: string;
    readonly places: string;
    readonly cost: string;
  };
  readonly keptInNotRun: (name: string, reason: string) => string;
  readonly leftOutHeading: string;
  readonly explanationTitle: string;
  readonly explanationDescription: (groups: string, campaign: string) => string;
  readonly timelineTitle: string;
  readonly budgetTitle: string;
  readonly budgetDescription: string;
  readonly saveHeading: string;
  readonly saveHint: string;
  readonly save: string;
  readonly saving: string;
  readonly saved: (title: string) => string;
  readonly saveFailed: string;
  readonly savedHeading: string;
  readonly savedLine: (interventions: string, cost: string, budget: string) => string;
}

// French elides « que » before a vowel: « parce qu’elle », « parce que vous ».
const because = (reason: string) =>
  /^[aeiouyéèêh]/iu.test(reason) ? `parce qu’${reason}` : `parce que ${reason}`;

const en: ResponseMessages = {
  title: 'Plan the response',
  preparing: 'Reading the plan’s limits and the catalogue…',
  planning: 'Analysing the training needs and planning within the budget…',
  lead: (budget, places, interventions, share) =>
    `Within a budget of ${budget}, the plan fills ${places} training places (one per person and competency) in ${interventions} interventions and closes ${share} of the skills gap the training-needs analysis found.`,
  leftOutOne: (name, reason) => `${name} is left out because ${reason}.`,
  leftOutTwo: (a, reasonA, b, reasonB) =>
    reasonA === reasonB
      ? `${a} is left out because ${reasonA}, and so is ${b}.`
      : `${a} is left out because ${reasonA}, and ${b} because ${reasonB}.`,
  nothingLeftOut: 'Every intervention of the catalogue is in the plan.',
  reasons: {
    leftOutByYou: 'you left it out',
    prerequisiteLeftOut: 'an intervention it needs first is left out',
    budget: 'the money left cannot pay for one more place',
    seats: 'it has no places left',
    notChosen: 'other interventions close more of the gap for the money',
    daysPerPerson: 'it takes more days than one person can give',
    dateWindow: 'it is not available within the plan’s dates',
    prerequisite: 'what it needs first cannot be run in time',
    needsMet: 'the needs it serves are already met by other interventions, or carry no priority',
    noNeed: 'no one was found to need what it teaches',
  },
  method: (method, gap) => `${method}; at most ${gap} from the best possible plan.`,
  exact: 'Solved exactly (HiGHS)',
  greedy: 'Planned by the greedy method with a proven bound (the exact solver was not used)',
  formHeading: 'Change the budget and the choices',
  budgetLabel: (currency) => `Budget (${currency})`,
  budgetHint: (reference, amount) =>
    `A whole amount, without decimals. “${reference}” has ${amount}.`,
  errorPrefix: 'Error:',
  budgetMissing: 'Enter a budget',
  budgetNotWhole: 'Enter the budget as a whole amount in figures, like 250000',
  budgetTooLarge: (most) => `The budget must be ${most} or less`,
  choicesLegend: 'Keep in or leave out',
  choicesHint:
    'The planner decides unless you say otherwise. A kept-in intervention is planned first, one run for the people it helps most.',
  choice: { planner: 'Planner decides', keep: 'Keep in', leave: 'Leave out' },
  replan: 'Plan again',
  keptInHeading: 'Kept in at your request',
  keptInIntro:
    'Planned before the rest of the budget, one run each for the need groups they serve best.',
  keptInColumns: { name: 'Intervention', runs: 'Runs', places: 'Places', cost: 'Cost' },
  keptInNotRun: (name, reason) => `${name} could not be kept in: ${reason}.`,
  leftOutHeading: 'Left out, and why',
  explanationTitle: 'Why each intervention is in or out',
  explanationDescription: (groups, campaign) =>
    `${groups} need groups (department × competency) from the published tables of ${campaign}.`,
  timelineTitle: 'When it runs',
  budgetTitle: 'Where the money goes',
  budgetDescription: 'Planned cost of each intervention by month, against the budget.',
  saveHeading: 'Save the plan',
  saveHint: 'Adds it to the workspace’s plans, where the evaluation pages find it.',
  save: 'Save this plan',
  saving: 'Saving the plan…',
  saved: (title) => `Saved as “${title}”.`,
  saveFailed: 'The plan could not be saved.',
  savedHeading: 'Plans in the workspace',
  savedLine: (interventions, cost, budget) =>
    `${interventions} interventions, ${cost} planned of ${budget}`,
};

const fr: ResponseMessages = {
  title: 'Planifier la réponse',
  preparing: 'Lecture des limites du plan et du catalogue…',
  planning: 'Analyse des besoins de formation et planification dans le budget…',
  lead: (budget, places, interventions, share) =>
    `Avec un budget de ${budget}, le plan pourvoit ${places} places de formation (une par personne et par compétence) dans ${interventions} interventions et comble ${share} de l’écart de compétences relevé par l’analyse des besoins de formation.`,
  leftOutOne: (name, reason) => `« ${name} » est écartée ${because(reason)}.`,
  leftOutTwo: (a, reasonA, b, reasonB) =>
    reasonA === reasonB
      ? `« ${a} » est écartée ${because(reasonA)}, tout comme « ${b} ».`
      : `« ${a} » est écartée ${because(reasonA)}, et « ${b} » ${because(reasonB)}.`,
  nothingLeftOut: 'Toutes les interventions du catalogue font partie du plan.',
  reasons: {
    leftOutByYou: 'vous l’avez écartée',
    prerequisiteLeftOut: 'une intervention qu’elle exige au préalable est écartée',
    budget: 'l’argent restant ne suffit pas pour une place de plus',
    seats: 'elle n’a plus de places',
    notChosen: 'd’autres interventions comblent davantage l’écart pour le même coût',
    daysPerPerson: 'elle demande plus de jours qu’une personne ne peut en donner',
    dateWindow: 'elle n’est pas disponible aux dates du plan',
    prerequisite: 'ce qu’elle exige au préalable ne peut être organisé à temps',
    needsMet:
      'les besoins qu’elle couvre sont déjà satisfaits par d’autres interventions ou ne sont pas prioritaires',
    noNeed: 'personne n’a besoin de ce qu’elle enseigne',
  },
  method: (method, gap) => `${method} ; au plus ${gap} du meilleur plan possible.`,
  exact: 'Résolu de façon exacte (HiGHS)',
  greedy:
    'Planifié par la méthode gloutonne avec une borne prouvée (le solveur exact n’a pas été utilisé)',
  formHeading: 'Modifier le budget et les choix',
  budgetLabel: (currency) => `Budget (${currency})`,
  budgetHint: (reference, amount) =>
    `Un montant entier, sans décimales. « ${reference} » dispose de ${amount}.`,
  errorPrefix: 'Erreur :',
  budgetMissing: 'Saisissez un budget',
  budgetNotWhole:
    'Saisissez le budget en chiffres, sous forme de montant entier, par exemple 250000',
  budgetTooLarge: (most) => `Le budget doit être inférieur ou égal à ${most}`,
  choicesLegend: 'Conserver ou écarter',
  choicesHint:
    'Le planificateur décide, sauf indication contraire. Une intervention conservée est planifiée en premier, une session pour les personnes qu’elle aide le plus.',
  choice: { planner: 'Le planificateur décide', keep: 'Conserver', leave: 'Écarter' },
  replan: 'Planifier à nouveau',
  keptInHeading: 'Conservées à votre demande',
  keptInIntro:
    'Planifiées avant le reste du budget, une session chacune pour les groupes de besoins qu’elles servent le mieux.',
  keptInColumns: { name: 'Intervention', runs: 'Sessions', places: 'Places', cost: 'Coût' },
  keptInNotRun: (name, reason) => `« ${name} » n’a pas pu être conservée : ${reason}.`,
  leftOutHeading: 'Écartées, et pourquoi',
  explanationTitle: 'Pourquoi chaque intervention est retenue ou non',
  explanationDescription: (groups, campaign) =>
    `${groups} groupes de besoins (direction × compétence) issus des tableaux publiés de ${campaign}.`,
  timelineTitle: 'Calendrier',
  budgetTitle: 'Où va l’argent',
  budgetDescription: 'Coût prévu de chaque intervention par mois, comparé au budget.',
  saveHeading: 'Enregistrer le plan',
  saveHint: 'L’ajoute aux plans de l’espace de travail, où les pages d’évaluation le trouvent.',
  save: 'Enregistrer ce plan',
  saving: 'Enregistrement du plan…',
  saved: (title) => `Enregistré sous « ${title} ».`,
  saveFailed: 'Le plan n’a pas pu être enregistré.',
  savedHeading: 'Plans de l’espace de travail',
  savedLine: (interventions, cost, budget) =>
    `${interventions} interventions, ${cost} prévus sur ${budget}`,
};

const ar: ResponseMessages = {
  title: 'تخطيط الاستجابة',
  preparing: 'جارٍ قراءة حدود الخطة والفهرس…',
  planning: 'جارٍ تحليل الاحتياجات التدريبية والتخطيط ضمن الميزانية…',
  lead: (budget, places, interventions, share) =>
    `ضمن ميزانية قدرها ${budget}، تشغل الخطة ${places} مقعدًا تدريبيًا (مقعد لكل شخص وكفاءة) في ${interventions} تدخلات، وتسد ${share} من فجوة المهارات التي كشفها تحليل الاحتياجات التدريبية.`,
  leftOutOne: (name, reason) => `استُبعد «${name}» لأن ${reason}.`,
  leftOutTwo: (a, reasonA, b, reasonB) =>
    reasonA === reasonB
      ? `استُبعد «${a}» لأن ${reasonA}، وكذلك «${b}».`
      : `استُبعد «${a}» لأن ${reasonA}، و«${b}» لأن ${reasonB}.`,
  nothingLeftOut: 'كل تدخلات الفهرس مدرجة في الخطة.',
  reasons: {
    leftOutByYou: 'ذلك اختيارك',
    prerequisiteLeftOut: 'تدخلًا يتطلبه مسبقًا مستبعَد',
    budget: 'المال المتبقي لا يكفي لمقعد إضافي',
    seats: 'مقاعده نفدت',
    notChosen: 'تدخلات أخرى تسد قدرًا أكبر من الفجوة بالمال نفسه',
    daysPerPerson: 'مدته تتجاوز الأيام التي يستطيع الشخص تخصيصها',
    dateWindow: 'موعده خارج تواريخ الخطة',
    prerequisite: 'ما يتطلبه مسبقًا لا يمكن تنظيمه في الوقت المناسب',
    needsMet: 'الاحتياجات التي يلبيها تلبيها تدخلات أخرى، أو ليست ذات أولوية',
    noNeed: 'أحدًا لا يحتاج إلى ما يعلّمه',
  },
  method: (method, gap) => `${method}؛ على بُعد ${gap} على الأكثر من أفضل خطة ممكنة.`,
  exact: 'حُلّت بدقة (HiGHS)',
  greedy: 'خُطّطت بالطريقة الجشعة مع حدّ مُثبَت (لم يُستخدم الحلّال الدقيق)',
  formHeading: 'غيّر الميزانية والخيارات',
  budgetLabel: (currency) => `الميزانية (${currency})`,
  budgetHint: (reference, amount) => `مبلغ صحيح بلا كسور. ميزانية «${reference}» هي ${amount}.`,
  errorPrefix: 'خطأ:',
  budgetMissing: 'أدخل ميزانية',
  budgetNotWhole: 'أدخل الميزانية مبلغًا صحيحًا بالأرقام، مثل 250000',
  budgetTooLarge: (most) => `يجب ألا تتجاوز الميزانية ${most}`,
  choicesLegend: 'إبقاء أو استبعاد',
  choicesHint:
    'يقرر المخطِّط ما لم تحدد غير ذلك. التدخل الذي تبقيه يُخطَّط أولًا، دورة واحدة للأشخاص الذين يفيدهم أكثر.',
  choice: { planner: 'يقرر المخطِّط', keep: 'إبقاء', leave: 'استبعاد' },
  replan: 'خطّط من جديد',
  keptInHeading: 'تدخلات أُبقيت بطلبك',
  keptInIntro: 'خُطّطت قبل بقية الميزانية، دورة واحدة لكل منها لمجموعات الاحتياج التي تخدمها أفضل.',
  keptInColumns: { name: 'التدخل', runs: 'الدورات', places: 'المقاعد', cost: 'التكلفة' },
  keptInNotRun: (name, reason) => `تعذّر إبقاء «${name}»: ${reason}.`,
  leftOutHeading: 'المستبعَدة، ولماذا',
  explanationTitle: 'لماذا أُدرج كل تدخل أو استُبعد',
  explanationDescription: (groups, campaign) =>
    `${groups} مجموعة احتياج (إدارة × كفاءة) من الجداول المنشورة لـ ${campaign}.`,
  timelineTitle: 'متى يُنفَّذ',
  budgetTitle: 'أين يذهب المال',
  budgetDescription: 'التكلفة المخطَّطة لكل تدخل حسب الشهر، مقارنةً بالميزانية.',
  saveHeading: 'احفظ الخطة',
  saveHint: 'تُضاف إلى خطط مساحة العمل، حيث تجدها صفحات التقييم.',
  save: 'احفظ هذه الخطة',
  saving: 'جارٍ حفظ الخطة…',
  saved: (title) => `حُفظت باسم «${title}».`,
  saveFailed: 'تعذّر حفظ الخطة.',
  savedHeading: 'الخطط في مساحة العمل',
  savedLine: (interventions, cost, budget) => `${interventions} تدخلات، ${cost} مخطَّطة من ${budget}`,
};

export const responseMessages: Translations<ResponseMessages> = { en, fr, ar };
