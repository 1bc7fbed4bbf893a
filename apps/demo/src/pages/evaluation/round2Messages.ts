import type { Translations } from '../../i18n/locales.js';

/** The "collect round 2" panel, shown on the evaluation pages until round 2 is in. */
export const round2Messages: Translations<{
  heading: string;
  notCollected: (opens: string, closes: string) => string;
  collected: (responses: string, followUps: string, closes: string) => string;
  simulated: string;
  collect: string;
  collecting: string;
  progress: string;
  done: (responses: string, followUps: string) => string;
  failed: string;
  cannot: string;
}> = {
  en: {
    heading: 'Round 2: assess the same staff again',
    notCollected: (opens, closes) =>
      `Round 2 has not been collected yet. Its campaign is scheduled from ${opens} to ${closes}. Collecting it opens the campaign, records the staff’s round-2 self-assessments and the 90-day follow-ups that fell due, then closes it.`,
    collected: (responses, followUps, closes) =>
      `Round 2 is collected: ${responses} self-assessments, and ${followUps} follow-up ratings in all. Its campaign closed on ${closes}.`,
    simulated:
      'In this demo the round-2 answers are simulated: each person answers again as the sample’s response model would, those trained in the plan gaining about the level their course expects on the skills it targets, the others drifting little. Real answers would come from the staff.',
    collect: 'Collect round 2',
    collecting: 'Collecting round 2…',
    progress: 'Recording the round-2 self-assessments and checking the workspace…',
    done: (responses, followUps) =>
      `Round 2 recorded: ${responses} self-assessments and ${followUps} new follow-up ratings. The campaign is closed.`,
    failed: 'Round 2 could not be recorded.',
    cannot: 'This workspace has no round-2 campaign that can be collected.',
  },
  fr: {
    heading: 'Deuxième cycle : évaluer à nouveau les mêmes agents',
    notCollected: (opens, closes) =>
      `Le deuxième cycle n’a pas encore été recueilli. Sa campagne est prévue du ${opens} au ${closes}. Le recueillir ouvre la campagne, enregistre les auto-évaluations du deuxième cycle et les suivis à 90 jours arrivés à échéance, puis la clôt.`,
    collected: (responses, followUps, closes) =>
      `Le deuxième cycle est recueilli : ${responses} auto-évaluations, et ${followUps} notes de suivi au total. Sa campagne a été close le ${closes}.`,
    simulated:
      'Dans cette démo, les réponses du deuxième cycle sont simulées : chaque agent répond à nouveau selon le modèle de réponse de l’échantillon ; les agents formés dans le plan gagnent environ le niveau attendu de leur formation sur les compétences qu’elle vise, les autres bougent peu. De vraies réponses viendraient des agents.',
    collect: 'Recueillir le deuxième cycle',
    collecting: 'Recueil du deuxième cycle…',
    progress:
      'Enregistrement des auto-évaluations du deuxième cycle et vérification de l’espace de travail…',
    done: (responses, followUps) =>
      `Deuxième cycle enregistré : ${responses} auto-évaluations et ${followUps} nouvelles notes de suivi. La campagne est close.`,
    failed: 'Le deuxième cycle n’a pas pu être enregistré.',
    cannot: 'Cet espace de travail n’a pas de campagne de deuxième cycle à recueillir.',
  },
  ar: {
    heading: 'الجولة الثانية: تقييم الموظفين أنفسهم مجددًا',
    notCollected: (opens, closes) =>
      `لم تُجمع الجولة الثانية بعد. حملتها مقررة من ${opens} إلى ${closes}. يؤدي جمعها إلى فتح الحملة وتسجيل التقييمات الذاتية للجولة الثانية ومتابعات التسعين يومًا المستحقة، ثم إغلاقها.`,
    collected: (responses, followUps, closes) =>
      `جُمعت الجولة الثانية: ${responses} تقييمًا ذاتيًا، و${followUps} تقييم متابعة إجمالًا. أُغلقت حملتها في ${closes}.`,
    simulated:
      'في هذا النموذج، إجابات الجولة الثانية محاكاة: يجيب كل موظف مجددًا وفق نموذج الإجابات في العيّنة، فيكسب من تدرّبوا ضمن الخطة نحو المستوى المتوقع من دورتهم في المهارات التي تستهدفها، ولا يتغيّر الآخرون إلا قليلًا. أما الإجابات الحقيقية فتأتي من الموظفين.',
    collect: 'اجمع الجولة الثانية',
    collecting: 'جارٍ جمع الجولة الثانية…',
    progress: 'جارٍ تسجيل التقييمات الذاتية للجولة الثانية والتحقق من مساحة العمل…',
    done: (responses, followUps) =>
      `سُجّلت الجولة الثانية: ${responses} تقييمًا ذاتيًا و${followUps} تقييم متابعة جديدًا. أُغلقت الحملة.`,
    failed: 'تعذّر تسجيل الجولة الثانية.',
    cannot: 'لا تحتوي مساحة العمل هذه على حملة للجولة الثانية يمكن جمعها.',
  },
};
