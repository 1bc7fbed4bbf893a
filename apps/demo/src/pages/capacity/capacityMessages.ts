import type { Translations } from '../../i18n/locales.js';

type PointOfEntry = 'enablingEnvironment' | 'organisation' | 'individual';
type CoreIssue = 'institutionalArrangements' | 'leadership' | 'knowledge' | 'accountability';

/** The strings of the capacity needs and assets page. */
export interface CapacityMessages {
  readonly title: string;
  readonly working: string;
  /** "the organisation's knowledge": a cross-section in a sentence. */
  readonly crossSection: (pointOfEntry: PointOfEntry, coreIssue: CoreIssue) => string;
  readonly list: (items: readonly string[]) => string;
  readonly largestGap: (
    where: string,
    existing: string,
    desired: string,
    min: string,
    max: string,
  ) => string;
  readonly noGap: string;
  readonly buildOn: (asset: string, covers: string, needed: string) => string;
  readonly noAsset: (needed: string) => string;
  readonly assessmentHeading: string;
  readonly assetsHeading: string;
  readonly assetsDescription: (plan: string) => string;
  readonly maturityLink: string;
  readonly maturityLead: string;
}

const en: CapacityMessages = {
  title: 'Capacity needs and assets',
  working: 'Rolling up the capacity assessment and matching the assets to the training needs…',
  crossSection: (p, c) =>
    ({
      enablingEnvironment: {
        institutionalArrangements: 'the institutional arrangements of the enabling environment',
        leadership: 'the leadership of the enabling environment',
        knowledge: 'the knowledge of the enabling environment',
        accountability: 'the accountability of the enabling environment',
      },
      organisation: {
        institutionalArrangements: 'the organisation’s institutional arrangements',
        leadership: 'the organisation’s leadership',
        knowledge: 'the organisation’s knowledge',
        accountability: 'the organisation’s accountability',
      },
      individual: {
        institutionalArrangements: 'individuals’ institutional arrangements',
        leadership: 'individuals’ leadership',
        knowledge: 'individuals’ knowledge',
        accountability: 'individuals’ accountability',
      },
    })[p][c],
  list: (items) => new Intl.ListFormat('en', { type: 'conjunction' }).format(items),
  largestGap: (where, existing, desired, min, max) =>
    `The largest capacity gap is in ${where}: existing capacity is rated ${existing} against a desired ${desired}, on a scale of ${min} to ${max}.`,
  noGap: 'No part of the assessment has both ratings yet, so no gap can be read.',
  buildOn: (asset, covers, needed) =>
    `The strongest asset to build on is ${asset}: it builds ${covers} of the ${needed} competencies the training-needs analysis ranks most needed.`,
  noAsset: (needed) =>
    `No recorded asset builds any of the ${needed} competencies the training-needs analysis ranks most needed.`,
  assessmentHeading: 'Existing against desired capacity',
  assetsHeading: 'What already exists to build on',
  assetsDescription: (plan) =>
    `Trained people, institutions, communities and materials, matched to the interventions of “${plan}” and to the most needed competencies.`,
  maturityLink: 'Digital maturity of the departments',
  maturityLead:
    'Which departments are most and least digitally mature, and how sure the ranking is:',
};

