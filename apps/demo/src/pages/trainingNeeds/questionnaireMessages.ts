import type { AssessmentFormMessages } from '@capkit/react/AssessmentForm';
import type { Translations } from '../../i18n/locales.js';

/** The strings of the questionnaire page; numbers arrive formatted in the locale. */
export interface QuestionnaireMessages {
  readonly title: string;
  readonly loading: string;
  readonly lead: (name: string, role: string, unit: string, campaign: string) => string;
  readonly nobody: string;
  readonly closed: (campaign: string) => string;
  readonly counted: (count: string) => string;
  readonly checkHeading: string;
  readonly checkLead: (answered: string, total: string, notApplicable: string) => string;
  readonly importance: string;
  readonly performance: string;
  readonly notAnswered: string;
  readonly notApplicable: string;
  readonly change: string;
  readonly send: string;
  readonly sending: string;
  readonly doneHeading: string;
  readonly answeredOf: (answered: string, total: string) => string;
  readonly notApplicableCount: (count: string) => string;
  readonly nowCount: (count: string) => string;
  readonly profileLink: (name: string) => string;
  readonly resultsLink: string;
  readonly failed: string;
}

const en: QuestionnaireMessages = {
  title: 'Answer the training-needs questionnaire',
  loading: 'Finding someone who has not answered yet…',
  lead: (name, role, unit, campaign) =>
    `You are answering as ${name}, ${role} in ${unit}, who has not yet answered “${campaign}”. Your answers are saved on this device as you go; you can check them before you send them.`,
  nobody: 'Everyone in the ministry has answered this campaign.',
  closed: (campaign) => `“${campaign}” is closed: it takes no more answers.`,
  counted: (count) => `The results count ${count} self-assessments so far.`,
  checkHeading: 'Check your answers',
  checkLead: (answered, total, notApplicable) =>
    `You have answered ${answered} of ${total} questions, and marked ${notApplicable} not applicable. Questions left blank are not counted.`,
  importance: 'Importance',
  performance: 'Performance',
  notAnswered: 'Not answered',
  notApplicable: 'Not applicable',
  change: 'Change your answers',
  send: 'Send your answers',
  sending: 'Sending your answers…',
  doneHeading: 'Your answers have been received',
  answeredOf: (answered, total) => `You answered ${answered} of ${total} questions.`,
  notApplicableCount: (count) => `You marked ${count} as not applicable.`,
  nowCount: (count) =>
    `Your answers now count: the results draw on ${count} self-assessments, yours included.`,
  profileLink: (name) => `See ${name}’s competency profile`,
  resultsLink: 'See the training-needs results',
  failed: 'Your answers could not be stored:',
};

const fr: QuestionnaireMessages = {
  title: 'Répondre au questionnaire des besoins de formation',
  loading: 'Recherche d’une personne qui n’a pas encore répondu…',
  lead: (name, role, unit, campaign) =>
    `Vous répondez en tant que ${name}, ${role} à ${unit}, qui n’a pas encore répondu à « ${campaign} ». Vos réponses sont enregistrées sur cet appareil au fil de l’eau ; vous pourrez les vérifier avant de les envoyer.`,
  nobody: 'Tout le ministère a répondu à cette campagne.',
  closed: (campaign) => `« ${campaign} » est close : elle n’accepte plus de réponses.`,
  counted: (count) => `Les résultats comptent ${count} auto-évaluations à ce jour.`,
  checkHeading: 'Vérifiez vos réponses',
  checkLead: (answered, total, notApplicable) =>
    `Vous avez répondu à ${answered} questions sur ${total} et en avez marqué ${notApplicable} comme sans objet. Les questions laissées vides ne sont pas comptées.`,
  importance: 'Importance',
  performance: 'Maîtrise',
  notAnswered: 'Sans réponse',
  notApplicable: 'Sans objet',
  change: 'Modifier vos réponses',
  send: 'Envoyer vos réponses',
  sending: 'Envoi de vos réponses…',
  doneHeading: 'Vos réponses ont été reçues',
  answeredOf: (answered, total) => `Vous avez répondu à ${answered} questions sur ${total}.`,
  notApplicableCount: (count) => `Vous en avez marqué ${count} comme sans objet.`,
  nowCount: (count) =>
    `Vos réponses comptent désormais : les résultats reposent sur ${count} auto-évaluations, dont la vôtre.`,
  profileLink: (name) => `Voir le profil de compétences de ${name}`,
  resultsLink: 'Voir les résultats des besoins de formation',
  failed: 'Vos réponses n’ont pas pu être enregistrées :',
};

