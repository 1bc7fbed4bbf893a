import type { Translations } from '../../i18n/locales.js';

/** The strings of the stakeholders page (the register, its grid and its plans). */
export interface StakeholdersMessages {
  readonly title: string;
  readonly working: string;
  readonly lead: (total: string, closely: string) => string;
  readonly next: (count: string) => string;
  readonly noneNext: string;
  readonly add: string;
  readonly gridTitle: string;
  readonly gridDescription: string;
  readonly registerHeading: string;
  readonly registerCaption: string;
  readonly nameColumn: string;
  readonly categoryColumn: string;
  readonly powerColumn: string;
  readonly interestColumn: string;
  readonly strategyColumn: string;
  readonly changeColumn: string;
  readonly change: string;
  readonly moveFailed: string;
}

const en: StakeholdersMessages = {
  title: 'Stakeholders',
  working: 'Reading the stakeholder register…',
  lead: (total, closely) =>
    `The register holds ${total} stakeholders; ${closely} of them have both high power and high interest, so they are to be managed closely.`,
  next: (count) => `${count} engagement activities are planned from today on.`,
  noneNext: 'No engagement activity is planned from today on: add one to a stakeholder’s plan.',
  add: 'Add a stakeholder',
  gridTitle: 'Power and interest',
  gridDescription:
    'Where each stakeholder sits on the power–interest grid. Move one with the arrow keys to change its power or interest; the change is saved.',
  registerHeading: 'Change the register',
  registerCaption: 'Stakeholders, to change or remove',
  nameColumn: 'Stakeholder',
  categoryColumn: 'Category',
  powerColumn: 'Power (1–5)',
  interestColumn: 'Interest (1–5)',
  strategyColumn: 'Strategy',
  changeColumn: 'Change',
  change: 'Change',
  moveFailed: 'The move could not be saved.',
};

const fr: StakeholdersMessages = {
  title: 'Parties prenantes',
  working: 'Lecture du registre des parties prenantes…',
  lead: (total, closely) =>
    `Le registre compte ${total} parties prenantes ; ${closely} d’entre elles ont à la fois un pouvoir et un intérêt élevés : elles sont à gérer de près.`,
  next: (count) => `${count} activités de mobilisation sont prévues à partir d’aujourd’hui.`,
  noneNext:
    'Aucune activité de mobilisation n’est prévue à partir d’aujourd’hui : ajoutez-en une au plan d’une partie prenante.',
  add: 'Ajouter une partie prenante',
  gridTitle: 'Pouvoir et intérêt',
  gridDescription:
    'La place de chaque partie prenante dans la grille pouvoir–intérêt. Déplacez-en une avec les flèches pour changer son pouvoir ou son intérêt ; le changement est enregistré.',
  registerHeading: 'Modifier le registre',
  registerCaption: 'Parties prenantes, à modifier ou à retirer',
  nameColumn: 'Partie prenante',
  categoryColumn: 'Catégorie',
  powerColumn: 'Pouvoir (1–5)',
  interestColumn: 'Intérêt (1–5)',
  strategyColumn: 'Stratégie',
  changeColumn: 'Modifier',
  change: 'Modifier',
  moveFailed: 'Le déplacement n’a pas pu être enregistré.',
};

const ar: StakeholdersMessages = {
  title: 'أصحاب المصلحة',
  working: 'جارٍ قراءة سجل أصحاب المصلحة…',
  lead: (total, closely) =>
    `يضم السجل ${total} من أصحاب المصلحة؛ لدى ${closely} منهم نفوذ واهتمام مرتفعان معًا، فينبغي إدارتهم عن قرب.`,
  next: (count) => `خُطط لـ${count} من أنشطة التواصل ابتداءً من اليوم.`,
  noneNext: 'لا يوجد نشاط تواصل مخطط له ابتداءً من اليوم: أضف نشاطًا إلى خطة أحد أصحاب المصلحة.',
  add: 'إضافة صاحب مصلحة',
  gridTitle: 'النفوذ والاهتمام',
  gridDescription:
    'موقع كل صاحب مصلحة في شبكة النفوذ والاهتمام. حرّكه بمفاتيح الأسهم لتغيير نفوذه أو اهتمامه؛ ويُحفظ التغيير.',
  registerHeading: 'تعديل السجل',
  registerCaption: 'أصحاب المصلحة، للتعديل أو الحذف',
  nameColumn: 'صاحب المصلحة',
  categoryColumn: 'الفئة',
  powerColumn: 'النفوذ (1–5)',
  interestColumn: 'الاهتمام (1–5)',
  strategyColumn: 'الاستراتيجية',
  changeColumn: 'تعديل',
  change: 'تعديل',
  moveFailed: 'تعذّر حفظ النقل.',
};

export const stakeholdersMessages: Translations<StakeholdersMessages> = { en, fr, ar };
