import type { AssetsInventoryMessages } from '@capkit/react/AssetsInventory';
import type { CapacityAssessmentViewMessages } from '@capkit/react/CapacityAssessmentView';
import type { MaturityIndexChartMessages } from '@capkit/react/MaturityIndexChart';
import type { Translations } from '../../i18n/locales.js';

// The three widgets' first-read strings (summaries, the UNDP dimensions, table headings) in
// French and Arabic; the rest stays in the widgets' English.

const frList = (items: readonly string[]) =>
  new Intl.ListFormat('fr', { type: 'conjunction' }).format(items);
const arList = (items: readonly string[]) =>
  new Intl.ListFormat('ar', { type: 'conjunction' }).format(items);

/** CapacityAssessmentView's first-read strings. */
export const capacityAssessmentMessages: Translations<Partial<CapacityAssessmentViewMessages>> = {
  en: {},
  fr: {
    summary: ({ assessed, rated, large, largest, largestCount, widestFunction }) => {
      if (assessed.value === 0) return 'Aucune capacité n’a encore été évaluée.';
      if (rated.value === 0)
        return 'Aucun croisement n’a encore ses capacités souhaitée et existante notées.';
      if (largest.length === 0)
        return `La capacité existante atteint la capacité souhaitée dans les ${rated.text} croisements notés.`;
      const same = largest.length > 1 && largest.every(({ gap }) => gap === largest[0]?.gap);
      const first = same
        ? largest.length > 4
          ? `${largestCount.text} croisements partagent le plus grand écart, ${largest[0]?.gap ?? ''} points chacun : voir la matrice.`
          : `Combler d’abord les plus grands écarts, ${largest[0]?.gap ?? ''} points chacun : ${frList(largest.map(({ name }) => name))}.`
        : `Combler d’abord les plus grands écarts : ${frList(largest.map(({ name, gap }) => `${name} (${gap} points)`))}.`;
      const share =
        large.value === 0
          ? ' Aucun écart n’est grand.'
          : ` ${large.text} des ${rated.text} croisements notés ${large.value === 1 ? 'présente' : 'présentent'} un grand écart.`;
      const widest =
        widestFunction === null
          ? ''
          : ` Par fonction, l’écart le plus large porte sur « ${widestFunction.name} » (${widestFunction.gap} points).`;
      return `${first}${share}${widest}`;
    },
    pointOfEntry: {
      enablingEnvironment: 'Environnement favorable',
      organisation: 'Organisation',
      individual: 'Individu',
    },
    coreIssue: {
      institutionalArrangements: 'Dispositifs institutionnels',
      leadership: 'Leadership',
      knowledge: 'Connaissances',
      accountability: 'Redevabilité',
    },
    functionalCapacity: {
      engageStakeholders: 'Mobiliser les parties prenantes',
      assessAndEnvision: 'Analyser une situation et définir une vision',
      formulatePolicyAndStrategy: 'Formuler des politiques et des stratégies',
      budgetManageAndImplement: 'Budgétiser, gérer et mettre en œuvre',
      monitorAndEvaluate: 'Suivre et évaluer',
    },
    crossSection: ({ pointOfEntryName, coreIssueName }) =>
      `${coreIssueName} (${pointOfEntryName.toLowerCase()})`,
    severity: {
      large: 'Grand écart',
      moderate: 'Écart modéré',
      small: 'Petit écart',
      none: 'Aucun écart',
      unrated: 'Non noté',
      unassessed: 'Non évalué',
    },
    coreIssueHeading: 'Enjeu central',
    pointOfEntryHeading: 'Point d’entrée',
    functionalCapacityHeading: 'Capacité fonctionnelle',
    desiredHeading: 'Souhaitée',
    existingHeading: 'Existante',
    gapHeading: 'Écart',
    readingHeading: 'Lecture',
    questionsHeading: 'Questions',
    dimensionHeading: 'Dimension',
    viewGroup: 'Afficher en',
    viewChart: 'Matrice',
    viewTable: 'Tableau',
  },
  ar: {
    summary: ({ assessed, rated, large, largest, largestCount, widestFunction }) => {
      if (assessed.value === 0) return 'لم تُقيَّم أي قدرة بعد.';
      if (rated.value === 0) return 'لا يوجد تقاطع قُيّمت فيه القدرة المنشودة والقائمة معًا بعد.';
      if (largest.length === 0)
        return `تبلغ القدرة القائمة القدرة المنشودة في جميع التقاطعات المقيّمة (${rated.text}).`;
      const same = largest.length > 1 && largest.every(({ gap }) => gap === largest[0]?.gap);
      const first = same
        ? largest.length > 4
          ? `تتقاسم ${largestCount.text} تقاطعات أكبر فجوة، ${largest[0]?.gap ?? ''} نقاط لكل منها: انظر المصفوفة.`
          : `ابدأوا بسدّ أكبر الفجوات، ${largest[0]?.gap ?? ''} نقاط لكل منها: ${arList(largest.map(({ name }) => name))}.`
        : `ابدأوا بسدّ أكبر الفجوات: ${arList(largest.map(({ name, gap }) => `${name} (${gap} نقاط)`))}.`;
      const share =
        large.value === 0
          ? ' لا توجد فجوة كبيرة.'
          : ` في ${large.text} من ${rated.text} تقاطعات مقيّمة فجوة كبيرة.`;
      const widest =
        widestFunction === null
          ? ''
          : ` حسب الوظيفة، أوسع فجوة في «${widestFunction.name}» (${widestFunction.gap} نقاط).`;
      return `${first}${share}${widest}`;
    },
    pointOfEntry: {
      enablingEnvironment: 'البيئة التمكينية',
      organisation: 'المؤسسة',
      individual: 'الفرد',
    },
    coreIssue: {
      institutionalArrangements: 'الترتيبات المؤسسية',
      leadership: 'القيادة',
      knowledge: 'المعرفة',
      accountability: 'المساءلة',
    },
    functionalCapacity: {
      engageStakeholders: 'إشراك أصحاب المصلحة',
      assessAndEnvision: 'تقييم الوضع ووضع رؤية',
      formulatePolicyAndStrategy: 'صياغة السياسات والاستراتيجيات',
      budgetManageAndImplement: 'إعداد الميزانية والإدارة والتنفيذ',
      monitorAndEvaluate: 'الرصد والتقييم',
    },
    crossSection: ({ pointOfEntryName, coreIssueName }) => `${coreIssueName} (${pointOfEntryName})`,
    severity: {
      large: 'فجوة كبيرة',
      moderate: 'فجوة متوسطة',
      small: 'فجوة صغيرة',
      none: 'لا فجوة',
      unrated: 'غير مقيّم بالدرجات',
      unassessed: 'غير مقيّم',
    },
    coreIssueHeading: 'القضية المحورية',
    pointOfEntryHeading: 'نقطة الدخول',
    functionalCapacityHeading: 'القدرة الوظيفية',
    desiredHeading: 'المنشودة',
    existingHeading: 'القائمة',
    gapHeading: 'الفجوة',
    readingHeading: 'القراءة',
    questionsHeading: 'الأسئلة',
    dimensionHeading: 'البُعد',
    viewGroup: 'العرض',
    viewChart: 'مصفوفة',
    viewTable: 'جدول',
  },
};

