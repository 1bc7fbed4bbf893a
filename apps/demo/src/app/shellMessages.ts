import type { Translations } from '../i18n/locales.js';
import type { Section } from './pageTypes.js';

export interface ShellMessages {
  readonly skip: string;
  readonly service: string;
  readonly ministry: string;
  readonly phase: string;
  readonly phaseText: string;
  readonly navigation: string;
  readonly sections: Readonly<Record<Section, string>>;
  readonly language: string;
  readonly look: string;
  readonly looks: { readonly govuk: string; readonly capkit: string; readonly uswds: string };
  readonly loadingPage: string;
  readonly footer: string;
  readonly storybook: string;
  readonly titleSuffix: string;
  readonly notFound: { readonly title: string; readonly body: string; readonly home: string };
}

export const shellMessages: Translations<ShellMessages> = {
  en: {
    skip: 'Skip to main content',
    service: 'Digital skills programme',
    ministry: 'Ministry of Digital Services',
    phase: 'Demo',
    phaseText: 'Sample data, invented for this demo. Your changes stay in this browser.',
    navigation: 'The capacity-development cycle',
    sections: {
      start: 'Start',
      setup: 'Set up',
      trainingNeeds: 'Training needs',
      stakeholders: 'Stakeholders',
      capacity: 'Capacity and assets',
      response: 'Response plan',
      evaluation: 'Evaluation',
      knowledge: 'Knowledge and communities',
      data: 'Data in and out',
    },
    language: 'Language',
    look: 'Look',
    looks: { govuk: 'GOV.UK', capkit: 'capkit', uswds: 'USWDS' },
    loadingPage: 'Loading the page…',
    footer:
      'capkit is open source under the Apache-2.0 licence. The ministry and its people are invented.',
    storybook: 'Widget gallery (Storybook)',
    titleSuffix: 'capkit demo',
    notFound: {
      title: 'Page not found',
      body: 'If you typed the web address, check it is correct. If you pasted it, check you copied the entire address.',
      home: 'Go to the start page',
    },
  },
  fr: {
    skip: 'Aller au contenu principal',
    service: 'Programme de compétences numériques',
    ministry: 'Ministère des Services numériques',
    phase: 'Démo',
    phaseText:
      'Données fictives, inventées pour cette démo. Vos modifications restent dans ce navigateur.',
    navigation: 'Le cycle de développement des capacités',
    sections: {
      start: 'Accueil',
      setup: 'Configuration',
      trainingNeeds: 'Besoins de formation',
      stakeholders: 'Parties prenantes',
      capacity: 'Capacités et ressources',
      response: 'Plan de réponse',
      evaluation: 'Évaluation',
      knowledge: 'Savoirs et communautés',
      data: 'Import et export',
    },
    language: 'Langue',
    look: 'Apparence',
    looks: { govuk: 'GOV.UK', capkit: 'capkit', uswds: 'USWDS' },
    loadingPage: 'Chargement de la page…',
    footer:
      'capkit est un logiciel libre sous licence Apache-2.0. Le ministère et ses agents sont fictifs.',
    storybook: 'Galerie des composants (Storybook)',
    titleSuffix: 'démo capkit',
    notFound: {
      title: 'Page introuvable',
      body: 'Si vous avez saisi l’adresse, vérifiez qu’elle est correcte. Si vous l’avez collée, vérifiez que vous avez copié l’adresse entière.',
      home: 'Aller à la page d’accueil',
    },
  },
  ar: {
    skip: 'انتقل إلى المحتوى الرئيسي',
    service: 'برنامج المهارات الرقمية',
    ministry: 'وزارة الخدمات الرقمية',
    phase: 'عرض تجريبي',
    phaseText: 'بيانات نموذجية مختلقة لهذا العرض. تبقى تغييراتك في هذا المتصفح.',
    navigation: 'دورة تنمية القدرات',
    sections: {
      start: 'البداية',
      setup: 'الإعداد',
      trainingNeeds: 'الاحتياجات التدريبية',
      stakeholders: 'أصحاب المصلحة',
      capacity: 'القدرات والأصول',
      response: 'خطة الاستجابة',
      evaluation: 'التقييم',
      knowledge: 'المعرفة والمجتمعات',
      data: 'استيراد البيانات وتصديرها',
    },
    language: 'اللغة',
    look: 'المظهر',
    looks: { govuk: 'GOV.UK', capkit: 'capkit', uswds: 'USWDS' },
    loadingPage: 'جارٍ تحميل الصفحة…',
    footer: 'capkit برنامج مفتوح المصدر بترخيص Apache-2.0. الوزارة وموظفوها من نسج الخيال.',
    storybook: 'معرض المكوّنات (Storybook)',
    titleSuffix: 'عرض capkit',
    notFound: {
      title: 'الصفحة غير موجودة',
      body: 'إذا كتبت العنوان بنفسك فتأكد من صحته. وإذا لصقته فتأكد من أنك نسخت العنوان كاملًا.',
      home: 'انتقل إلى صفحة البداية',
    },
  },
};
