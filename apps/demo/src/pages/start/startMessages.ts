import type { Translations } from '../../i18n/locales.js';

interface Step {
  readonly to: string;
  readonly title: string;
  readonly body: string;
}

export const startMessages: Translations<{
  title: string;
  lead: string;
  preparing: string;
  ministry: (people: string, units: string, responses: string) => string;
  ownData: string;
  stepsHeading: string;
  steps: readonly Step[];
  aroundHeading: string;
  around: string;
  aroundLink: string;
  developersHeading: string;
  developers: string;
  storybook: string;
}> = {
  en: {
    title: 'Build your civil service’s digital skills',
    lead: 'capkit is an open-source toolkit for running a capacity-development programme: find out which skills your staff need, plan the training that closes the gaps within your budget, and see whether it worked. This demo runs the whole cycle for one invented ministry, in your browser.',
    preparing: 'Preparing the sample ministry…',
    ministry: (people, units, responses) =>
      `The sample Ministry of Digital Services has ${people} staff in ${units} units, and ${responses} answered questionnaires from the first round. Every page uses the same ministry.`,
    ownData: 'Use your own data instead.',
    stepsHeading: 'The cycle, step by step',
    steps: [
      {
        to: '/setup',
        title: '1. Set up',
        body: 'Choose the skills framework, and see the ministry’s units, roles and people.',
      },
      {
        to: '/training-needs',
        title: '2. Find the training needs',
        body: 'Run a skills survey, answer it yourself, and see which skills need training most, unit by unit.',
      },
      {
        to: '/stakeholders',
        title: '3. Engage the stakeholders',
        body: 'Keep the register of who has a say, how much they care, and how you will involve them.',
      },
      {
        to: '/capacity',
        title: '4. Assess capacity and assets',
        body: 'Compare today’s capacity with what is needed, list what you can build on, and rank units by digital maturity.',
      },
      {
        to: '/response',
        title: '5. Plan the response',
        body: 'Let the planner choose the interventions that close the most gap within budget, see why, and adjust.',
      },
      {
        to: '/evaluation',
        title: '6. Evaluate and go round again',
        body: 'Record the second round and follow-ups, see what changed for those trained and those not, and start the next round.',
      },
    ],
    aroundHeading: 'Around the cycle',
    around:
      'A knowledge-management cycle, communities of practice and centres of excellence keep what was learned.',
    aroundLink: 'See knowledge and communities.',
    developersHeading: 'For developers and designers',
    developers:
      'Every screen here is built from capkit’s published packages. Browse each widget, in each look, in the gallery.',
    storybook: 'Open the widget gallery (Storybook).',
  },
  fr: {
    title: 'Développer les compétences numériques de votre fonction publique',
    lead: 'capkit est une boîte à outils libre pour conduire un programme de développement des capacités : savoir de quelles compétences vos agents ont besoin, planifier dans votre budget les formations qui comblent les écarts, et vérifier qu’elles ont porté leurs fruits. Cette démo parcourt tout le cycle pour un ministère fictif, dans votre navigateur.',
    preparing: 'Préparation du ministère fictif…',
    ministry: (people, units, responses) =>
      `Le ministère fictif des Services numériques compte ${people} agents dans ${units} unités, et ${responses} questionnaires remplis lors du premier cycle. Toutes les pages utilisent ce même ministère.`,
    ownData: 'Utiliser plutôt vos propres données.',
    stepsHeading: 'Le cycle, étape par étape',
    steps: [
      {
        to: '/setup',
        title: '1. Configurer',
        body: 'Choisir le référentiel de compétences, et voir les unités, les fonctions et les agents du ministère.',
      },
      {
        to: '/training-needs',
        title: '2. Identifier les besoins de formation',
        body: 'Lancer une enquête de compétences, y répondre vous-même, et voir quelles compétences demandent le plus de formation, unité par unité.',
      },
      {
        to: '/stakeholders',
        title: '3. Mobiliser les parties prenantes',
        body: 'Tenir le registre de qui a son mot à dire, de leur intérêt, et de la façon de les associer.',
      },
      {
        to: '/capacity',
        title: '4. Évaluer les capacités et les ressources',
        body: 'Comparer les capacités actuelles aux besoins, recenser les acquis, et classer les unités selon leur maturité numérique.',
      },
      {
        to: '/response',
        title: '5. Planifier la réponse',
        body: 'Laisser le planificateur choisir les interventions qui comblent le plus d’écart dans le budget, comprendre pourquoi, et ajuster.',
      },
      {
        to: '/evaluation',
        title: '6. Évaluer et recommencer',
        body: 'Enregistrer le deuxième cycle et les suivis, voir ce qui a changé pour les agents formés et les autres, et lancer le cycle suivant.',
      },
    ],
    aroundHeading: 'Autour du cycle',
    around:
      'Un cycle de gestion des savoirs, des communautés de pratique et des centres d’excellence conservent ce qui a été appris.',
    aroundLink: 'Voir les savoirs et les communautés.',
    developersHeading: 'Pour les développeurs et les designers',
    developers:
      'Chaque écran est construit avec les paquets publiés de capkit. Parcourez chaque composant, dans chaque apparence, dans la galerie.',
    storybook: 'Ouvrir la galerie des composants (Storybook).',
  },
  ar: {
    title: 'نمِّ المهارات الرقمية لموظفي الخدمة المدنية',
    lead: 'capkit مجموعة أدوات مفتوحة المصدر لإدارة برنامج لتنمية القدرات: اعرف المهارات التي يحتاجها موظفوك، وخطّط ضمن ميزانيتك للتدريب الذي يسدّ الفجوات، وتحقّق من نجاحه. يعرض هذا النموذج الدورة كاملة لوزارة مختلقة، في متصفحك.',
    preparing: 'جارٍ إعداد الوزارة النموذجية…',
    ministry: (people, units, responses) =>
      `تضم وزارة الخدمات الرقمية النموذجية ${people} موظفًا في ${units} وحدة، و${responses} استبيانًا مكتملًا من الجولة الأولى. تستخدم كل الصفحات الوزارة نفسها.`,
    ownData: 'استخدم بياناتك بدلًا منها.',
    stepsHeading: 'الدورة خطوة بخطوة',
    steps: [
      {
        to: '/setup',
        title: '1. الإعداد',
        body: 'اختر إطار المهارات، واطّلع على وحدات الوزارة ووظائفها وموظفيها.',
      },
      {
        to: '/training-needs',
        title: '2. تحديد الاحتياجات التدريبية',
        body: 'أجرِ مسحًا للمهارات، وأجب عنه بنفسك، واعرف المهارات الأحوج إلى التدريب في كل وحدة.',
      },
      {
        to: '/stakeholders',
        title: '3. إشراك أصحاب المصلحة',
        body: 'احتفظ بسجل من لهم رأي، ومدى اهتمامهم، وكيف ستشركهم.',
      },
      {
        to: '/capacity',
        title: '4. تقييم القدرات والأصول',
        body: 'قارن القدرات الحالية بالمطلوبة، وأحصِ ما يمكن البناء عليه، ورتّب الوحدات حسب نضجها الرقمي.',
      },
      {
        to: '/response',
        title: '5. تخطيط الاستجابة',
        body: 'دع المخطِّط يختار التدخلات التي تسد أكبر فجوة ضمن الميزانية، واعرف السبب، وعدّل.',
      },
      {
        to: '/evaluation',
        title: '6. التقييم وبدء دورة جديدة',
        body: 'سجّل الجولة الثانية والمتابعات، واعرف ما تغيّر لمن تدرّب ولمن لم يتدرّب، وابدأ الجولة التالية.',
      },
    ],
    aroundHeading: 'حول الدورة',
    around: 'تحفظ دورة إدارة المعرفة ومجتمعات الممارسة ومراكز التميّز ما تعلّمناه.',
    aroundLink: 'اطّلع على المعرفة والمجتمعات.',
    developersHeading: 'للمطورين والمصممين',
    developers: 'كل شاشة هنا مبنية من حزم capkit المنشورة. تصفّح كل مكوّن بكل مظهر في المعرض.',
    storybook: 'افتح معرض المكوّنات (Storybook).',
  },
};