/** AssetsInventory's first-read strings. */
export const assetsInventoryMessages: Translations<Partial<AssetsInventoryMessages>> = {
  en: {},
  fr: {
    summary: ({ total, covering, needed, uncovered, uncoveredNames }) => {
      const assets = `${total.text} ${total.value <= 1 ? 'atout' : 'atouts'} de capacité`;
      if (needed.value === 0) return `${assets} ; aucune compétence requise à leur opposer.`;
      const first = `${covering.text} des ${assets} ${covering.value <= 1 ? 'développe' : 'développent'} ${needed.value <= 1 ? 'la compétence' : 'des compétences'} dont le plan a besoin.`;
      if (uncovered.value === 0) return `${first} Chaque compétence requise a au moins un atout.`;
      return `${first} Aucun atout ne développe encore ${uncovered.value <= 1 ? '' : `ces ${uncovered.text} compétences : `}${uncoveredNames}.`;
    },
    filtersLabel: 'Filtrer les atouts',
    competencyFilter: 'Compétence',
    kindFilter: 'Type',
    allCompetencies: 'Toutes les compétences',
    allKinds: 'Tous les types',
    assetHeading: 'Atout',
    kindHeading: 'Type',
    viewGroup: 'Afficher en',
    viewChart: 'Fiches',
    viewTable: 'Tableau',
  },
  ar: {
    summary: ({ total, covering, needed, uncovered, uncoveredNames }) => {
      const assets = `أصول القدرات (${total.text})`;
      if (needed.value === 0) return `${assets}؛ ولا توجد كفاءات مطلوبة لمطابقتها بها.`;
      const first = `${covering.text} من ${assets} تبني كفاءات تحتاجها الخطة.`;
      if (uncovered.value === 0) return `${first} لكل كفاءة مطلوبة أصل واحد على الأقل.`;
      return `${first} لا يوجد بعد أصل يبني: ${uncoveredNames}.`;
    },
    filtersLabel: 'تصفية الأصول',
    competencyFilter: 'الكفاءة',
    kindFilter: 'النوع',
    allCompetencies: 'جميع الكفاءات',
    allKinds: 'جميع الأنواع',
    assetHeading: 'الأصل',
    kindHeading: 'النوع',
    viewGroup: 'العرض',
    viewChart: 'بطاقات',
    viewTable: 'جدول',
  },
};

