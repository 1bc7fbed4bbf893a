import type { BudgetSummaryMessages } from '@capkit/react/BudgetSummary';
import type { PlanExplanationMessages } from '@capkit/react/PlanExplanation';
import type { PlanTimelineMessages } from '@capkit/react/PlanTimeline';
import type { Translations } from '../../i18n/locales.js';

// The three widgets' first-read strings (summaries, titles, headings, the reasons) in French and
// Arabic; the rest stays in the widgets' English.

type Count = { readonly value: number; readonly text: string };
const fr = (n: Count, one: string, other: string) => `${n.text} ${n.value <= 1 ? one : other}`;

/** PlanExplanation's first-read strings. */
export const planExplanationMessages: Translations<Partial<PlanExplanationMessages>> = {
  en: {},
  fr: {
    summary: ({ funded, catalogue, cost, budget, shareClosed, leftMost }) =>
      `Le plan finance ${funded.text} des ${fr(catalogue, 'action', 'actions')} du catalogue pour ${cost} sur ${budget}` +
      (shareClosed === null ? '' : ` et comble ${shareClosed} des points d’écart`) +
      (leftMost === null
        ? ' ; aucun écart ne reste.'
        : ` ; « ${leftMost.name} » reste ${leftMost.partly ? 'en partie non couvert' : 'non couvert'}.`),
    method: ({ method, status, gap, proved, fallback }) => {
      const how =
        method === 'highs'
          ? 'Établi par optimisation exacte (solveur HiGHS).'
          : fallback
            ? 'Établi par la méthode gloutonne, à la place du solveur exact.'
            : 'Établi par la méthode gloutonne, avec une borne prouvée du meilleur possible.';
      if (status === 'infeasible')
        return `${how} Aucun plan ne peut atteindre la couverture minimale demandée.`;
      if (status === 'coverageNotMet')
        return `${how} Ce plan n’atteint pas la couverture minimale demandée ; un autre le pourrait.`;
      if (proved) return `${how} Aucun plan dans le budget ne comble davantage d’écart pondéré.`;
      return gap === null
        ? `${how} On ne sait pas à quelle distance ce plan est du meilleur possible.`
        : `${how} Ce plan est à moins de ${gap} du meilleur possible dans le budget.`;
    },
    costAxis: 'Coût',
    gapAxis: 'Points d’écart comblés',
    tableCaption: (title) => `${title} : actions financées`,
    interventionHeading: 'Action',
    runsHeading: 'Sessions',
    peopleHeading: 'Personnes',
    unitsHeading: 'Unités',
    competenciesHeading: 'Écarts comblés',
    costHeading: 'Coût',
    gapHeading: 'Points d’écart comblés',
    costPerPointHeading: 'Coût par point d’écart',
    unfundedHeading: (count) =>
      count.value <= 1
        ? `${count.text} action non financée`
        : `${count.text} actions non financées`,
    reason: (reason) =>
      ({
        budget: 'Le budget restant ne permet pas une session de plus.',
        seats: 'Plus de place ni de session sur son parcours.',
        notChosen: 'Abordable, mais l’argent comble plus d’écart ailleurs.',
        needsMet: 'Les personnes qu’elle pourrait servir le sont déjà, ou leur écart ne pèse rien.',
        noNeed: 'Personne n’a d’écart dans ce qu’elle enseigne.',
        dateWindow: 'Indisponible pendant la période du plan.',
        prerequisite: 'Un prérequis ne peut pas être organisé.',
        daysPerPerson: 'Demande plus de jours qu’une personne ne peut en donner.',
      })[reason],
    gapsLeftHeading: (count) => `Écarts restants dans ${fr(count, 'compétence', 'compétences')}`,
    allFunded: 'Toutes les actions du catalogue sont financées.',
    loading: 'Chargement du plan…',
    viewGroup: 'Afficher en',
    viewChart: 'Graphique',
    viewTable: 'Tableau',
  },
  ar: {
    summary: ({ funded, catalogue, cost, budget, shareClosed, leftMost }) =>
      `تموّل الخطة ${funded.text} من تدخّلات الدليل البالغ عددها ${catalogue.text}، بتكلفة ${cost} من ${budget}` +
      (shareClosed === null ? '' : ` وتسدّ ${shareClosed} من نقاط الفجوة`) +
      (leftMost === null
        ? '؛ ولا تبقى أي فجوة.'
        : `؛ وتبقى «${leftMost.name}» ${leftMost.partly ? 'غير مغطاة جزئيًا' : 'غير مغطاة'}.`),
    method: ({ method, status, gap, proved, fallback }) => {
      const how =
        method === 'highs'
          ? 'أُعدّت بالتحسين الدقيق (أداة الحل HiGHS).'
          : fallback
            ? 'أُعدّت بالطريقة الجشعة بدلًا من أداة الحل الدقيقة.'
            : 'أُعدّت بالطريقة الجشعة، مع حدّ مُثبت لأفضل ما يمكن.';
      if (status === 'infeasible')
        return `${how} لا يمكن لأي خطة بلوغ الحد الأدنى المطلوب للتغطية.`;
      if (status === 'coverageNotMet')
        return `${how} لا تبلغ هذه الخطة الحد الأدنى المطلوب للتغطية، وقد تبلغه خطة أخرى.`;
      if (proved) return `${how} لا توجد خطة ضمن الميزانية تسدّ فجوة مرجّحة أكبر.`;
      return gap === null
        ? `${how} لا يُعرف مدى بُعد هذه الخطة عن أفضل ما يمكن.`
        : `${how} تبعد هذه الخطة أقل من ${gap} عن أفضل ما يمكن ضمن الميزانية.`;
    },
    costAxis: 'التكلفة',
    gapAxis: 'نقاط الفجوة التي سُدّت',
    tableCaption: (title) => `${title}: التدخّلات المموّلة`,
    interventionHeading: 'التدخّل',
    runsHeading: 'الدورات',
    peopleHeading: 'الأشخاص',
    unitsHeading: 'الوحدات',
    competenciesHeading: 'الفجوات التي يسدّها',
    costHeading: 'التكلفة',
    gapHeading: 'نقاط الفجوة التي سُدّت',
    costPerPointHeading: 'التكلفة لكل نقطة فجوة',
    unfundedHeading: (count) => `تدخّلات غير مموّلة: ${count.text}`,
    reason: (reason) =>
      ({
        budget: 'لا يكفي ما تبقى من الميزانية لدورة أخرى.',
        seats: 'لم يبقَ مقعد ولا دورة في مساره.',
        notChosen: 'تكلفته في المتناول، لكن المال يسدّ فجوة أكبر في مكان آخر.',
        needsMet: 'من يمكنه خدمتهم مخدومون أصلًا، أو لا وزن لفجوتهم.',
        noNeed: 'لا أحد لديه فجوة فيما يعلّمه.',
        dateWindow: 'غير متاح خلال فترة الخطة.',
        prerequisite: 'لا يمكن تنظيم أحد متطلباته المسبقة.',
        daysPerPerson: 'يتطلب أيامًا أكثر مما يستطيع الشخص تخصيصه.',
      })[reason],
    gapsLeftHeading: (count) => `الفجوات المتبقية في الكفاءات: ${count.text}`,
    allFunded: 'جميع تدخّلات الدليل مموّلة.',
    loading: 'جارٍ تحميل الخطة…',
    viewGroup: 'العرض',
    viewChart: 'رسم بياني',
    viewTable: 'جدول',
  },
};

