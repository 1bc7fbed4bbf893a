import type { Translations } from '../../i18n/locales.js';

/** The strings of the set-up page. */
export interface SetupMessages {
  readonly title: string;
  readonly working: string;
  readonly lead: (people: string, units: string, roles: string) => string;
  readonly frameworkLead: (title: string, competencies: string, areas: string) => string;
  readonly noFramework: string;
  readonly frameworksHeading: string;
  readonly frameworksCaption: string;
  readonly frameworkColumn: string;
  readonly versionColumn: string;
  readonly competenciesColumn: string;
  readonly areasColumn: string;
  readonly usedByColumn: string;
  readonly usedBy: (roles: number, instruments: number, format: (n: number) => string) => string;
  readonly browse: (title: string) => string;
  readonly referenceTag: string;
  readonly whatChanges: string;
  readonly referenceMissing: string;
  readonly addReference: string;
  readonly addingReference: string;
  readonly importHeading: string;
  readonly importBody: string;
  readonly importLink: string;
  readonly organisationHeading: string;
  readonly organisationLink: string;
}

const en: SetupMessages = {
  title: 'Set up the programme',
  working: 'Reading the ministry and its frameworks…',
  lead: (people, units, roles) =>
    `The ministry has ${people} staff in ${units} units and ${roles} roles`,
  frameworkLead: (title, competencies, areas) =>
    `; the roles are measured against the ${title}, with ${competencies} competencies in ${areas} areas.`,
  noFramework: '; no framework is in the workspace yet: add the reference framework or import one.',
  frameworksHeading: 'Competency frameworks',
  frameworksCaption: 'The frameworks in the workspace',
  frameworkColumn: 'Framework',
  versionColumn: 'Version',
  competenciesColumn: 'Competencies',
  areasColumn: 'Areas',
  usedByColumn: 'Used by',
  usedBy: (roles, instruments, format) =>
    roles === 0 && instruments === 0
      ? 'Nothing yet'
      : [
          roles === 0 ? '' : `${format(roles)} ${roles === 1 ? 'role' : 'roles'}`,
          instruments === 0
            ? ''
            : `${format(instruments)} ${instruments === 1 ? 'questionnaire' : 'questionnaires'}`,
        ]
          .filter(Boolean)
          .join(' and '),
  browse: (title) => `Browse ${title}`,
  referenceTag: '(reference framework)',
  whatChanges:
    'An imported framework is added beside the others: the questionnaire and the role profiles keep the framework they name, so no score or gap changes. To assess staff against an imported framework you would need a questionnaire and role profiles (the level each role requires) in its competencies.',
  referenceMissing:
    'The reference framework (capkit digital government) is not in this workspace. You can add it beside the frameworks already here.',
  addReference: 'Add the reference framework',
  addingReference: 'Adding the reference framework…',
  importHeading: 'Import a framework',
  importBody:
    'Bring in a framework from a 1EdTech CASE 1.1 package (JSON) or a CSV of areas and competencies. Nothing changes until you have checked the import and confirmed it.',
  importLink: 'Import a framework from a CASE or CSV file',
  organisationHeading: 'Units, roles and people',
  organisationLink: 'See the units, roles and people',
};

