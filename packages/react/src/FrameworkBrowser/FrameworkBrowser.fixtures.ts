import type {
  Competency,
  CompetencyFramework,
  FrameworkArea,
  ProficiencyScale,
} from '@capkit/model';
import { digitalGovernmentFramework, digitalGovernmentScale } from '@capkit/model/reference';
import type { FrameworkBrowserMessages } from './messages.js';

// The reference framework's metadata (scale, status, version), without its description.
const { description: _, ...referenceMetadata } = digitalGovernmentFramework;

/** The reference framework with its areas and competencies taken away. */
export const emptyFramework: CompetencyFramework = {
  ...digitalGovernmentFramework,
  areas: [],
  competencies: [],
};

const arabicLevels: readonly { label: string; descriptor: string }[] = [
  { label: 'الوعي', descriptor: 'يعرف ما تشمله الكفاءة ولماذا تهم، ويتابع النقاش حولها بمساعدة.' },
  { label: 'العمل', descriptor: 'يستخدم الكفاءة في المهام الروتينية مع توجيه من حين لآخر.' },
  {
    label: 'الممارس',
    descriptor: 'يطبق الكفاءة باستقلالية في الأعمال المعقدة ويساعد زملاءه على التحسن.',
  },
  { label: 'الخبير', descriptor: 'يحدد توجه الكفاءة على مستوى المؤسسة ويحل مشكلات غير مسبوقة.' },
];

/** The reference scale with Arabic level names and descriptors added. */
export const arabicScale: ProficiencyScale = {
  ...digitalGovernmentScale,
  label: { ...digitalGovernmentScale.label, ar: 'إتقان الحكومة الرقمية' },
  levels: digitalGovernmentScale.levels.map((level, index) => ({
    ...level,
    label: { ...level.label, ar: arabicLevels[index]?.label ?? level.label.en ?? '' },
    descriptor: {
      ...level.descriptor,
      ar: arabicLevels[index]?.descriptor ?? level.descriptor?.en ?? '',
    },
  })),
};

function arabicCompetency(
  id: string,
  code: string,
  areaId: string,
  en: string,
  ar: string,
  statement: string,
): Competency {
  return {
    id,
    code,
    areaId,
    label: { en, ar },
    statement: { ar: statement },
    scaleId: arabicScale.id,
  };
}

/**
 * A small framework (4 areas, one nested; 6 competencies) labelled in Arabic and English, with
 * statements in Arabic only: for the right-to-left examples.
 */
export const arabicFramework: CompetencyFramework = {
  ...referenceMetadata,
  id: 'capkit-digital-government-ar',
  title: { en: 'Digital government competencies', ar: 'كفاءات الحكومة الرقمية' },
  scales: [arabicScale],
  areas: [
    {
      id: 'infrastructure',
      code: 'DG-1',
      label: { en: 'Digital public infrastructure', ar: 'البنية التحتية الرقمية العامة' },
    },
    {
      id: 'foundational-blocks',
      code: 'DG-1.1',
      label: { en: 'Foundational building blocks', ar: 'اللبنات الأساسية' },
      parentId: 'infrastructure',
    },
    {
      id: 'service-delivery',
      code: 'DG-2',
      label: { en: 'Service design and delivery', ar: 'تصميم الخدمات وتقديمها' },
    },
    { id: 'data', code: 'DG-3', label: { en: 'Data and intelligence', ar: 'البيانات والذكاء' } },
  ] satisfies FrameworkArea[],
  competencies: [
    arabicCompetency(
      'identity',
      'DG-1.1.1',
      'foundational-blocks',
      'Digital identity',
      'الهوية الرقمية',
      'يصمم الخدمات التي تثبت هوية الشخص أو المؤسسة ويتحقق منها، مع مراعاة الخصوصية والشمول.',
    ),
    arabicCompetency(
      'payments',
      'DG-1.1.2',
      'foundational-blocks',
      'Digital payments',
      'المدفوعات الرقمية',
      'يبني طرق الدفع والتحصيل الرقمية بين الناس والحكومة ويشغّلها بشكل قابل للتدقيق.',
    ),
    arabicCompetency(
      'user-research',
      'DG-2.1',
      'service-delivery',
      'User research',
      'بحث المستخدمين',
      'يفهم احتياجات المستخدمين من خلال البحث ويحوّلها إلى قرارات تصميم.',
    ),
    arabicCompetency(
      'accessibility',
      'DG-2.4',
      'service-delivery',
      'Accessibility and inclusion',
      'إتاحة الوصول والشمول',
      'يضمن أن يتمكن الجميع من استخدام الخدمات، بمن فيهم الأشخاص ذوو الإعاقة.',
    ),
    arabicCompetency(
      'data-management',
      'DG-3.1',
      'data',
      'Data management',
      'إدارة البيانات',
      'ينظم البيانات ويحفظها ويحافظ على جودتها طوال دورة حياتها.',
    ),
    arabicCompetency(
      'data-protection',
      'DG-3.5',
      'data',
      'Data protection and privacy',
      'حماية البيانات والخصوصية',
      'يحمي البيانات الشخصية ويطبق قواعد الخصوصية في كل خدمة.',
    ),
  ],
};