/** PlanTimeline's first-read strings. */
export const planTimelineMessages: Translations<Partial<PlanTimelineMessages>> = {
  en: {},
  fr: {
    summary: ({ total, overdue, atRisk, next }) => {
      const first =
        overdue.value === 0 && atRisk.value === 0
          ? total.value <= 1
            ? 'L’action est en bonne voie, terminée ou annulée'
            : `Aucune des ${total.text} actions n’est en retard ni à risque`
          : [
              overdue.value > 0 ? `${fr(overdue, 'action', 'actions')} en retard` : '',
              atRisk.value > 0 ? `${fr(atRisk, 'action', 'actions')} à risque` : '',
            ]
              .filter(Boolean)
              .join(' et ');
      const then =
        next === null
          ? 'aucune étape n’est à venir'
          : `la prochaine étape est le ${next.date} : ${next.title}`;
      return `${first} ; ${then}.`;
    },
    figureTitle: 'Calendrier du plan',
    zoomGroup: 'Échelle',
    zoom: (zoom) => ({ week: 'Semaines', month: 'Mois', quarter: 'Trimestres' })[zoom],
    listLabel: 'Actions',
    dates: (from, to) => `du ${from} au ${to}`,
    datesHeading: 'Dates',
    stateHeading: 'État',
    milestonesHeading: 'Étapes',
    noMilestones: 'Aucune',
    viewGroup: 'Afficher en',
    viewChart: 'Calendrier',
    viewTable: 'Liste',
  },
  ar: {
    summary: ({ total, overdue, atRisk, next }) => {
      const first =
        overdue.value === 0 && atRisk.value === 0
          ? total.value <= 1
            ? 'التدخّل يسير وفق الخطة أو مكتمل أو ملغى'
            : `لا يوجد بين التدخّلات الـ${total.text} تدخّل متأخر أو معرّض للخطر`
          : [
              overdue.value > 0 ? `تدخّلات متأخرة: ${overdue.text}` : '',
              atRisk.value > 0 ? `تدخّلات معرّضة للخطر: ${atRisk.text}` : '',
            ]
              .filter(Boolean)
              .join('، ');
      const then =
        next === null ? 'ولا توجد مرحلة قادمة' : `والمرحلة التالية في ${next.date}: ${next.title}`;
      return `${first}؛ ${then}.`;
    },
    figureTitle: 'الجدول الزمني للخطة',
    zoomGroup: 'المقياس',
    zoom: (zoom) => ({ week: 'أسابيع', month: 'أشهر', quarter: 'أرباع السنة' })[zoom],
    listLabel: 'التدخّلات',
    dates: (from, to) => `من ${from} إلى ${to}`,
    datesHeading: 'التواريخ',
    stateHeading: 'الحالة',
    milestonesHeading: 'المراحل',
    noMilestones: 'لا شيء',
    viewGroup: 'العرض',
    viewChart: 'الجدول الزمني',
    viewTable: 'قائمة',
  },
};