const fr: SetupMessages = {
  title: 'Paramétrer le programme',
  working: 'Lecture du ministère et de ses référentiels…',
  lead: (people, units, roles) =>
    `Le ministère compte ${people} agents répartis dans ${units} unités et ${roles} rôles`,
  frameworkLead: (title, competencies, areas) =>
    ` ; les rôles sont évalués au regard du ${title}, qui compte ${competencies} compétences réparties en ${areas} domaines.`,
  noFramework:
    ' ; aucun référentiel n’est encore dans l’espace de travail : ajoutez le référentiel de référence ou importez-en un.',
  frameworksHeading: 'Référentiels de compétences',
  frameworksCaption: 'Les référentiels de l’espace de travail',
  frameworkColumn: 'Référentiel',
  versionColumn: 'Version',
  competenciesColumn: 'Compétences',
  areasColumn: 'Domaines',
  usedByColumn: 'Utilisé par',
  usedBy: (roles, instruments, format) =>
    roles === 0 && instruments === 0
      ? 'Rien pour l’instant'
      : [
          roles === 0 ? '' : `${format(roles)} ${roles === 1 ? 'rôle' : 'rôles'}`,
          instruments === 0
            ? ''
            : `${format(instruments)} ${instruments === 1 ? 'questionnaire' : 'questionnaires'}`,
        ]
          .filter(Boolean)
          .join(' et '),
  browse: (title) => `Parcourir ${title}`,
  referenceTag: '(référentiel de référence)',
  whatChanges:
    'Un référentiel importé s’ajoute aux autres : le questionnaire et les profils de rôle gardent le référentiel qu’ils désignent, aucun score ni écart ne change donc. Pour évaluer les agents au regard d’un référentiel importé, il faudrait un questionnaire et des profils de rôle (le niveau que chaque rôle exige) portant sur ses compétences.',
  referenceMissing:
    'Le référentiel de référence (capkit, gouvernement numérique) n’est pas dans cet espace de travail. Vous pouvez l’ajouter à côté des référentiels présents.',
  addReference: 'Ajouter le référentiel de référence',
  addingReference: 'Ajout du référentiel de référence…',
  importHeading: 'Importer un référentiel',
  importBody:
    'Importez un référentiel depuis un paquet 1EdTech CASE 1.1 (JSON) ou un fichier CSV de domaines et de compétences. Rien ne change tant que vous n’avez pas vérifié puis confirmé l’import.',
  importLink: 'Importer un référentiel depuis un fichier CASE ou CSV',
  organisationHeading: 'Unités, rôles et agents',
  organisationLink: 'Voir les unités, les rôles et les agents',
};

const ar: SetupMessages = {
  title: 'إعداد البرنامج',
  working: 'جارٍ قراءة بيانات الوزارة وأطر الكفاءات…',
  lead: (people, units, roles) =>
    `يعمل في الوزارة ${people} موظف موزعون على ${units} وحدة و${roles} أدوار`,
  frameworkLead: (title, competencies, areas) =>
    `؛ وتُقاس الأدوار وفق «${title}» الذي يضم ${competencies} كفاءة في ${areas} مجالات.`,
  noFramework: '؛ ولا يوجد بعدُ أي إطار كفاءات في مساحة العمل: أضف الإطار المرجعي أو استورد إطارًا.',
  frameworksHeading: 'أطر الكفاءات',
  frameworksCaption: 'أطر الكفاءات في مساحة العمل',
  frameworkColumn: 'الإطار',
  versionColumn: 'الإصدار',
  competenciesColumn: 'الكفاءات',
  areasColumn: 'المجالات',
  usedByColumn: 'يستخدمه',
  usedBy: (roles, instruments, format) =>
    roles === 0 && instruments === 0
      ? 'لا شيء بعد'
      : [
          roles === 0 ? '' : `${format(roles)} ${roles === 1 ? 'دور' : 'أدوار'}`,
          instruments === 0
            ? ''
            : `${format(instruments)} ${instruments === 1 ? 'استبيان' : 'استبيانات'}`,
        ]
          .filter(Boolean)
          .join(' و'),
  browse: (title) => `تصفّح ${title}`,
  referenceTag: '(الإطار المرجعي)',
  whatChanges:
    'يُضاف الإطار المستورد إلى جانب الأطر الأخرى: يحتفظ الاستبيان وملفات الأدوار بالإطار الذي تشير إليه، فلا تتغير أي درجة أو فجوة. ولتقييم الموظفين وفق إطار مستورد يلزم استبيان وملفات أدوار (المستوى الذي يتطلبه كل دور) مبنية على كفاءاته.',
  referenceMissing:
    'الإطار المرجعي (إطار capkit للحكومة الرقمية) غير موجود في مساحة العمل هذه. يمكنك إضافته إلى جانب الأطر الموجودة.',
  addReference: 'إضافة الإطار المرجعي',
  addingReference: 'جارٍ إضافة الإطار المرجعي…',
  importHeading: 'استيراد إطار',
  importBody:
    'استورد إطارًا من حزمة 1EdTech CASE 1.1 ‏(JSON) أو من ملف CSV للمجالات والكفاءات. لا يتغير شيء قبل أن تراجع الاستيراد وتؤكده.',
  importLink: 'استيراد إطار من ملف CASE أو CSV',
  organisationHeading: 'الوحدات والأدوار والموظفون',
  organisationLink: 'عرض الوحدات والأدوار والموظفين',
};

export const setupMessages: Translations<SetupMessages> = { en, fr, ar };
