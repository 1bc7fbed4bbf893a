import type { Translations } from '../../i18n/locales.js';
import type { CsvTableName } from './csvTables.js';

export interface DataMessages {
  readonly title: string;
  readonly preparing: string;
  /** The opening sentence: what is stored, where, where it came from, when it was saved. */
  readonly stored: (people: string, units: string, responses: string) => string;
  readonly origin: { readonly sample: string; readonly import: string };
  readonly savedOn: (date: string) => string;
  readonly nothingSent: string;
  readonly exportHeading: string;
  readonly exportJsonIntro: (size: string) => string;
  readonly prepare: string;
  readonly preparingFile: string;
  readonly download: (fileName: string, size: string) => string;
  readonly csvHeading: string;
  readonly csvIntro: string;
  readonly csvTables: Readonly<Record<CsvTableName, (rows: string) => string>>;
  readonly xapiHeading: string;
  readonly xapiIntro: (submitted: string, completions: string) => string;
  readonly badgesHeading: string;
  readonly badges: string;
  readonly importHeading: string;
  readonly importIntro: string;
  readonly chooseFile: string;
  readonly chosen: (name: string, size: string) => string;
  readonly tooBig: (size: string) => string;
  readonly importButton: string;
  readonly reading: (size: string) => string;
  readonly checking: (size: string) => string;
  readonly importFailed: string;
  readonly nothingChanged: string;
  readonly imported: (people: string) => string;
  readonly resetHeading: string;
  readonly resetIntro: string;
  readonly resetButton: string;
  readonly resetConfirm: string;
  readonly resetYes: string;
  readonly resetNo: string;
  readonly resetting: string;
  readonly resetDone: string;
  readonly failed: string;
}

