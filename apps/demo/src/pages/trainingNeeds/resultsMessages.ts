import type { Translations } from '../../i18n/locales.js';

/** The strings of the results and unit pages; numbers arrive formatted in the locale. */
export interface ResultsMessages {
  readonly title: string;
  readonly working: string;
  readonly headline: (
    skill: string,
    where: string | null,
    share: string | null,
    sure: string | null,
    people: string,
  ) => string;
  readonly noHeadline: string;
  readonly basis: (people: string, k: string) => string;
  readonly fewer: (k: string) => string;
  readonly prioritiesHeading: string;
  readonly prioritiesTitle: string;
  readonly prioritiesDescription: string;
  readonly matrixHeading: string;
  readonly matrixTitle: string;
  readonly matrixDescription: string;
  readonly heatmapHeading: string;
  readonly heatmapTitle: string;
  readonly heatmapDescription: (k: string) => string;
  readonly drillLead: string;
  readonly unitsHeading: (skill: string) => string;
  readonly unitsTitle: (skill: string) => string;
  readonly rolesHeading: (skill: string) => string;
  readonly rolesTitle: (skill: string) => string;
  readonly tableDescription: string;
  readonly rolesDescription: string;
  readonly department: string;
  readonly role: string;
  readonly unit: string;
  // Unit page
  readonly unitTitle: string;
  readonly noSuchUnit: string;
  readonly backToResults: string;
  readonly unitLead: (unit: string, skill: string | null, share: string | null) => string;
  readonly unitWithin: string;
  readonly unitHeatmapTitle: (unit: string) => string;
  readonly subUnitsHeading: string;
  readonly roleFilter: string;
  readonly allRoles: string;
  readonly roleNotFound: string;
  readonly roleHeading: (role: string) => string;
  readonly roleLead: (role: string, count: string) => string;
  readonly roleCaveat: (k: string) => string;
  readonly competency: string;
  readonly requiredLevel: string;
  readonly unitMean: string;
  readonly unitBelow: string;
  readonly roleBelow: string;
  readonly withheld: string;
}

const en: ResultsMessages = {
  title: 'Training needs: results',
  working: 'Scoring the self-assessments and resampling them 1,000 times…',
  headline: (skill, where, share, sure, people) =>
    `Train ${skill} first${where === null ? '' : `, starting in ${where}, where ${share} of staff are below the level their role requires`}. ` +
    (sure === null
      ? ''
      : `It ranks first in ${sure} of 1,000 resamples of the ${people} self-assessments.`),
  noHeadline: 'Too few people have answered to rank the training needs.',
  basis: (people, k) =>
    `These figures come from the self-assessments of ${people} people. Each rated how important each skill is to their job and how well they do it today, from 1 to 5. No figure rests on fewer than ${k} people: smaller groups are withheld, and so is anything that would let them be worked out.`,
  fewer: (k) => `fewer than ${k}`,
  prioritiesHeading: 'Priorities',
  prioritiesTitle: 'Skills ranked by training need',
  prioritiesDescription:
    'Borich’s mean weighted discrepancy: the gap between importance and performance, weighted by importance. Higher means more urgent.',
  matrixHeading: 'Importance and performance',
  matrixTitle: 'Importance against performance, per question',
  matrixDescription:
    'Questions in the top-left quadrant matter most and are done least well: train there first.',
  heatmapHeading: 'Gaps by department',
  heatmapTitle: 'Share of staff below their role’s required level, by department',
  heatmapDescription: (k) =>
    `Each department includes its teams. Groups of fewer than ${k} people are withheld.`,
  drillLead: 'See one department’s figures and its teams:',
  unitsHeading: (skill) => `Department results for ${skill}`,
  unitsTitle: (skill) => `${skill}: scores and gaps by department`,
  rolesHeading: (skill) => `Role results for ${skill}`,
  rolesTitle: (skill) => `${skill}: scores and gaps by role`,
  tableDescription:
    'Self-assessed performance from 1 to 5, against the level each person’s role requires.',
  rolesDescription:
    'The same people grouped by role; the unit and role tables are protected together.',
  department: 'Department',
  role: 'Role',
  unit: 'Unit',
  unitTitle: 'Training needs in one unit',
  noSuchUnit: 'There is no such unit in the ministry. Choose one from the results.',
  backToResults: 'Back to the training-needs results',
  unitLead: (unit, skill, share) =>
    skill === null
      ? `No gap figure can be shown for ${unit}: too few people answered.`
      : `In ${unit}, the largest gap is in ${skill}: ${share} of staff are below the level their role requires.`,
  unitWithin: 'Part of',
  unitHeatmapTitle: (unit) => `${unit} and its teams: share below the required level`,
  subUnitsHeading: 'Its teams',
  roleFilter: 'Show the skills a role requires',
  allRoles: 'All roles',
  roleNotFound: 'There is no such role here; all roles are shown.',
  roleHeading: (role) => `What a ${role} needs`,
  roleLead: (role, count) =>
    `A ${role} is required to reach a level in ${count} skills. Beside each: this unit’s figures, and the share of all the ministry’s staff in this role below it.`,
  roleCaveat: (k) =>
    `Figures for this role within this unit alone are not published: they would rest on groups smaller than ${k} people, or let them be worked out.`,
  competency: 'Skill',
  requiredLevel: 'Required level',
  unitMean: 'Unit’s mean score',
  unitBelow: 'Below required in the unit',
  roleBelow: 'Below required in the role, ministry-wide',
  withheld: 'withheld',
};