/**
 * MaturityIndexChart's first-read strings. The summary names the choice that moves ranks most
 * only when the worker passes one (it withholds it when no rank intervals overlap).
 */
export const maturityChartMessages: Translations<Partial<MaturityIndexChartMessages>> = {
  en: {},
  fr: {
    summary: ({ total, leaders, swaps, mostInfluential, top }) => {
      if (leaders.length === 0) return `Aucune des ${total.text} directions n’a encore de score.`;
      let lead =
        leaders.length === 1
          ? `${frList(leaders)} est en tête`
          : `${frList(leaders)} partagent la tête`;
      if (swaps !== null)
        lead +=
          swaps.length === 0
            ? ' ; aucun intervalle de rang ne se chevauche, l’ordre tient donc sous les choix testés'
            : ` ; les rangs ${frList(swaps.map(({ from, to }) => `${from} à ${to}`))} pourraient s’échanger : leurs intervalles se chevauchent`;
      const parts = [`${lead}.`];
      if (mostInfluential !== null)
        parts.push(
          `Parmi les choix testés, c’est ${mostInfluential} qui déplace le plus les rangs.`,
        );
      if (top !== null)
        parts.push(
          top.count.value === 0
            ? `Aucune des ${total.text} directions n’atteint le niveau le plus élevé, ${top.name}.`
            : `${top.count.text} des ${total.text} directions ${top.count.value <= 1 ? 'atteint' : 'atteignent'} le niveau le plus élevé, ${top.name}.`,
        );
      return parts.join(' ');
    },
    chartTitle: 'Rang et son intervalle de 5 à 95 %',
    factor: (kind, node) =>
      kind === 'other'
        ? node
        : kind === 'aggregation'
          ? `l’agrégation dans ${node}`
          : {
              weights: 'les pondérations',
              normalisation: 'la normalisation',
              imputation: 'l’imputation',
              treatment: 'le traitement des valeurs aberrantes',
            }[kind],
    rankHeading: 'Rang',
    scoreHeading: 'Score',
    levelHeading: 'Niveau',
    medianHeading: 'Rang médian',
    intervalHeading: 'Intervalle de rang de 5 à 95 %',
    viewGroup: 'Afficher en',
    viewChart: 'Graphique',
    viewTable: 'Tableau',
  },
  ar: {
    summary: ({ total, leaders, swaps, mostInfluential, top }) => {
      if (leaders.length === 0) return `لا توجد درجة بعد لأي من الإدارات (${total.text}).`;
      let lead =
        leaders.length === 1 ? `تتصدّر ${arList(leaders)}` : `تتشارك ${arList(leaders)} الصدارة`;
      if (swaps !== null)
        lead +=
          swaps.length === 0
            ? '؛ ولا تتداخل فترات الرتب، فيبقى الترتيب ثابتًا في ظل الخيارات المختبرة'
            : `؛ وقد تتبادل الرتب ${arList(swaps.map(({ from, to }) => `${from} إلى ${to}`))} مواقعها لتداخل فتراتها`;
      const parts = [`${lead}.`];
      if (mostInfluential !== null) parts.push(`الخيار الأكثر تحريكًا للرتب: ${mostInfluential}.`);
      if (top !== null)
        parts.push(
          top.count.value === 0
            ? `لا تبلغ أي إدارة المستوى الأعلى، ${top.name}.`
            : `تبلغ ${top.count.text} من ${total.text} إدارات المستوى الأعلى، ${top.name}.`,
        );
      return parts.join(' ');
    },
    chartTitle: 'الرتبة وفترتها من 5 إلى 95٪',
    factor: (kind, node) =>
      kind === 'other'
        ? node
        : kind === 'aggregation'
          ? `طريقة التجميع في ${node}`
          : {
              weights: 'الأوزان',
              normalisation: 'طريقة التطبيع',
              imputation: 'تعويض القيم الناقصة',
              treatment: 'معالجة القيم الشاذة',
            }[kind],
    rankHeading: 'الرتبة',
    scoreHeading: 'الدرجة',
    levelHeading: 'المستوى',
    medianHeading: 'الرتبة الوسيطة',
    intervalHeading: 'فترة الرتبة من 5 إلى 95٪',
    viewGroup: 'العرض',
    viewChart: 'رسم بياني',
    viewTable: 'جدول',
  },
};