export const dataMessages: Translations<DataMessages> = {
  en: {
    title: 'Data in and out',
    preparing: 'Reading what is stored…',
    stored: (people, units, responses) =>
      `Everything stays in this browser’s storage (IndexedDB) on this device: ${people} people in ${units} units and ${responses} questionnaires.`,
    origin: {
      sample: 'It is the invented sample ministry, made in this browser on your first visit.',
      import: 'It came from a workspace file you imported.',
    },
    savedOn: (date) => `Last saved on ${date}.`,
    nothingSent:
      'Nothing is sent to a server: to move it to another computer, export it and import the file there.',
    exportHeading: 'Export the whole workspace',
    exportJsonIntro: (size) =>
      `One JSON file with everything: the framework, the organisation, the questionnaires, the plans and the evaluation (${size}). It is checked against capkit’s schema when it is imported again.`,
    prepare: 'Prepare the file',
    preparingFile: 'Preparing the file…',
    download: (fileName, size) => `Download ${fileName} (${size})`,
    csvHeading: 'Tables for a spreadsheet (CSV)',
    csvIntro:
      'Each table as capkit’s CSV importer reads it back, so you can edit it in a spreadsheet and bring it in again.',
    csvTables: {
      people: (rows) => `People (${rows} rows)`,
      units: (rows) => `Units (${rows} rows)`,
      roles: (rows) => `Roles and their required levels (${rows} rows)`,
      memberships: (rows) => `Who works where, in which role (${rows} rows)`,
      frameworkItems: (rows) => `The skills framework’s areas and competencies (${rows} rows)`,
    },
    xapiHeading: 'Learning records (xAPI 2.0)',
    xapiIntro: (submitted, completions) =>
      `Statements for a learning record store: ${submitted} submitted questionnaires and ${completions} completions of finished training. People are named only by their pseudonymous staff id.`,
    badgesHeading: 'Open Badges 3.0',
    badges:
      'capkit issues an Open Badge when someone is assessed at a competency level. The sample holds only self-assessments and course test scores, not assessed levels, so there are no badges to issue here yet.',
    importHeading: 'Import a workspace file',
    importIntro:
      'A capkit workspace file (JSON) replaces everything stored here. It is checked first: if anything in it is wrong, nothing changes and you see what is wrong, where.',
    chooseFile: 'Workspace file (JSON)',
    chosen: (name, size) => `${name}, ${size}.`,
    tooBig: (size) => `This file is too big: the limit is ${size}.`,
    importButton: 'Check and import',
    reading: (size) => `Reading the file (${size})…`,
    checking: (size) => `Checking ${size} against capkit’s schema, in the background…`,
    importFailed: 'The file was not imported.',
    nothingChanged: 'Nothing was changed.',
    imported: (people) => `Imported: the workspace now has ${people} people.`,
    resetHeading: 'Start again from the sample',
    resetIntro: 'Replaces everything stored here with the invented sample ministry.',
    resetButton: 'Reset to the sample…',
    resetConfirm:
      'Are you sure? Your changes and any imported data in this browser will be replaced. Export the workspace first if you want to keep them.',
    resetYes: 'Yes, reset to the sample',
    resetNo: 'Cancel',
    resetting: 'Making the sample ministry…',
    resetDone: 'Done: the sample ministry is back.',
    failed: 'This did not work.',
  },
  fr: {
    title: 'Import et export des données',
    preparing: 'Lecture des données enregistrées…',
    stored: (people, units, responses) =>
      `Tout reste dans le stockage de ce navigateur (IndexedDB), sur cet appareil : ${people} personnes dans ${units} unités et ${responses} questionnaires.`,
    origin: {
      sample:
        'Il s’agit du ministère fictif d’exemple, créé dans ce navigateur lors de votre première visite.',
      import: 'Ces données proviennent d’un fichier d’espace de travail que vous avez importé.',
    },
    savedOn: (date) => `Dernier enregistrement le ${date}.`,
    nothingSent:
      'Rien n’est envoyé à un serveur : pour les transférer sur un autre ordinateur, exportez-les puis importez le fichier là-bas.',
    exportHeading: 'Exporter tout l’espace de travail',
    exportJsonIntro: (size) =>
      `Un seul fichier JSON avec tout : le référentiel, l’organisation, les questionnaires, les plans et l’évaluation (${size}). Il est vérifié selon le schéma de capkit lorsqu’il est réimporté.`,
    prepare: 'Préparer le fichier',
    preparingFile: 'Préparation du fichier…',
    download: (fileName, size) => `Télécharger ${fileName} (${size})`,
    csvHeading: 'Tableaux pour un tableur (CSV)',
    csvIntro:
      'Chaque tableau tel que l’importateur CSV de capkit le relit : vous pouvez le modifier dans un tableur et le réimporter.',
    csvTables: {
      people: (rows) => `Personnes (${rows} lignes)`,
      units: (rows) => `Unités (${rows} lignes)`,
      roles: (rows) => `Fonctions et niveaux requis (${rows} lignes)`,
      memberships: (rows) => `Qui travaille où, dans quelle fonction (${rows} lignes)`,
      frameworkItems: (rows) => `Domaines et compétences du référentiel (${rows} lignes)`,
    },
    xapiHeading: 'Traces d’apprentissage (xAPI 2.0)',
    xapiIntro: (submitted, completions) =>
      `Des déclarations pour un entrepôt de traces d’apprentissage (LRS) : ${submitted} questionnaires soumis et ${completions} formations terminées. Les personnes ne sont désignées que par leur matricule pseudonyme.`,
    badgesHeading: 'Open Badges 3.0',
    badges:
      'capkit délivre un Open Badge lorsqu’une personne est évaluée à un niveau de compétence. L’exemple ne contient que des auto-évaluations et des notes de tests de formation, pas de niveaux évalués : il n’y a donc pas encore de badge à délivrer ici.',
    importHeading: 'Importer un fichier d’espace de travail',
    importIntro:
      'Un fichier d’espace de travail capkit (JSON) remplace tout ce qui est enregistré ici. Il est d’abord vérifié : si quelque chose est incorrect, rien ne change et vous voyez ce qui ne va pas, et où.',
    chooseFile: 'Fichier d’espace de travail (JSON)',
    chosen: (name, size) => `${name}, ${size}.`,
    tooBig: (size) => `Ce fichier est trop volumineux : la limite est de ${size}.`,
    importButton: 'Vérifier et importer',
    reading: (size) => `Lecture du fichier (${size})…`,
    checking: (size) => `Vérification de ${size} selon le schéma de capkit, en arrière-plan…`,
    importFailed: 'Le fichier n’a pas été importé.',
    nothingChanged: 'Rien n’a été modifié.',
    imported: (people) => `Importé : l’espace de travail compte maintenant ${people} personnes.`,
    resetHeading: 'Repartir de l’exemple',
    resetIntro: 'Remplace tout ce qui est enregistré ici par le ministère fictif d’exemple.',
    resetButton: 'Revenir à l’exemple…',
    resetConfirm:
      'En êtes-vous sûr ? Vos modifications et les données importées dans ce navigateur seront remplacées. Exportez d’abord l’espace de travail si vous voulez les garder.',
    resetYes: 'Oui, revenir à l’exemple',
    resetNo: 'Annuler',
    resetting: 'Création du ministère d’exemple…',
    resetDone: 'C’est fait : le ministère d’exemple est de retour.',
    failed: 'Cela n’a pas fonctionné.',
  },
  ar: {
    title: 'إدخال البيانات وإخراجها',
    preparing: 'جارٍ قراءة ما هو محفوظ…',
    stored: (people, units, responses) =>
      `يبقى كل شيء في مساحة تخزين هذا المتصفح (IndexedDB) على هذا الجهاز: ${people} شخصًا في ${units} وحدة و${responses} استبيانًا.`,
    origin: {
      sample: 'هذه هي الوزارة النموذجية المتخيَّلة، أُنشئت في هذا المتصفح عند زيارتك الأولى.',
      import: 'جاءت هذه البيانات من ملف مساحة عمل استوردته.',
    },
    savedOn: (date) => `آخر حفظ في ${date}.`,
    nothingSent:
      'لا يُرسَل شيء إلى أي خادم: لنقل البيانات إلى حاسوب آخر، صدِّرها ثم استورد الملف هناك.',
    exportHeading: 'تصدير مساحة العمل كاملة',
    exportJsonIntro: (size) =>
      `ملف JSON واحد يضم كل شيء: الإطار والتنظيم والاستبيانات والخطط والتقييم (${size}). ويُتحقَّق منه وفق مخطط capkit عند استيراده من جديد.`,
    prepare: 'تجهيز الملف',
    preparingFile: 'جارٍ تجهيز الملف…',
    download: (fileName, size) => `تنزيل ${fileName} (${size})`,
    csvHeading: 'جداول لبرنامج جداول البيانات (CSV)',
    csvIntro:
      'كل جدول بالصيغة التي يقرؤها مستورد CSV في capkit، فيمكنك تعديله في برنامج جداول البيانات ثم استيراده من جديد.',
    csvTables: {
      people: (rows) => `الأشخاص (${rows} صفًا)`,
      units: (rows) => `الوحدات (${rows} صفًا)`,
      roles: (rows) => `الوظائف ومستوياتها المطلوبة (${rows} صفًا)`,
      memberships: (rows) => `من يعمل أين وفي أي وظيفة (${rows} صفًا)`,
      frameworkItems: (rows) => `مجالات إطار المهارات وكفاءاته (${rows} صفًا)`,
    },
    xapiHeading: 'سجلات التعلّم (xAPI 2.0)',
    xapiIntro: (submitted, completions) =>
      `بيانات لمخزن سجلات التعلّم: ${submitted} استبيانًا مُرسَلًا و${completions} إتمامًا لتدريبات منتهية. لا يُشار إلى الأشخاص إلا برقمهم الوظيفي المستعار.`,
    badgesHeading: 'الشارات المفتوحة Open Badges 3.0',
    badges:
      'يمنح capkit شارة مفتوحة عندما يُقيَّم شخص عند مستوى كفاءة معيّن. لا يحتوي النموذج إلا على تقييمات ذاتية ودرجات اختبارات الدورات، لا على مستويات مُقيَّمة، لذا لا توجد شارات لمنحها هنا بعد.',
    importHeading: 'استيراد ملف مساحة عمل',
    importIntro:
      'يحلّ ملف مساحة عمل capkit (JSON) محلّ كل ما هو محفوظ هنا. ويُتحقَّق منه أولًا: إن كان فيه خطأ فلن يتغير شيء، وسترى الخطأ وموضعه.',
    chooseFile: 'ملف مساحة العمل (JSON)',
    chosen: (name, size) => `${name}، ${size}.`,
    tooBig: (size) => `هذا الملف كبير جدًا: الحد الأقصى ${size}.`,
    importButton: 'التحقق والاستيراد',
    reading: (size) => `جارٍ قراءة الملف (${size})…`,
    checking: (size) => `جارٍ التحقق من ${size} وفق مخطط capkit في الخلفية…`,
    importFailed: 'لم يُستورَد الملف.',
    nothingChanged: 'لم يتغير شيء.',
    imported: (people) => `تم الاستيراد: تضم مساحة العمل الآن ${people} شخصًا.`,
    resetHeading: 'البدء من جديد بالنموذج',
    resetIntro: 'يستبدل كل ما هو محفوظ هنا بالوزارة النموذجية المتخيَّلة.',
    resetButton: 'إعادة الضبط إلى النموذج…',
    resetConfirm:
      'هل أنت متأكد؟ ستُستبدل تغييراتك وأي بيانات مستوردة في هذا المتصفح. صدِّر مساحة العمل أولًا إن أردت الاحتفاظ بها.',
    resetYes: 'نعم، أعِد الضبط إلى النموذج',
    resetNo: 'إلغاء',
    resetting: 'جارٍ إنشاء الوزارة النموذجية…',
    resetDone: 'تم: عادت الوزارة النموذجية.',
    failed: 'لم تنجح العملية.',
  },
};