const fr: ResultsMessages = {
  title: 'Besoins de formation : résultats',
  working: 'Calcul des auto-évaluations et de 1 000 rééchantillonnages…',
  headline: (skill, where, share, sure, people) =>
    `Formez d’abord en ${skill}${where === null ? '' : `, en commençant par ${where}, où ${share} des agents sont sous le niveau requis par leur poste`}. ` +
    (sure === null
      ? ''
      : `Cette compétence arrive en tête dans ${sure} des 1 000 rééchantillonnages des ${people} auto-évaluations.`),
  noHeadline: 'Trop peu de personnes ont répondu pour classer les besoins de formation.',
  basis: (people, k) =>
    `Ces chiffres viennent des auto-évaluations de ${people} personnes. Chacune a noté de 1 à 5 l’importance de chaque compétence pour son poste et sa maîtrise actuelle. Aucun chiffre ne repose sur moins de ${k} personnes : les petits groupes sont masqués, ainsi que tout ce qui permettrait de les retrouver.`,
  fewer: (k) => `moins de ${k}`,
  prioritiesHeading: 'Priorités',
  prioritiesTitle: 'Compétences classées par besoin de formation',
  prioritiesDescription:
    'Écart moyen pondéré de Borich : l’écart entre importance et maîtrise, pondéré par l’importance. Plus il est élevé, plus le besoin est urgent.',
  matrixHeading: 'Importance et maîtrise',
  matrixTitle: 'Importance et maîtrise, par question',
  matrixDescription:
    'Les questions du quadrant en haut à gauche comptent le plus et sont le moins maîtrisées : formez-y d’abord.',
  heatmapHeading: 'Écarts par direction',
  heatmapTitle: 'Part des agents sous le niveau requis par leur poste, par direction',
  heatmapDescription: (k) =>
    `Chaque direction inclut ses équipes. Les groupes de moins de ${k} personnes sont masqués.`,
  drillLead: 'Voir les chiffres d’une direction et de ses équipes :',
  unitsHeading: (skill) => `Résultats par direction : ${skill}`,
  unitsTitle: (skill) => `${skill} : scores et écarts par direction`,
  rolesHeading: (skill) => `Résultats par poste : ${skill}`,
  rolesTitle: (skill) => `${skill} : scores et écarts par poste`,
  tableDescription:
    'Maîtrise auto-évaluée de 1 à 5, comparée au niveau requis par le poste de chacun.',
  rolesDescription:
    'Les mêmes personnes regroupées par poste ; les tableaux par unité et par poste sont protégés ensemble.',
  department: 'Direction',
  role: 'Poste',
  unit: 'Unité',
  unitTitle: 'Besoins de formation d’une unité',
  noSuchUnit: 'Cette unité n’existe pas dans le ministère. Choisissez-en une dans les résultats.',
  backToResults: 'Retour aux résultats des besoins de formation',
  unitLead: (unit, skill, share) =>
    skill === null
      ? `Aucun écart ne peut être affiché pour ${unit} : trop peu de personnes ont répondu.`
      : `Dans l’unité ${unit}, l’écart le plus grand porte sur ${skill} : ${share} des agents sont sous le niveau requis par leur poste.`,
  unitWithin: 'Fait partie de',
  unitHeatmapTitle: (unit) => `${unit} et ses équipes : part sous le niveau requis`,
  subUnitsHeading: 'Ses équipes',
  roleFilter: 'Afficher les compétences requises par un poste',
  allRoles: 'Tous les postes',
  roleNotFound: 'Ce poste n’existe pas ici ; tous les postes sont affichés.',
  roleHeading: (role) => `Ce qu’exige le poste ${role}`,
  roleLead: (role, count) =>
    `Le poste ${role} exige un niveau dans ${count} compétences. En regard de chacune : les chiffres de cette unité, et la part des agents du ministère à ce poste sous le niveau requis.`,
  roleCaveat: (k) =>
    `Les chiffres de ce poste dans cette seule unité ne sont pas publiés : ils reposeraient sur des groupes de moins de ${k} personnes, ou permettraient de les retrouver.`,
  competency: 'Compétence',
  requiredLevel: 'Niveau requis',
  unitMean: 'Score moyen de l’unité',
  unitBelow: 'Sous le niveau requis dans l’unité',
  roleBelow: 'Sous le niveau requis pour ce poste, tout le ministère',
  withheld: 'masqué',
};

