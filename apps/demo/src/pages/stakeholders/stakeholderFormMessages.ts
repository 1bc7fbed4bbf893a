import type { Translations } from '../../i18n/locales.js';

/** The strings of the page that adds or changes a stakeholder and its engagement plan. */
export interface StakeholderFormMessages {
  readonly addTitle: string;
  readonly editTitle: string;
  readonly working: string;
  readonly addLead: string;
  readonly editLead: (name: string, activities: string, strategy: string) => string;
  readonly problemTitle: string;
  readonly nameLabel: string;
  readonly nameHint: string;
  readonly nameMissing: string;
  readonly nameTooLong: string;
  readonly categoryLabel: string;
  readonly powerLegend: string;
  readonly interestLegend: string;
  readonly ratingHint: string;
  readonly powerMissing: string;
  readonly interestMissing: string;
  readonly attitudeLabel: string;
  readonly strategyLabel: string;
  readonly strategyHint: string;
  readonly suggested: (strategy: string) => string;
  readonly saveNew: string;
  readonly saveChanges: string;
  readonly saving: string;
  readonly saved: string;
  readonly planHeading: string;
  readonly planEmpty: string;
  readonly planCaption: (name: string) => string;
  readonly dateColumn: string;
  readonly kindColumn: string;
  readonly summaryColumn: string;
  readonly removeActivity: (summary: string) => string;
  readonly addActivityHeading: string;
  readonly kindLabel: string;
  readonly dateLabel: string;
  readonly dateHint: string;
  readonly dateInvalid: string;
  readonly summaryLabel: string;
  readonly summaryMissing: string;
  readonly addActivity: string;
  readonly removeHeading: string;
  readonly removeBody: string;
  readonly remove: string;
  readonly confirmRemove: (name: string) => string;
  readonly confirmRemoveButton: string;
  readonly cancel: string;
  readonly back: string;
}

const en: StakeholderFormMessages = {
  addTitle: 'Add a stakeholder',
  editTitle: 'Change a stakeholder',
  working: 'Reading the stakeholder…',
  addLead:
    'Say who they are and how much power over, and interest in, the programme they have; the grid suggests how to engage them.',
  editLead: (name, activities, strategy) =>
    `${name} has ${activities} engagement ${activities === '1' ? 'activity' : 'activities'} planned or done, and the strategy is to ${strategy.toLowerCase()}.`,
  problemTitle: 'There is a problem',
  nameLabel: 'Name',
  nameHint: 'The organisation or office, as the programme team knows it.',
  nameMissing: 'Enter the stakeholder’s name',
  nameTooLong: 'The name must be 200 characters or fewer',
  categoryLabel: 'Category',
  powerLegend: 'How strongly can they affect the programme?',
  interestLegend: 'How much do they care about the programme?',
  ratingHint: '1 is low, 5 is high.',
  powerMissing: 'Choose their power, from 1 to 5',
  interestMissing: 'Choose their interest, from 1 to 5',
  attitudeLabel: 'Attitude towards the programme',
  strategyLabel: 'How to engage them',
  strategyHint: 'Leave it to the grid, or choose another strategy.',
  suggested: (strategy) => `As the grid suggests (${strategy})`,
  saveNew: 'Add stakeholder',
  saveChanges: 'Save changes',
  saving: 'Saving…',
  saved: 'Saved.',
  planHeading: 'Engagement plan',
  planEmpty: 'No activity is planned yet.',
  planCaption: (name) => `Engagement activities with ${name}, by date`,
  dateColumn: 'Date',
  kindColumn: 'Kind',
  summaryColumn: 'What',
  removeActivity: (summary) => `Remove “${summary}”`,
  addActivityHeading: 'Add an activity',
  kindLabel: 'Kind of activity',
  dateLabel: 'Date',
  dateHint: 'As year-month-day, for example 2026-09-15.',
  dateInvalid: 'Enter a real date as year-month-day, for example 2026-09-15',
  summaryLabel: 'What is it?',
  summaryMissing: 'Enter what the activity is',
  addActivity: 'Add activity',
  removeHeading: 'Remove from the register',
  removeBody: 'This removes the stakeholder and their engagement plan.',
  remove: 'Remove this stakeholder',
  confirmRemove: (name) => `Remove ${name} and their engagement plan?`,
  confirmRemoveButton: 'Yes, remove',
  cancel: 'Cancel',
  back: 'Back to stakeholders',
};

