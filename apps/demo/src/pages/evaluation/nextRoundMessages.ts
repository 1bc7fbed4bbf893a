import type { Translations } from '../../i18n/locales.js';

/** Starting the next round of the cycle. */
export const nextRoundMessages: Translations<{
  title: string;
  notYet: (round: string) => string;
  ready: (last: string, responses: string, next: string) => string;
  scheduled: (round: string, opens: string, closes: string) => string;
  roundsHeading: string;
  round: (number: string, title: string | null, starts: string, ends: string | null) => string;
  campaign: (title: string, status: string, answers: string) => string;
  status: (status: string) => string;
  start: (round: string) => string;
  starting: string;
  progress: string;
  startHint: (round: string) => string;
  failed: string;
  nextHeading: string;
  whatNext: string;
  toTrainingNeeds: string;
  toEvaluation: string;
}> = {
  en: {
    title: 'Go round again: start the next round',
    notYet: (round) =>
      `Round ${round} has not been collected and closed yet, so the next round cannot start. Collect it on the evaluation page first.`,
    ready: (last, responses, next) =>
      `Round ${last} is closed with ${responses} self-assessments, so the evaluation is complete: start round ${next} to schedule the next training-needs assessment a year on.`,
    scheduled: (round, opens, closes) =>
      `Round ${round} is scheduled: its training-needs assessment opens on ${opens} and closes on ${closes}.`,
    roundsHeading: 'The programme’s rounds',
    round: (number, title, starts, ends) =>
      `Round ${number}${title === null ? '' : `, ${title}`}: from ${starts}${ends === null ? ', still running' : ` to ${ends}`}.`,
    campaign: (title, status, answers) => `${title}: ${status}, ${answers} self-assessments.`,
    status: (status) =>
      ({
        draft: 'draft',
        scheduled: 'scheduled',
        open: 'open',
        closed: 'closed',
        archived: 'archived',
      })[status] ?? status,
    start: (round) => `Start round ${round}`,
    starting: 'Starting the next round…',
    progress: 'Adding the round and its campaign, and checking the workspace…',
    startHint: (round) =>
      `This ends the current round the day before round ${round} starts, adds round ${round} to the programme and schedules its assessment, same questionnaire, same staff, 52 weeks after the last one.`,
    failed: 'The next round could not be started.',
    nextHeading: 'What happens next',
    whatNext:
      'When the new campaign opens, staff answer the same questionnaire. Its results show the training needs that remain; plan the response to them, run it, and evaluate again.',
    toTrainingNeeds: 'Go to the training needs',
    toEvaluation: 'Back to the evaluation',
  },
  fr: {
    title: 'Recommencer : lancer le cycle suivant',
    notYet: (round) =>
      `Le cycle ${round} n’a pas encore été recueilli et clos : le cycle suivant ne peut pas commencer. Recueillez-le d’abord sur la page de l’évaluation.`,
    ready: (last, responses, next) =>
      `Le cycle ${last} est clos avec ${responses} auto-évaluations : l’évaluation est complète. Lancez le cycle ${next} pour programmer la prochaine évaluation des besoins de formation, un an plus tard.`,
    scheduled: (round, opens, closes) =>
      `Le cycle ${round} est programmé : son évaluation des besoins de formation ouvre le ${opens} et ferme le ${closes}.`,
    roundsHeading: 'Les cycles du programme',
    round: (number, title, starts, ends) =>
      `Cycle ${number}${title === null ? '' : `, ${title}`} : du ${starts}${ends === null ? ', en cours' : ` au ${ends}`}.`,
    campaign: (title, status, answers) => `${title} : ${status}, ${answers} auto-évaluations.`,
    status: (status) =>
      ({
        draft: 'brouillon',
        scheduled: 'programmée',
        open: 'ouverte',
        closed: 'close',
        archived: 'archivée',
      })[status] ?? status,
    start: (round) => `Lancer le cycle ${round}`,
    starting: 'Lancement du cycle suivant…',
    progress: 'Ajout du cycle et de sa campagne, et vérification de l’espace de travail…',
    startHint: (round) =>
      `Cela clôt le cycle en cours la veille du début du cycle ${round}, ajoute le cycle ${round} au programme et programme son évaluation (même questionnaire, mêmes agents) 52 semaines après la précédente.`,
    failed: 'Le cycle suivant n’a pas pu être lancé.',
    nextHeading: 'La suite',
    whatNext:
      'À l’ouverture de la nouvelle campagne, les agents répondent au même questionnaire. Ses résultats montrent les besoins de formation qui restent : planifiez la réponse, mettez-la en œuvre, et évaluez à nouveau.',
    toTrainingNeeds: 'Aller aux besoins de formation',
    toEvaluation: 'Retour à l’évaluation',
  },
  ar: {
    title: 'دورة جديدة: ابدأ الجولة التالية',
    notYet: (round) =>
      `لم تُجمع الجولة ${round} ولم تُغلق بعد، لذا لا يمكن بدء الجولة التالية. اجمعها أولًا في صفحة التقييم.`,
    ready: (last, responses, next) =>
      `أُغلقت الجولة ${last} بعد ${responses} تقييمًا ذاتيًا، فاكتمل التقييم: ابدأ الجولة ${next} لجدولة تقييم الاحتياجات التدريبية التالي بعد عام.`,
    scheduled: (round, opens, closes) =>
      `الجولة ${round} مجدولة: يُفتح تقييم الاحتياجات التدريبية الخاص بها في ${opens} ويُغلق في ${closes}.`,
    roundsHeading: 'جولات البرنامج',
    round: (number, title, starts, ends) =>
      `الجولة ${number}${title === null ? '' : `، ${title}`}: من ${starts}${ends === null ? '، ولا تزال جارية' : ` إلى ${ends}`}.`,
    campaign: (title, status, answers) => `${title}: ${status}، ${answers} تقييمًا ذاتيًا.`,
    status: (status) =>
      ({
        draft: 'مسودة',
        scheduled: 'مجدولة',
        open: 'مفتوحة',
        closed: 'مغلقة',
        archived: 'مؤرشفة',
      })[status] ?? status,
    start: (round) => `ابدأ الجولة ${round}`,
    starting: 'جارٍ بدء الجولة التالية…',
    progress: 'جارٍ إضافة الجولة وحملتها والتحقق من مساحة العمل…',
    startHint: (round) =>
      `يؤدي هذا إلى إنهاء الجولة الحالية في اليوم السابق لبدء الجولة ${round}، وإضافة الجولة ${round} إلى البرنامج، وجدولة تقييمها (الاستبيان نفسه والموظفون أنفسهم) بعد 52 أسبوعًا من سابقه.`,
    failed: 'تعذّر بدء الجولة التالية.',
    nextHeading: 'ما التالي',
    whatNext:
      'عند فتح الحملة الجديدة، يجيب الموظفون عن الاستبيان نفسه. تُظهر نتائجه الاحتياجات التدريبية المتبقية: خطّط للاستجابة لها، ونفّذها، ثم قيّم من جديد.',
    toTrainingNeeds: 'انتقل إلى الاحتياجات التدريبية',
    toEvaluation: 'العودة إلى التقييم',
  },
};
