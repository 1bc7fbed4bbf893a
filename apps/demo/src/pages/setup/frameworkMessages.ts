import type { Translations } from '../../i18n/locales.js';

/** The strings of the framework page. */
export interface FrameworkMessages {
  readonly title: string;
  readonly working: string;
  readonly lead: (title: string, competencies: string, areas: string, scales: string) => string;
  readonly usedBy: (roles: string, instruments: string) => string;
  readonly unused: string;
  readonly chooseLabel: string;
  readonly show: string;
  readonly none: string;
  readonly back: string;
}

const en: FrameworkMessages = {
  title: 'Browse a competency framework',
  working: 'Reading the framework…',
  lead: (title, competencies, areas, scales) =>
    `The ${title} has ${competencies} ${competencies === '1' ? 'competency' : 'competencies'} in ${areas} ${areas === '1' ? 'area' : 'areas'}, rated on ${scales} proficiency ${scales === '1' ? 'scale' : 'scales'}.`,
  usedBy: (roles, instruments) =>
    `${roles} ${roles === '1' ? 'role requires levels' : 'roles require levels'} in it and ${instruments} ${instruments === '1' ? 'questionnaire asks' : 'questionnaires ask'} about it.`,
  unused:
    'No role or questionnaire uses it yet, so it changes no score: it is here to read, compare and build on.',
  chooseLabel: 'Framework',
  show: 'Show this framework',
  none: 'The workspace has no framework yet.',
  back: 'Back to set up',
};

const fr: FrameworkMessages = {
  title: 'Parcourir un référentiel de compétences',
  working: 'Lecture du référentiel…',
  lead: (title, competencies, areas, scales) =>
    `Le ${title} compte ${competencies} ${competencies === '1' ? 'compétence répartie' : 'compétences réparties'} en ${areas} ${areas === '1' ? 'domaine' : 'domaines'}, évaluées sur ${scales} ${scales === '1' ? 'échelle' : 'échelles'} de maîtrise.`,
  usedBy: (roles, instruments) =>
    `${roles} ${roles === '1' ? 'rôle y exige des niveaux' : 'rôles y exigent des niveaux'} et ${instruments} ${instruments === '1' ? 'questionnaire porte' : 'questionnaires portent'} sur lui.`,
  unused:
    'Aucun rôle ni questionnaire ne l’utilise encore, il ne modifie donc aucun score : il est là pour être lu, comparé et enrichi.',
  chooseLabel: 'Référentiel',
  show: 'Afficher ce référentiel',
  none: 'L’espace de travail ne contient encore aucun référentiel.',
  back: 'Retour au paramétrage',
};

const ar: FrameworkMessages = {
  title: 'تصفّح إطار كفاءات',
  working: 'جارٍ قراءة الإطار…',
  lead: (title, competencies, areas, scales) =>
    `يضم «${title}» ${competencies} كفاءة في ${areas} مجالات، تُقيَّم على ${scales} من سلالم الإتقان.`,
  usedBy: (roles, instruments) =>
    `تتطلب ${roles} من الأدوار مستويات فيه، ويتناوله ${instruments} من الاستبيانات.`,
  unused:
    'لا يستخدمه أي دور أو استبيان بعد، فلا يغيّر أي درجة: إنه هنا للقراءة والمقارنة والبناء عليه.',
  chooseLabel: 'الإطار',
  show: 'عرض هذا الإطار',
  none: 'لا يوجد بعدُ أي إطار في مساحة العمل.',
  back: 'العودة إلى الإعداد',
};

export const frameworkMessages: Translations<FrameworkMessages> = { en, fr, ar };
