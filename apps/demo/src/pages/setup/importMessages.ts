import type { Translations } from '../../i18n/locales.js';

/** The strings of the framework import page, and DataImport's that a CASE file needs said otherwise. */
export interface ImportMessages {
  readonly title: string;
  readonly working: string;
  readonly lead: (frameworks: string) => string;
  readonly alongside: string;
  readonly formatLegend: string;
  readonly caseLabel: string;
  readonly caseHint: string;
  readonly csvLabel: string;
  readonly csvHint: string;
  readonly widgetTitle: { readonly case: string; readonly csv: string };
  readonly widgetDescription: { readonly case: string; readonly csv: string };
  readonly tooLarge: (megabytes: string) => string;
  readonly imported: (title: string) => string;
  readonly browseImported: string;
  readonly back: string;
  /** DataImport's strings for a CASE package, which has items rather than columns. */
  readonly caseWidget: {
    readonly chooseLead: string;
    readonly fileLabel: string;
    readonly fileHint: string;
    readonly noFileChosen: string;
    readonly mappingLead: (items: string, file: string) => string;
    readonly columnHeading: string;
    readonly wholeFile: string;
  };
  readonly csvWidget: {
    readonly chooseLead: string;
    readonly fileHint: string;
  };
  /** Labels of the fields a framework CSV's columns fill. */
  readonly fields: Readonly<Record<string, string>>;
}

const en: ImportMessages = {
  title: 'Import a competency framework',
  working: 'Reading the workspace’s frameworks…',
  lead: (frameworks) =>
    `The workspace has ${frameworks} ${frameworks === '1' ? 'framework' : 'frameworks'}. Choose the file’s format, then the file: nothing changes until you confirm the import.`,
  alongside:
    'The framework is added beside the others. The questionnaire and the role profiles keep the framework they use, so scores and gaps stay as they are.',
  formatLegend: 'What kind of file is it?',
  caseLabel: '1EdTech CASE 1.1 package (JSON)',
  caseHint:
    'As a CASE server or authoring tool exports it: CFDocument, CFItems, CFAssociations, CFRubrics.',
  csvLabel: 'CSV of areas and competencies',
  csvHint:
    'A row per area or competency: type, code, label, statement, parent code. It takes the reference framework’s proficiency scale and the file’s name as its title.',
  widgetTitle: { case: 'Import a CASE package', csv: 'Import a framework CSV' },
  widgetDescription: {
    case: 'Rubrics become proficiency scales; items become areas and competencies.',
    csv: 'Match the file’s columns to the framework’s fields.',
  },
  tooLarge: (megabytes) =>
    `The file is larger than ${megabytes} MB: choose a framework file, not a workspace.`,
  imported: (title) => `${title} is now in the workspace.`,
  browseImported: 'Browse the imported framework',
  back: 'Back to set up',
  caseWidget: {
    chooseLead: 'Choose the CASE package exported from your CASE server or authoring tool.',
    fileLabel: 'CASE package (JSON)',
    fileHint: 'A .json file holding a CFPackage.',
    noFileChosen: 'Choose a CASE package',
    mappingLead: (items, file) =>
      `${file} lists ${items} items. CASE names its own fields, so there are no columns to match: check the items to see what would be imported.`,
    columnHeading: 'Place in the package',
    wholeFile: 'Whole package',
  },
  csvWidget: {
    chooseLead: 'Choose the CSV file of the framework’s areas and competencies.',
    fileHint: 'A .csv file, with the column names in the first row (type, code, label.en…).',
  },
  fields: {
    type: 'Type (area or competency)',
    code: 'Code',
    id: 'Id',
    'label.en': 'Label in English',
    'label.fr': 'Label in French',
    'label.ar': 'Label in Arabic',
    'statement.en': 'Statement in English',
    'statement.fr': 'Statement in French',
    'statement.ar': 'Statement in Arabic',
    'description.en': 'Description in English',
    parentCode: 'Parent area’s code',
    parentId: 'Parent area’s id',
    scaleId: 'Proficiency scale id',
  },
};