const ar: QuestionnaireMessages = {
  title: 'الإجابة عن استبيان الاحتياجات التدريبية',
  loading: 'جارٍ البحث عن شخص لم يُجب بعد…',
  lead: (name, role, unit, campaign) =>
    `أنتم تجيبون بصفتكم ${name}، ${role} في ${unit}، الذي لم يُجب بعد عن «${campaign}». تُحفظ إجاباتكم على هذا الجهاز أولًا بأول، ويمكنكم مراجعتها قبل إرسالها.`,
  nobody: 'أجاب جميع موظفي الوزارة عن هذه الحملة.',
  closed: (campaign) => `«${campaign}» مغلقة: لم تعد تقبل إجابات.`,
  counted: (count) => `تحتسب النتائج حتى الآن ${count} تقييمًا ذاتيًا.`,
  checkHeading: 'راجعوا إجاباتكم',
  checkLead: (answered, total, notApplicable) =>
    `أجبتم عن ${answered} من ${total} سؤالًا، ووضعتم علامة «لا ينطبق» على ${notApplicable}. لا تُحتسب الأسئلة المتروكة فارغة.`,
  importance: 'الأهمية',
  performance: 'الأداء',
  notAnswered: 'بلا إجابة',
  notApplicable: 'لا ينطبق',
  change: 'تعديل إجاباتكم',
  send: 'إرسال إجاباتكم',
  sending: 'جارٍ إرسال إجاباتكم…',
  doneHeading: 'تم استلام إجاباتكم',
  answeredOf: (answered, total) => `أجبتم عن ${answered} من ${total} سؤالًا.`,
  notApplicableCount: (count) => `وضعتم علامة «لا ينطبق» على ${count}.`,
  nowCount: (count) =>
    `إجاباتكم محتسبة الآن: تستند النتائج إلى ${count} تقييمًا ذاتيًا، منها تقييمكم.`,
  profileLink: (name) => `عرض ملف كفاءات ${name}`,
  resultsLink: 'عرض نتائج الاحتياجات التدريبية',
  failed: 'تعذّر حفظ إجاباتكم:',
};

export const questionnaireMessages: Translations<QuestionnaireMessages> = { en, fr, ar };

/**
 * The questionnaire widget's own strings a respondent reads first, in French and Arabic
 * (English is the widget's default). Error messages for required answers stay English: the demo
 * does not require answers, so they never show.
 */
export const formMessages: Translations<Partial<AssessmentFormMessages>> = {
  // The form's last button leads to the check-your-answers step, not straight to sending.
  en: { submit: 'Check your answers' },
  fr: {
    questionNumber: (number) => `Question ${number}`,
    importance: 'Importance pour le poste',
    performance: 'Maîtrise aujourd’hui',
    notApplicable: 'Sans objet',
    or: 'ou',
    clearAnswer: 'Effacer la réponse',
    clearAnswerContext: (number) => ` à la question ${number}`,
    previous: 'Précédent',
    next: 'Suivant',
    submit: 'Vérifier vos réponses',
    pageOf: (page, pageCount) => `Page ${page} sur ${pageCount}`,
    answeredCount: (answered, total) => `${answered} questions sur ${total} répondues`,
    progressLabel: 'Questions répondues',
    pageTitle: (first, last) =>
      first === last ? `Question ${first}` : `Questions ${first} à ${last}`,
    draftSaved: 'Brouillon enregistré',
    draftSaveFailed:
      'Vos réponses n’ont pas pu être enregistrées sur cet appareil. Gardez cette page ouverte.',
    restoring: 'Chargement de vos réponses enregistrées…',
    loading: 'Chargement du questionnaire…',
  },
  ar: {
    questionNumber: (number) => `السؤال ${number}`,
    importance: 'الأهمية للعمل',
    performance: 'مستوى الأداء اليوم',
    notApplicable: 'لا ينطبق',
    or: 'أو',
    clearAnswer: 'مسح الإجابة',
    clearAnswerContext: (number) => ` عن السؤال ${number}`,
    previous: 'السابق',
    next: 'التالي',
    submit: 'مراجعة إجاباتكم',
    pageOf: (page, pageCount) => `الصفحة ${page} من ${pageCount}`,
    answeredCount: (answered, total) => `أُجيب عن ${answered} من ${total} سؤالًا`,
    progressLabel: 'الأسئلة المجاب عنها',
    pageTitle: (first, last) =>
      first === last ? `السؤال ${first}` : `الأسئلة من ${first} إلى ${last}`,
    draftSaved: 'حُفظت المسودة',
    draftSaveFailed: 'تعذّر حفظ إجاباتكم على هذا الجهاز. أبقوا هذه الصفحة مفتوحة.',
    restoring: 'جارٍ تحميل إجاباتكم المحفوظة…',
    loading: 'جارٍ تحميل الاستبيان…',
  },
};