const fr: StakeholderFormMessages = {
  addTitle: 'Ajouter une partie prenante',
  editTitle: 'Modifier une partie prenante',
  working: 'Lecture de la partie prenante…',
  addLead:
    'Indiquez de qui il s’agit, quel pouvoir elle a sur le programme et quel intérêt elle y porte ; la grille suggère comment la mobiliser.',
  editLead: (name, activities, strategy) =>
    `${name} : ${activities} ${activities === '1' ? 'activité de mobilisation prévue ou réalisée' : 'activités de mobilisation prévues ou réalisées'} ; la stratégie est « ${strategy} ».`,
  problemTitle: 'Il y a un problème',
  nameLabel: 'Nom',
  nameHint: 'L’organisation ou le service, tel que l’équipe du programme le désigne.',
  nameMissing: 'Saisissez le nom de la partie prenante',
  nameTooLong: 'Le nom doit compter 200 caractères au plus',
  categoryLabel: 'Catégorie',
  powerLegend: 'Dans quelle mesure peut-elle influer sur le programme ?',
  interestLegend: 'Quel intérêt porte-t-elle au programme ?',
  ratingHint: '1 est faible, 5 est élevé.',
  powerMissing: 'Choisissez son pouvoir, de 1 à 5',
  interestMissing: 'Choisissez son intérêt, de 1 à 5',
  attitudeLabel: 'Attitude envers le programme',
  strategyLabel: 'Comment la mobiliser',
  strategyHint: 'Laissez la grille décider, ou choisissez une autre stratégie.',
  suggested: (strategy) => `Comme le suggère la grille (${strategy})`,
  saveNew: 'Ajouter la partie prenante',
  saveChanges: 'Enregistrer les modifications',
  saving: 'Enregistrement…',
  saved: 'Enregistré.',
  planHeading: 'Plan de mobilisation',
  planEmpty: 'Aucune activité n’est encore prévue.',
  planCaption: (name) => `Activités de mobilisation avec ${name}, par date`,
  dateColumn: 'Date',
  kindColumn: 'Type',
  summaryColumn: 'Objet',
  removeActivity: (summary) => `Retirer « ${summary} »`,
  addActivityHeading: 'Ajouter une activité',
  kindLabel: 'Type d’activité',
  dateLabel: 'Date',
  dateHint: 'Sous la forme année-mois-jour, par exemple 2026-09-15.',
  dateInvalid: 'Saisissez une date réelle sous la forme année-mois-jour, par exemple 2026-09-15',
  summaryLabel: 'De quoi s’agit-il ?',
  summaryMissing: 'Saisissez l’objet de l’activité',
  addActivity: 'Ajouter l’activité',
  removeHeading: 'Retirer du registre',
  removeBody: 'La partie prenante est retirée avec son plan de mobilisation.',
  remove: 'Retirer cette partie prenante',
  confirmRemove: (name) => `Retirer ${name} et son plan de mobilisation ?`,
  confirmRemoveButton: 'Oui, retirer',
  cancel: 'Annuler',
  back: 'Retour aux parties prenantes',
};

const ar: StakeholderFormMessages = {
  addTitle: 'إضافة صاحب مصلحة',
  editTitle: 'تعديل صاحب مصلحة',
  working: 'جارٍ قراءة بيانات صاحب المصلحة…',
  addLead: 'بيّن من هو، ومدى نفوذه في البرنامج واهتمامه به؛ وتقترح الشبكة طريقة التواصل معه.',
  editLead: (name, activities, strategy) =>
    `لدى «${name}» ${activities} من أنشطة التواصل المخطط لها أو المنجزة، والاستراتيجية المعتمدة: ${strategy}.`,
  problemTitle: 'هناك مشكلة',
  nameLabel: 'الاسم',
  nameHint: 'الجهة أو المكتب، كما يعرفه فريق البرنامج.',
  nameMissing: 'أدخل اسم صاحب المصلحة',
  nameTooLong: 'يجب ألا يزيد الاسم على 200 حرف',
  categoryLabel: 'الفئة',
  powerLegend: 'ما مدى قدرته على التأثير في البرنامج؟',
  interestLegend: 'ما مدى اهتمامه بالبرنامج؟',
  ratingHint: '1 منخفض، و5 مرتفع.',
  powerMissing: 'اختر مدى نفوذه، من 1 إلى 5',
  interestMissing: 'اختر مدى اهتمامه، من 1 إلى 5',
  attitudeLabel: 'موقفه من البرنامج',
  strategyLabel: 'طريقة التواصل معه',
  strategyHint: 'اترك الأمر للشبكة، أو اختر استراتيجية أخرى.',
  suggested: (strategy) => `كما تقترح الشبكة (${strategy})`,
  saveNew: 'إضافة صاحب المصلحة',
  saveChanges: 'حفظ التغييرات',
  saving: 'جارٍ الحفظ…',
  saved: 'تم الحفظ.',
  planHeading: 'خطة التواصل',
  planEmpty: 'لا يوجد نشاط مخطط له بعد.',
  planCaption: (name) => `أنشطة التواصل مع ${name}، حسب التاريخ`,
  dateColumn: 'التاريخ',
  kindColumn: 'النوع',
  summaryColumn: 'الموضوع',
  removeActivity: (summary) => `حذف «${summary}»`,
  addActivityHeading: 'إضافة نشاط',
  kindLabel: 'نوع النشاط',
  dateLabel: 'التاريخ',
  dateHint: 'بصيغة السنة-الشهر-اليوم، مثل 2026-09-15.',
  dateInvalid: 'أدخل تاريخًا صحيحًا بصيغة السنة-الشهر-اليوم، مثل 2026-09-15',
  summaryLabel: 'ما موضوعه؟',
  summaryMissing: 'أدخل موضوع النشاط',
  addActivity: 'إضافة النشاط',
  removeHeading: 'الحذف من السجل',
  removeBody: 'يُحذف صاحب المصلحة مع خطة التواصل الخاصة به.',
  remove: 'حذف صاحب المصلحة هذا',
  confirmRemove: (name) => `هل تريد حذف «${name}» وخطة التواصل الخاصة به؟`,
  confirmRemoveButton: 'نعم، احذف',
  cancel: 'إلغاء',
  back: 'العودة إلى أصحاب المصلحة',
};

export const stakeholderFormMessages: Translations<StakeholderFormMessages> = { en, fr, ar };