const fr: ImportMessages = {
  title: 'Importer un référentiel de compétences',
  working: 'Lecture des référentiels de l’espace de travail…',
  lead: (frameworks) =>
    `L’espace de travail contient ${frameworks} ${frameworks === '1' ? 'référentiel' : 'référentiels'}. Choisissez le format du fichier, puis le fichier : rien ne change tant que vous n’avez pas confirmé l’import.`,
  alongside:
    'Le référentiel s’ajoute aux autres. Le questionnaire et les profils de rôle gardent le référentiel qu’ils utilisent : les scores et les écarts restent inchangés.',
  formatLegend: 'De quel type de fichier s’agit-il ?',
  caseLabel: 'Paquet 1EdTech CASE 1.1 (JSON)',
  caseHint:
    'Tel qu’un serveur ou un outil d’édition CASE l’exporte : CFDocument, CFItems, CFAssociations, CFRubrics.',
  csvLabel: 'CSV de domaines et de compétences',
  csvHint:
    'Une ligne par domaine ou compétence : type, code, libellé, énoncé, code du parent. Il reprend l’échelle de maîtrise du référentiel de référence et prend le nom du fichier pour titre.',
  widgetTitle: { case: 'Importer un paquet CASE', csv: 'Importer un CSV de référentiel' },
  widgetDescription: {
    case: 'Les grilles deviennent des échelles de maîtrise ; les éléments, des domaines et des compétences.',
    csv: 'Faites correspondre les colonnes du fichier aux champs du référentiel.',
  },
  tooLarge: (megabytes) =>
    `Le fichier dépasse ${megabytes} Mo : choisissez un fichier de référentiel, pas un espace de travail.`,
  imported: (title) => `${title} fait désormais partie de l’espace de travail.`,
  browseImported: 'Parcourir le référentiel importé',
  back: 'Retour au paramétrage',
  caseWidget: {
    chooseLead:
      'Choisissez le paquet CASE exporté depuis votre serveur ou votre outil d’édition CASE.',
    fileLabel: 'Paquet CASE (JSON)',
    fileHint: 'Un fichier .json contenant un CFPackage.',
    noFileChosen: 'Choisissez un paquet CASE',
    mappingLead: (items, file) =>
      `${file} contient ${items} éléments. CASE nomme lui-même ses champs, il n’y a donc aucune colonne à faire correspondre : vérifiez les éléments pour voir ce qui serait importé.`,
    columnHeading: 'Emplacement dans le paquet',
    wholeFile: 'Paquet entier',
  },
  csvWidget: {
    chooseLead: 'Choisissez le fichier CSV des domaines et compétences du référentiel.',
    fileHint:
      'Un fichier .csv, avec les noms de colonnes sur la première ligne (type, code, label.en…).',
  },
  fields: {
    type: 'Type (domaine ou compétence)',
    code: 'Code',
    id: 'Identifiant',
    'label.en': 'Libellé en anglais',
    'label.fr': 'Libellé en français',
    'label.ar': 'Libellé en arabe',
    'statement.en': 'Énoncé en anglais',
    'statement.fr': 'Énoncé en français',
    'statement.ar': 'Énoncé en arabe',
    'description.en': 'Description en anglais',
    parentCode: 'Code du domaine parent',
    parentId: 'Identifiant du domaine parent',
    scaleId: 'Identifiant de l’échelle de maîtrise',
  },
};

const ar: ImportMessages = {
  title: 'استيراد إطار كفاءات',
  working: 'جارٍ قراءة أطر مساحة العمل…',
  lead: (frameworks) =>
    `تضم مساحة العمل ${frameworks} من الأطر. اختر صيغة الملف ثم الملف نفسه: لا يتغير شيء قبل أن تؤكد الاستيراد.`,
  alongside:
    'يُضاف الإطار إلى جانب الأطر الأخرى. يحتفظ الاستبيان وملفات الأدوار بالإطار الذي تستخدمه، فتبقى الدرجات والفجوات كما هي.',
  formatLegend: 'ما نوع الملف؟',
  caseLabel: 'حزمة 1EdTech CASE 1.1 ‏(JSON)',
  caseHint: 'كما يصدّرها خادم CASE أو أداة تأليف: CFDocument وCFItems وCFAssociations وCFRubrics.',
  csvLabel: 'ملف CSV للمجالات والكفاءات',
  csvHint:
    'صف لكل مجال أو كفاءة: النوع والرمز والتسمية والبيان ورمز المجال الأصل. ويأخذ سلّم الإتقان من الإطار المرجعي واسمَ الملف عنوانًا له.',
  widgetTitle: { case: 'استيراد حزمة CASE', csv: 'استيراد ملف CSV لإطار' },
  widgetDescription: {
    case: 'تصبح سلالم التقدير سلالم إتقان، وتصبح العناصر مجالات وكفاءات.',
    csv: 'طابق أعمدة الملف مع حقول الإطار.',
  },
  tooLarge: (megabytes) => `حجم الملف يتجاوز ${megabytes} ميغابايت: اختر ملف إطار، لا مساحة عمل.`,
  imported: (title) => `أصبح «${title}» ضمن مساحة العمل.`,
  browseImported: 'تصفّح الإطار المستورد',
  back: 'العودة إلى الإعداد',
  caseWidget: {
    chooseLead: 'اختر حزمة CASE المصدَّرة من خادم CASE أو أداة التأليف لديك.',
    fileLabel: 'حزمة CASE ‏(JSON)',
    fileHint: 'ملف ‎.json يحتوي على CFPackage.',
    noFileChosen: 'اختر حزمة CASE',
    mappingLead: (items, file) =>
      `يضم ${file} ${items} من العناصر. تسمّي CASE حقولها بنفسها، فلا أعمدة للمطابقة: افحص العناصر لترى ما سيُستورد.`,
    columnHeading: 'الموضع في الحزمة',
    wholeFile: 'الحزمة كلها',
  },
  csvWidget: {
    chooseLead: 'اختر ملف CSV لمجالات الإطار وكفاءاته.',
    fileHint: 'ملف ‎.csv، وأسماء الأعمدة في الصف الأول (type وcode وlabel.en…).',
  },
  fields: {
    type: 'النوع (مجال أو كفاءة)',
    code: 'الرمز',
    id: 'المعرّف',
    'label.en': 'التسمية بالإنجليزية',
    'label.fr': 'التسمية بالفرنسية',
    'label.ar': 'التسمية بالعربية',
    'statement.en': 'البيان بالإنجليزية',
    'statement.fr': 'البيان بالفرنسية',
    'statement.ar': 'البيان بالعربية',
    'description.en': 'الوصف بالإنجليزية',
    parentCode: 'رمز المجال الأصل',
    parentId: 'معرّف المجال الأصل',
    scaleId: 'معرّف سلّم الإتقان',
  },
};

export const importMessages: Translations<ImportMessages> = { en, fr, ar };
