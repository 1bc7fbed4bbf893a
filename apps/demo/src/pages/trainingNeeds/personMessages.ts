import type { Translations } from '../../i18n/locales.js';

/** The strings of a person's profile page; numbers arrive formatted in the locale. */
export interface PersonMessages {
  readonly title: string;
  readonly working: string;
  readonly noSuchPerson: string;
  readonly notAnswered: (name: string) => string;
  readonly lead: (name: string, below: string, scored: string, largest: string | null) => string;
  readonly allMet: (name: string, scored: string) => string;
  readonly post: (role: string, unit: string) => string;
  readonly submitted: (date: string) => string;
  readonly profileTitle: (name: string) => string;
  readonly profileDescription: (min: string, max: string) => string;
  readonly unitLink: (unit: string) => string;
  readonly questionnaireLink: string;
}

const en: PersonMessages = {
  title: 'Competency profile',
  working: 'Scoring this person’s self-assessment…',
  noSuchPerson:
    'There is no such person in the ministry. Check the address, or start from the questionnaire.',
  notAnswered: (name) =>
    `${name} has not submitted a self-assessment for this campaign yet, so there is no profile to show.`,
  lead: (name, below, scored, largest) =>
    `${name} is below the level their role requires in ${below} of ${scored} scored skills${largest === null ? '' : `; the largest gap is in ${largest}`}.`,
  allMet: (name, scored) =>
    `${name} meets the level their role requires in all ${scored} scored skills.`,
  post: (role, unit) => `${role}, ${unit}.`,
  submitted: (date) => `Self-assessment submitted on ${date}.`,
  profileTitle: (name) => `${name}: self-assessed skills against the role’s required levels`,
  profileDescription: (min, max) =>
    `Each score is the mean of the person’s performance ratings (${min} to ${max}) for that skill, given when at least half its questions were answered; it is compared with the level the role requires, as the results’ gap figures are.`,
  unitLink: (unit) => `Training needs in ${unit}`,
  questionnaireLink: 'Answer the questionnaire',
};

const fr: PersonMessages = {
  title: 'Profil de compétences',
  working: 'Calcul de l’auto-évaluation de cette personne…',
  noSuchPerson:
    'Cette personne n’existe pas dans le ministère. Vérifiez l’adresse, ou partez du questionnaire.',
  notAnswered: (name) =>
    `${name} n’a pas encore envoyé d’auto-évaluation pour cette campagne : il n’y a pas de profil à afficher.`,
  lead: (name, below, scored, largest) =>
    `${name} est sous le niveau requis par son poste dans ${below} des ${scored} compétences notées${largest === null ? '' : ` ; l’écart le plus grand porte sur ${largest}`}.`,
  allMet: (name, scored) =>
    `${name} atteint le niveau requis par son poste dans les ${scored} compétences notées.`,
  post: (role, unit) => `${role}, ${unit}.`,
  submitted: (date) => `Auto-évaluation envoyée le ${date}.`,
  profileTitle: (name) => `${name} : compétences auto-évaluées et niveaux requis par le poste`,
  profileDescription: (min, max) =>
    `Chaque score est la moyenne des notes de maîtrise (${min} à ${max}) de la personne pour la compétence, donnée si au moins la moitié des questions ont reçu une réponse ; il est comparé au niveau requis par le poste, comme dans les écarts des résultats.`,
  unitLink: (unit) => `Besoins de formation : ${unit}`,
  questionnaireLink: 'Répondre au questionnaire',
};

const ar: PersonMessages = {
  title: 'ملف الكفاءات',
  working: 'جارٍ حساب التقييم الذاتي لهذا الشخص…',
  noSuchPerson: 'لا يوجد هذا الشخص في الوزارة. تحققوا من العنوان، أو ابدأوا من الاستبيان.',
  notAnswered: (name) => `لم يرسل ${name} تقييمًا ذاتيًا لهذه الحملة بعد، لذا لا يوجد ملف لعرضه.`,
  lead: (name, below, scored, largest) =>
    `${name} دون المستوى الذي يتطلبه دوره في ${below} من ${scored} مهارة مقيَّمة${largest === null ? '' : `؛ وأكبر فجوة في ${largest}`}.`,
  allMet: (name, scored) =>
    `يبلغ ${name} المستوى الذي يتطلبه دوره في جميع المهارات المقيَّمة (${scored}).`,
  post: (role, unit) => `${role}، ${unit}.`,
  submitted: (date) => `أُرسل التقييم الذاتي في ${date}.`,
  profileTitle: (name) => `${name}: المهارات حسب التقييم الذاتي مقابل المستويات المطلوبة للدور`,
  profileDescription: (min, max) =>
    `كل درجة هي متوسط تقييمات الأداء (${min} إلى ${max}) للشخص في تلك المهارة، وتُعطى إذا أُجيب عن نصف أسئلتها على الأقل؛ وتُقارن بالمستوى الذي يتطلبه الدور كما في فجوات النتائج.`,
  unitLink: (unit) => `الاحتياجات التدريبية في ${unit}`,
  questionnaireLink: 'الإجابة عن الاستبيان',
};

export const personMessages: Translations<PersonMessages> = { en, fr, ar };