/** BudgetSummary's first-read strings. */
export const budgetSummaryMessages: Translations<Partial<BudgetSummaryMessages>> = {
  en: {},
  fr: {
    summary: ({
      spentShare,
      spent,
      timeShare,
      over,
      obligated,
      budget,
      left,
      overBudget,
      projected,
    }) => {
      const spending =
        spentShare === null
          ? `Vous avez dépensé ${spent}`
          : `Vous avez dépensé ${spentShare} du budget`;
      const time =
        timeShare === null
          ? ' avant le début du plan'
          : ` alors que ${timeShare} du temps est écoulé`;
      const overs =
        over.value === 0
          ? 'aucune action ne dépasse son coût prévu'
          : `${fr(over, 'action dépasse son', 'actions dépassent leur')} coût prévu`;
      const bound = overBudget
        ? `${obligated} est engagé ou dépensé : ${left} de plus que le budget de ${budget}.`
        : `${obligated} sur ${budget} est engagé ou dépensé, et il reste ${left}.`;
      const rate =
        projected === null
          ? ''
          : projected.overspend === null
            ? ` Au rythme actuel, le plan coûterait ${projected.total}, dans son budget.`
            : ` Au rythme actuel, le plan coûterait ${projected.total}, soit ${projected.overspend} de plus que son budget.`;
      return `${spending}${time} ; ${overs}. ${bound}${rate}`;
    },
    totalBudget: 'Budget',
    totalPlanned: 'Coût prévu',
    totalObligated: 'Engagé ou dépensé',
    totalLeft: 'Reste',
    chartTitle: 'Budget restant dans le temps',
    legendLeft: 'Budget restant',
    legendPlanned: 'Selon le plan',
    periodHeading: 'Période',
    leftHeading: 'Reste',
    interventionsHeading: 'Prévu, engagé et dépensé par action',
    interventionHeading: 'Action',
    plannedColumn: 'Prévu',
    committedColumn: 'Engagé',
    spentColumn: 'Dépensé',
    gapHeading: 'Coût par point d’écart comblé',
    viewGroup: 'Afficher en',
    viewChart: 'Graphique',
    viewTable: 'Tableau',
  },
  ar: {
    summary: ({
      spentShare,
      spent,
      timeShare,
      over,
      obligated,
      budget,
      left,
      overBudget,
      projected,
    }) => {
      const spending =
        spentShare === null ? `أنفقتم ${spent}` : `أنفقتم ${spentShare} من الميزانية`;
      const time = timeShare === null ? ' قبل بدء الخطة' : ` وقد مضى ${timeShare} من الوقت`;
      const overs =
        over.value === 0
          ? 'ولا يتجاوز أي تدخّل تكلفته المقررة'
          : `وتدخّلات تجاوزت تكلفتها المقررة: ${over.text}`;
      const bound = overBudget
        ? `المبلغ الملتزم به أو المنفق ${obligated}: أي ${left} فوق الميزانية البالغة ${budget}.`
        : `الملتزم به أو المنفق ${obligated} من ${budget}، ويتبقى ${left}.`;
      const rate =
        projected === null
          ? ''
          : projected.overspend === null
            ? ` بالوتيرة الحالية ستكلّف الخطة ${projected.total}، ضمن ميزانيتها.`
            : ` بالوتيرة الحالية ستكلّف الخطة ${projected.total}، أي ${projected.overspend} فوق ميزانيتها.`;
      return `${spending}${time}؛ ${overs}. ${bound}${rate}`;
    },
    totalBudget: 'الميزانية',
    totalPlanned: 'التكلفة المقررة',
    totalObligated: 'الملتزم به أو المنفق',
    totalLeft: 'المتبقي',
    chartTitle: 'الميزانية المتبقية عبر الزمن',
    legendLeft: 'الميزانية المتبقية',
    legendPlanned: 'وفق الخطة',
    periodHeading: 'الفترة',
    leftHeading: 'المتبقي',
    interventionsHeading: 'المقرر والملتزم به والمنفق لكل تدخّل',
    interventionHeading: 'التدخّل',
    plannedColumn: 'المقرر',
    committedColumn: 'الملتزم به',
    spentColumn: 'المنفق',
    gapHeading: 'التكلفة لكل نقطة فجوة تُسدّ',
    viewGroup: 'العرض',
    viewChart: 'رسم بياني',
    viewTable: 'جدول',
  },
};
