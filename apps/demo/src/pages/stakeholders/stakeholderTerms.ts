import type { Translations } from '../../i18n/locales.js';

/** The register's vocabularies in each language: categories, attitudes, strategies, activity kinds. */
export interface StakeholderTerms {
  readonly category: Readonly<Record<string, string>>;
  readonly attitude: Readonly<Record<string, string>>;
  readonly strategy: Readonly<Record<string, string>>;
  readonly activityKind: Readonly<Record<string, string>>;
}

export const categories = [
  'government',
  'agency',
  'developmentPartner',
  'civilSociety',
  'privateSector',
  'academia',
  'union',
  'other',
] as const;
export const attitudes = ['champion', 'supporter', 'neutral', 'critic', 'blocker'] as const;
export const strategies = ['manageClosely', 'keepSatisfied', 'keepInformed', 'monitor'] as const;
export const activityKinds = [
  'meeting',
  'workshop',
  'briefing',
  'consultation',
  'report',
  'other',
] as const;

export const stakeholderTerms: Translations<StakeholderTerms> = {
  en: {
    category: {
      government: 'Government',
      agency: 'Agency',
      developmentPartner: 'Development partner',
      civilSociety: 'Civil society',
      privateSector: 'Private sector',
      academia: 'Academia',
      union: 'Union',
      other: 'Other',
    },
    attitude: {
      champion: 'Champion',
      supporter: 'Supporter',
      neutral: 'Neutral',
      critic: 'Critic',
      blocker: 'Blocker',
    },
    strategy: {
      manageClosely: 'Manage closely',
      keepSatisfied: 'Keep satisfied',
      keepInformed: 'Keep informed',
      monitor: 'Monitor',
    },
    activityKind: {
      meeting: 'Meeting',
      workshop: 'Workshop',
      briefing: 'Briefing',
      consultation: 'Consultation',
      report: 'Report',
      other: 'Other',
    },
  },
  fr: {
    category: {
      government: 'Administration',
      agency: 'Agence',
      developmentPartner: 'Partenaire de développement',
      civilSociety: 'Société civile',
      privateSector: 'Secteur privé',
      academia: 'Monde universitaire',
      union: 'Syndicat',
      other: 'Autre',
    },
    attitude: {
      champion: 'Moteur',
      supporter: 'Favorable',
      neutral: 'Neutre',
      critic: 'Critique',
      blocker: 'Opposant',
    },
    strategy: {
      manageClosely: 'Gérer de près',
      keepSatisfied: 'Maintenir satisfait',
      keepInformed: 'Tenir informé',
      monitor: 'Surveiller',
    },
    activityKind: {
      meeting: 'Réunion',
      workshop: 'Atelier',
      briefing: 'Note d’information',
      consultation: 'Consultation',
      report: 'Rapport',
      other: 'Autre',
    },
  },
  ar: {
    category: {
      government: 'جهة حكومية',
      agency: 'هيئة',
      developmentPartner: 'شريك في التنمية',
      civilSociety: 'المجتمع المدني',
      privateSector: 'القطاع الخاص',
      academia: 'الأوساط الأكاديمية',
      union: 'نقابة',
      other: 'أخرى',
    },
    attitude: {
      champion: 'داعم متحمس',
      supporter: 'مؤيد',
      neutral: 'محايد',
      critic: 'منتقد',
      blocker: 'معارض',
    },
    strategy: {
      manageClosely: 'إدارة عن قرب',
      keepSatisfied: 'الحفاظ على رضاه',
      keepInformed: 'إبقاؤه على اطلاع',
      monitor: 'متابعة',
    },
    activityKind: {
      meeting: 'اجتماع',
      workshop: 'ورشة عمل',
      briefing: 'إحاطة',
      consultation: 'مشاورة',
      report: 'تقرير',
      other: 'أخرى',
    },
  },
};