const ar: ResultsMessages = {
  title: 'الاحتياجات التدريبية: النتائج',
  working: 'جارٍ حساب التقييمات الذاتية وإعادة المعاينة 1000 مرة…',
  headline: (skill, where, share, sure, people) =>
    `ابدأوا بالتدريب على ${skill}${where === null ? '' : `، بدءًا بـ${where}، حيث ${share} من الموظفين دون المستوى الذي يتطلبه دورهم`}. ` +
    (sure === null
      ? ''
      : `وتأتي هذه المهارة في المرتبة الأولى في ${sure} من 1000 إعادة معاينة لـ${people} تقييمًا ذاتيًا.`),
  noHeadline: 'عدد المجيبين أقل من أن تُرتَّب الاحتياجات التدريبية.',
  basis: (people, k) =>
    `تستند هذه الأرقام إلى التقييمات الذاتية لـ${people} شخصًا. قيّم كل منهم من 1 إلى 5 أهمية كل مهارة لعمله ومدى إتقانه لها اليوم. لا يستند أي رقم إلى أقل من ${k} أشخاص: تُحجب المجموعات الأصغر، وكذلك كل ما قد يكشفها.`,
  fewer: (k) => `أقل من ${k}`,
  prioritiesHeading: 'الأولويات',
  prioritiesTitle: 'المهارات مرتبة حسب الحاجة إلى التدريب',
  prioritiesDescription:
    'متوسط الفجوة الموزونة لبوريتش: الفرق بين الأهمية والأداء، موزونًا بالأهمية. كلما ارتفع كانت الحاجة أشد.',
  matrixHeading: 'الأهمية والأداء',
  matrixTitle: 'الأهمية مقابل الأداء، لكل سؤال',
  matrixDescription: 'الأسئلة في الربع العلوي الأيسر هي الأهم والأضعف أداءً: ابدأوا التدريب بها.',
  heatmapHeading: 'الفجوات حسب الإدارة',
  heatmapTitle: 'نسبة الموظفين دون المستوى المطلوب لدورهم، حسب الإدارة',
  heatmapDescription: (k) => `تشمل كل إدارة فرقها. تُحجب المجموعات التي تقل عن ${k} أشخاص.`,
  drillLead: 'اطّلعوا على أرقام إدارة واحدة وفرقها:',
  unitsHeading: (skill) => `نتائج الإدارات في ${skill}`,
  unitsTitle: (skill) => `${skill}: الدرجات والفجوات حسب الإدارة`,
  rolesHeading: (skill) => `نتائج الأدوار في ${skill}`,
  rolesTitle: (skill) => `${skill}: الدرجات والفجوات حسب الدور`,
  tableDescription: 'الأداء حسب التقييم الذاتي من 1 إلى 5، مقارنة بالمستوى الذي يتطلبه دور كل شخص.',
  rolesDescription: 'الأشخاص أنفسهم مجمّعين حسب الدور؛ جداول الوحدات والأدوار محمية معًا.',
  department: 'الإدارة',
  role: 'الدور',
  unit: 'الوحدة',
  unitTitle: 'الاحتياجات التدريبية في وحدة واحدة',
  noSuchUnit: 'لا توجد وحدة بهذا المعرّف في الوزارة. اختاروا وحدة من النتائج.',
  backToResults: 'العودة إلى نتائج الاحتياجات التدريبية',
  unitLead: (unit, skill, share) =>
    skill === null
      ? `لا يمكن عرض أي فجوة لـ${unit}: عدد المجيبين قليل جدًا.`
      : `في ${unit}، أكبر فجوة في ${skill}: ${share} من الموظفين دون المستوى الذي يتطلبه دورهم.`,
  unitWithin: 'جزء من',
  unitHeatmapTitle: (unit) => `${unit} وفرقها: النسبة دون المستوى المطلوب`,
  subUnitsHeading: 'فرقها',
  roleFilter: 'عرض المهارات التي يتطلبها دور',
  allRoles: 'جميع الأدوار',
  roleNotFound: 'لا يوجد هذا الدور هنا؛ تُعرض جميع الأدوار.',
  roleHeading: (role) => `ما يحتاجه دور ${role}`,
  roleLead: (role, count) =>
    `يتطلب دور ${role} مستوى محددًا في ${count} مهارة. بجانب كل منها: أرقام هذه الوحدة، ونسبة موظفي الوزارة في هذا الدور دون المستوى المطلوب.`,
  roleCaveat: (k) =>
    `لا تُنشر أرقام هذا الدور داخل هذه الوحدة وحدها: لأنها ستستند إلى مجموعات أقل من ${k} أشخاص أو تتيح كشفها.`,
  competency: 'المهارة',
  requiredLevel: 'المستوى المطلوب',
  unitMean: 'متوسط درجة الوحدة',
  unitBelow: 'دون المطلوب في الوحدة',
  roleBelow: 'دون المطلوب في الدور، على مستوى الوزارة',
  withheld: 'محجوب',
};

export const resultsMessages: Translations<ResultsMessages> = { en, fr, ar };