const fr: CapacityMessages = {
  title: 'Besoins et atouts en capacités',
  working:
    'Agrégation de l’évaluation des capacités et rapprochement des atouts avec les besoins de formation…',
  crossSection: (p, c) =>
    ({
      enablingEnvironment: {
        institutionalArrangements: 'les dispositifs institutionnels de l’environnement favorable',
        leadership: 'le leadership de l’environnement favorable',
        knowledge: 'les connaissances de l’environnement favorable',
        accountability: 'la redevabilité de l’environnement favorable',
      },
      organisation: {
        institutionalArrangements: 'les dispositifs institutionnels de l’organisation',
        leadership: 'le leadership de l’organisation',
        knowledge: 'les connaissances de l’organisation',
        accountability: 'la redevabilité de l’organisation',
      },
      individual: {
        institutionalArrangements: 'les dispositifs institutionnels des individus',
        leadership: 'le leadership des individus',
        knowledge: 'les connaissances des individus',
        accountability: 'la redevabilité des individus',
      },
    })[p][c],
  list: (items) => new Intl.ListFormat('fr', { type: 'conjunction' }).format(items),
  largestGap: (where, existing, desired, min, max) =>
    `Le plus grand écart de capacités concerne ${where} : la capacité existante est notée ${existing} pour une capacité souhaitée de ${desired}, sur une échelle de ${min} à ${max}.`,
  noGap:
    'Aucune partie de l’évaluation n’a encore les deux notes : aucun écart ne peut être calculé.',
  buildOn: (asset, covers, needed) =>
    `L’atout le plus solide sur lequel s’appuyer est « ${asset} » : il développe ${covers} des ${needed} compétences que l’analyse des besoins de formation classe comme les plus nécessaires.`,
  noAsset: (needed) =>
    `Aucun atout recensé ne développe l’une des ${needed} compétences que l’analyse des besoins de formation classe comme les plus nécessaires.`,
  assessmentHeading: 'Capacités existantes et souhaitées',
  assetsHeading: 'Ce qui existe déjà et sur quoi s’appuyer',
  assetsDescription: (plan) =>
    `Personnes formées, établissements, communautés et supports, rapprochés des interventions de « ${plan} » et des compétences les plus nécessaires.`,
  maturityLink: 'Maturité numérique des directions',
  maturityLead:
    'Quelles directions sont les plus et les moins mûres sur le plan numérique, et avec quelle certitude :',
};

const ar: CapacityMessages = {
  title: 'احتياجات القدرات والأصول',
  working: 'جارٍ تجميع تقييم القدرات ومطابقة الأصول مع احتياجات التدريب…',
  crossSection: (p, c) =>
    ({
      enablingEnvironment: {
        institutionalArrangements: 'الترتيبات المؤسسية للبيئة التمكينية',
        leadership: 'قيادة البيئة التمكينية',
        knowledge: 'معارف البيئة التمكينية',
        accountability: 'المساءلة في البيئة التمكينية',
      },
      organisation: {
        institutionalArrangements: 'الترتيبات المؤسسية للمنظمة',
        leadership: 'قيادة المنظمة',
        knowledge: 'معارف المنظمة',
        accountability: 'المساءلة في المنظمة',
      },
      individual: {
        institutionalArrangements: 'الترتيبات المؤسسية على مستوى الأفراد',
        leadership: 'القيادة على مستوى الأفراد',
        knowledge: 'معارف الأفراد',
        accountability: 'المساءلة على مستوى الأفراد',
      },
    })[p][c],
  list: (items) => new Intl.ListFormat('ar', { type: 'conjunction' }).format(items),
  largestGap: (where, existing, desired, min, max) =>
    `أكبر فجوة في القدرات هي في ${where}: القدرة الحالية مقدَّرة بـ ${existing} مقابل ${desired} مرغوبة، على مقياس من ${min} إلى ${max}.`,
  noGap: 'لا يوجد بعدُ جزء من التقييم يحمل التقديرين معًا، فلا يمكن قراءة أي فجوة.',
  buildOn: (asset, covers, needed) =>
    `أقوى أصل يمكن البناء عليه هو «${asset}»: فهو ينمّي ${covers} من الكفاءات الـ${needed} التي يصنّفها تحليل الاحتياجات التدريبية الأكثر حاجةً.`,
  noAsset: (needed) =>
    `لا يوجد أصل مسجَّل ينمّي أيًّا من الكفاءات الـ${needed} التي يصنّفها تحليل الاحتياجات التدريبية الأكثر حاجةً.`,
  assessmentHeading: 'القدرات الحالية مقابل القدرات المرغوبة',
  assetsHeading: 'ما هو موجود ويمكن البناء عليه',
  assetsDescription: (plan) =>
    `الأشخاص المدرَّبون والمؤسسات والمجتمعات والمواد، مطابَقةً مع تدخلات «${plan}» ومع الكفاءات الأكثر حاجةً.`,
  maturityLink: 'النضج الرقمي للإدارات',
  maturityLead: 'أيّ الإدارات هي الأكثر والأقل نضجًا رقميًا، ومدى الثقة في هذا الترتيب:',
};

export const capacityMessages: Translations<CapacityMessages> = { en, fr, ar };