/** The browser's strings in Arabic. */
export const arabicMessages: FrameworkBrowserMessages = {
  treeLabel: 'إطار الكفاءات',
  searchLabel: 'ابحث في الكفاءات',
  searchHint: 'ابحث بالرمز أو الاسم أو الوصف.',
  resultCount: (count, query) =>
    count === 0
      ? `لا توجد كفاءات تطابق «${query}».`
      : `عدد الكفاءات المطابقة لـ«${query}»: ${new Intl.NumberFormat('ar').format(count)}.`,
  loading: 'جارٍ تحميل إطار الكفاءات…',
  error: 'تعذّر تحميل إطار الكفاءات. حاول مرة أخرى لاحقًا.',
  empty: 'لا يحتوي هذا الإطار على مجالات أو كفاءات بعد.',
  detailsHeading: 'تفاصيل الكفاءة',
  noSelection: 'اختر كفاءة لعرض وصفها ومستويات إتقانها.',
  area: 'المجال',
  scale: 'مقياس الإتقان',
  proficiencyLevels: 'مستويات الإتقان',
  proficientThreshold: 'عتبة الإتقان: أدنى مستوى يُعدّ متقنًا',
  levelNumber: (value) => `المستوى ${new Intl.NumberFormat('ar').format(value)}`,
  unknownScale: 'مقياس الإتقان لهذه الكفاءة غير موجود في الإطار.',
};

/** The browser's strings in French. */
export const frenchMessages: FrameworkBrowserMessages = {
  treeLabel: 'Référentiel de compétences',
  searchLabel: 'Rechercher une compétence',
  searchHint: 'Recherchez par code, nom ou énoncé.',
  resultCount: (count, query) =>
    count === 0
      ? `Aucune compétence ne correspond à « ${query} ».`
      : count === 1
        ? `1 compétence correspond à « ${query} ».`
        : `${count} compétences correspondent à « ${query} ».`,
  loading: 'Chargement du référentiel de compétences…',
  error: 'Le référentiel de compétences n’a pas pu être chargé. Réessayez plus tard.',
  empty: 'Ce référentiel ne contient encore ni domaine ni compétence.',
  detailsHeading: 'Détails de la compétence',
  noSelection: 'Sélectionnez une compétence pour voir son énoncé et ses niveaux de maîtrise.',
  area: 'Domaine',
  scale: 'Échelle de maîtrise',
  proficiencyLevels: 'Niveaux de maîtrise',
  proficientThreshold: 'Seuil de maîtrise : le niveau le plus bas considéré comme maîtrisé',
  levelNumber: (value) => `Niveau ${value}`,
  unknownScale: 'L’échelle de maîtrise de cette compétence ne figure pas dans le référentiel.',
};

const domains = ['Digital services', 'Data', 'Technology', 'Governance', 'Leadership'];
const stages = ['Strategy', 'Delivery', 'Operations', 'Assurance'];
const facets = ['Foundations', 'Practice', 'Tools', 'Standards', 'Community'];
const skills = [
  'Analysis',
  'Budgeting',
  'Coaching',
  'Documentation',
  'Evaluation',
  'Facilitation',
  'Governance',
  'Hiring',
  'Integration',
  'Journey mapping',
  'Knowledge sharing',
  'Licensing',
  'Monitoring',
  'Negotiation',
  'Onboarding',
  'Prototyping',
  'Quality review',
  'Risk assessment',
  'Security testing',
  'Testing',
  'Usability',
  'Vendor management',
  'Workshops',
  'Experimentation',
  'Zero-trust design',
];

/**
 * A generated framework of `domains × stages × facets` nested areas (5 × 4 × 5, three levels deep)
 * with `perArea` competencies in each innermost area: 500 by default, for performance checks.
 */
export function generateLargeFramework(perArea = 5): CompetencyFramework {
  const areas: FrameworkArea[] = [];
  const competencies: Competency[] = [];
  domains.forEach((domain, d) => {
    const domainId = `domain-${d + 1}`;
    areas.push({ id: domainId, code: `LG-${d + 1}`, label: { en: domain } });
    stages.forEach((stage, s) => {
      const stageId = `${domainId}-stage-${s + 1}`;
      const stageCode = `LG-${d + 1}.${s + 1}`;
      areas.push({ id: stageId, code: stageCode, label: { en: stage }, parentId: domainId });
      facets.forEach((facet, f) => {
        const facetId = `${stageId}-facet-${f + 1}`;
        const facetCode = `${stageCode}.${f + 1}`;
        areas.push({ id: facetId, code: facetCode, label: { en: facet }, parentId: stageId });
        for (let c = 0; c < perArea; c += 1) {
          const skill = skills[(competencies.length * 7) % skills.length] ?? 'Analysis';
          competencies.push({
            id: `${facetId}-competency-${c + 1}`,
            code: `${facetCode}.${c + 1}`,
            label: { en: `${skill} (${domain.toLowerCase()})` },
            statement: {
              en: `Applies ${skill.toLowerCase()} to ${domain.toLowerCase()} work in ${stage.toLowerCase()}, following the team's ${facet.toLowerCase()}.`,
            },
            scaleId: digitalGovernmentScale.id,
            areaId: facetId,
          });
        }
      });
    });
  });
  return {
    ...referenceMetadata,
    id: 'generated-large-framework',
    title: { en: 'Generated framework of 500 competencies' },
    areas,
    competencies,
  };
}
