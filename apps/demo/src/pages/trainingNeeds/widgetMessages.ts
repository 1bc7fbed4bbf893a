import type { GroupSummaryTableMessages } from '@capkit/react/GroupSummaryTable';
import type { PriorityListMessages } from '@capkit/react/PriorityList';
import type { Translations } from '../../i18n/locales.js';

// The widgets' own strings a reader sees first (summary sentences, table headings) in French and
// Arabic; English is each widget's default. The rest stays in English (see the area's report).

export const groupTableMessages: Translations<Partial<GroupSummaryTableMessages>> = {
  en: {},
  fr: {
    summaryFurthest: ({ group, competency, meanGap, share }) =>
      `${group} est le plus en dessous du niveau requis en ${competency} : un écart moyen de ${meanGap} niveau(x), ${share} de ses membres étant en dessous.`,
    summaryNoneBelow: 'Aucun groupe publié n’est sous le niveau requis.',
    group: 'Groupe',
    competency: 'Compétence',
    status: 'Statut',
    count: 'Personnes',
    mean: 'Moyenne',
    sd: 'Écart type',
    median: 'Médiane',
    meanGap: 'Écart moyen',
    shareBelowRequired: 'Part sous le niveau requis',
    published: 'Publié',
    noResponses: 'Aucune réponse',
    notSet: 'Aucun niveau requis',
    notAvailable: 'Non disponible',
    download: 'Télécharger en CSV',
  },
  ar: {
    summaryFurthest: ({ group, competency, meanGap, share }) =>
      `${group} هي الأبعد عن المستوى المطلوب في ${competency}: متوسط فجوة ${meanGap} مستوى، و${share} من أفرادها دونه.`,
    summaryNoneBelow: 'لا توجد مجموعة منشورة دون المستوى المطلوب.',
    group: 'المجموعة',
    competency: 'المهارة',
    status: 'الحالة',
    count: 'الأشخاص',
    mean: 'المتوسط',
    sd: 'الانحراف المعياري',
    median: 'الوسيط',
    meanGap: 'متوسط الفجوة',
    shareBelowRequired: 'النسبة دون المستوى المطلوب',
    published: 'منشور',
    noResponses: 'لا توجد إجابات',
    notSet: 'لا يوجد مستوى مطلوب',
    notAvailable: 'غير متاح',
    download: 'تنزيل بصيغة CSV',
  },
};

export const priorityListMessages: Translations<Partial<PriorityListMessages>> = {
  en: {},
  fr: {
    rankHeading: 'Rang',
    unitHeading: (by) => (by === 'item' ? 'Question' : 'Compétence'),
    mwdsHeading: 'Écart pondéré (Borich)',
    intervalHeading: (level) => `Intervalle à ${level}`,
    rankHoldsHeading: 'Rang confirmé',
    topKHeading: (k) => `Dans les ${k} premiers`,
    nHeading: () => 'Paires complètes',
  },
  ar: {
    rankHeading: 'الترتيب',
    unitHeading: (by) => (by === 'item' ? 'السؤال' : 'المهارة'),
    mwdsHeading: 'الفجوة الموزونة (بوريتش)',
    intervalHeading: (level) => `مجال الثقة ${level}`,
    rankHoldsHeading: 'ثبات الترتيب',
    topKHeading: (k) => `ضمن أول ${k}`,
    nHeading: () => 'الأزواج الكاملة',
  },
};
