import type { Translations } from '../../i18n/locales.js';

/** The strings of the campaign overview (the section root); numbers arrive formatted. */
export interface OverviewMessages {
  readonly title: string;
  readonly working: string;
  readonly lead: (
    responded: string,
    people: string,
    rate: string,
    lowest: string | null,
    lowestRate: string | null,
  ) => string;
  readonly open: (campaign: string, opens: string, closes: string) => string;
  readonly closed: (campaign: string, opens: string, closes: string) => string;
  readonly other: (campaign: string, status: string) => string;
  readonly close: string;
  readonly closing: string;
  readonly closeHint: string;
  readonly closedNow: (date: string) => string;
  readonly failed: string;
  readonly departmentsHeading: string;
  readonly withheldNote: (k: string) => string;
  readonly department: string;
  readonly staff: string;
  readonly answered: string;
  readonly rate: string;
  readonly withheld: (k: string) => string;
  readonly withheldComplement: (k: string) => string;
  readonly ministrySmall: (k: string) => string;
  readonly ministry: string;
  readonly nextHeading: string;
  readonly resultsLink: string;
  readonly questionnaireLink: string;
}

const en: OverviewMessages = {
  title: 'Training needs assessment',
  working: 'Counting the responses…',
  lead: (responded, people, rate, lowest, lowestRate) =>
    `${responded} of ${people} staff (${rate}) have submitted their self-assessment.` +
    (lowest === null
      ? ''
      : ` The lowest response is in ${lowest} (${lowestRate}): remind its staff first.`),
  open: (campaign, opens, closes) =>
    `“${campaign}” opened on ${opens} and is open until ${closes}.`,
  closed: (campaign, opens, closes) =>
    `“${campaign}” ran from ${opens} to ${closes}. It is closed: it takes no more answers.`,
  other: (campaign, status) => `“${campaign}” is ${status}.`,
  close: 'Close the campaign',
  closing: 'Closing the campaign…',
  closeHint:
    'Closing stops any more answers; the results keep the self-assessments already submitted.',
  closedNow: (date) => `The campaign is now closed, as of ${date}.`,
  failed: 'The campaign could not be closed:',
  departmentsHeading: 'Response by department',
  withheldNote: (k) =>
    `A department with fewer than ${k} staff is not shown on its own, so that no one’s answer can be singled out; its staff still count in the ministry’s total.`,
  department: 'Department',
  staff: 'Staff in post',
  answered: 'Submitted',
  rate: 'Response rate',
  withheld: (k) => `Withheld: fewer than ${k} staff`,
  withheldComplement: (k) =>
    `Withheld too: with it shown, the ministry’s total would give away a group of fewer than ${k} staff`,
  ministrySmall: (k) =>
    `The ministry has fewer than ${k} staff in post, too few to show any response figure without singling someone out.`,
  ministry: 'Whole ministry',
  nextHeading: 'Next',
  resultsLink: 'See the training-needs results',
  questionnaireLink: 'Answer the questionnaire as a member of staff',
};

const fr: OverviewMessages = {
  title: 'Évaluation des besoins de formation',
  working: 'Décompte des réponses…',
  lead: (responded, people, rate, lowest, lowestRate) =>
    `${responded} agents sur ${people} (${rate}) ont envoyé leur auto-évaluation.` +
    (lowest === null
      ? ''
      : ` Le taux le plus bas est celui de la direction ${lowest} (${lowestRate}) : relancez d’abord ses agents.`),
  open: (campaign, opens, closes) =>
    `« ${campaign} » est ouverte depuis le ${opens}, jusqu’au ${closes}.`,
  closed: (campaign, opens, closes) =>
    `« ${campaign} » s’est déroulée du ${opens} au ${closes}. Elle est close : elle n’accepte plus de réponses.`,
  other: (campaign, status) => `« ${campaign} » : ${status}.`,
  close: 'Clore la campagne',
  closing: 'Clôture de la campagne…',
  closeHint:
    'La clôture arrête les réponses ; les résultats gardent les auto-évaluations déjà envoyées.',
  closedNow: (date) => `La campagne est close depuis le ${date}.`,
  failed: 'La campagne n’a pas pu être close :',
  departmentsHeading: 'Réponses par direction',
  withheldNote: (k) =>
    `Une direction de moins de ${k} agents n’est pas affichée seule, pour qu’aucune réponse ne puisse être isolée ; ses agents comptent dans le total du ministère.`,
  department: 'Direction',
  staff: 'Agents en poste',
  answered: 'Envoyées',
  rate: 'Taux de réponse',
  withheld: (k) => `Masqué : moins de ${k} agents`,
  withheldComplement: (k) =>
    `Masqué aussi : affiché, le total du ministère révélerait un groupe de moins de ${k} agents`,
  ministrySmall: (k) =>
    `Le ministère compte moins de ${k} agents en poste : trop peu pour afficher un taux de réponse sans désigner quelqu’un.`,
  ministry: 'Tout le ministère',
  nextHeading: 'Ensuite',
  resultsLink: 'Voir les résultats des besoins de formation',
  questionnaireLink: 'Répondre au questionnaire en tant qu’agent',
};

const ar: OverviewMessages = {
  title: 'تقييم الاحتياجات التدريبية',
  working: 'جارٍ عدّ الإجابات…',
  lead: (responded, people, rate, lowest, lowestRate) =>
    `أرسل ${responded} من ${people} موظفًا (${rate}) تقييمهم الذاتي.` +
    (lowest === null ? '' : ` أدنى نسبة استجابة في ${lowest} (${lowestRate}): ذكّروا موظفيها أولًا.`),
  open: (campaign, opens, closes) => `فُتحت «${campaign}» في ${opens} وتبقى مفتوحة حتى ${closes}.`,
  closed: (campaign, opens, closes) =>
    `جرت «${campaign}» من ${opens} إلى ${closes}. وهي مغلقة: لم تعد تقبل إجابات.`,
  other: (campaign, status) => `«${campaign}»: ${status}.`,
  close: 'إغلاق الحملة',
  closing: 'جارٍ إغلاق الحملة…',
  closeHint: 'يوقف الإغلاق تلقي الإجابات؛ وتحتفظ النتائج بالتقييمات الذاتية المرسلة.',
  closedNow: (date) => `أُغلقت الحملة اعتبارًا من ${date}.`,
  failed: 'تعذّر إغلاق الحملة:',
  departmentsHeading: 'الاستجابة حسب الإدارة',
  withheldNote: (k) =>
    `لا تُعرض على حدة أي إدارة تضم أقل من ${k} موظفين، كي لا يمكن تمييز إجابة أي شخص؛ ويُحتسب موظفوها في مجموع الوزارة.`,
  department: 'الإدارة',
  staff: 'الموظفون في مناصبهم',
  answered: 'المرسلة',
  rate: 'نسبة الاستجابة',
  withheld: (k) => `محجوب: أقل من ${k} موظفين`,
  withheldComplement: (k) => `محجوب أيضًا: لو عُرض لكشف مجموع الوزارة مجموعة تضم أقل من ${k} موظفين`,
  ministrySmall: (k) =>
    `تضم الوزارة أقل من ${k} موظفين في مناصبهم، وهو عدد أقل من أن تُعرض معه أي نسبة استجابة دون تمييز أحد.`,
  ministry: 'الوزارة كلها',
  nextHeading: 'الخطوة التالية',
  resultsLink: 'عرض نتائج الاحتياجات التدريبية',
  questionnaireLink: 'الإجابة عن الاستبيان بصفة موظف',
};

export const overviewMessages: Translations<OverviewMessages> = { en, fr, ar };
