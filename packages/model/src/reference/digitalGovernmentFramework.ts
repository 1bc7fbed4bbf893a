// Over 400 lines: the reference framework is data (areas, competencies and their descriptors);
// splitting it would scatter one document over files without making any part simpler.
import type { CompetencyFramework, FrameworkRef } from '../competencyFramework.js';
import { currentSchemaVersion } from '../schemaVersion.js';
import { digitalGovernmentScale } from './digitalGovernmentScale.js';

const scaleId = digitalGovernmentScale.id;

/**
 * The capkit digital-government competency framework, version 2026.1: 6 areas (4 of them
 * nested one level deeper) and 38 competencies, each with a code such as `DG-2.3`, an English and
 * French label and a one-sentence statement, all rated on {@link digitalGovernmentScale}.
 *
 * Its areas follow the GovStack capacity-building page: the GovStack building blocks (digital
 * public infrastructure), the topics of government communities of practice (service design and
 * delivery, data, policy and procurement), the capability centres of a centre of excellence (data
 * science and AI, ICT infrastructure, application development, sensors and IoT, cybersecurity,
 * geospatial) and the knowledge management and leadership that hold a programme together.
 *
 * Shared reference data: treat it as read-only and `structuredClone` it before changing it.
 */
export const digitalGovernmentFramework: CompetencyFramework = {
  schemaVersion: currentSchemaVersion,
  kind: 'competencyFramework',
  id: 'capkit-digital-government',
  version: '2026.1',
  status: 'published',
  title: {
    en: 'capkit digital government competency framework',
    fr: 'Référentiel de compétences capkit pour le gouvernement numérique',
  },
  description: {
    en: 'What civil servants need to design, build, run and lead digital public services on shared building blocks.',
    fr: 'Ce dont les agents publics ont besoin pour concevoir, construire, exploiter et piloter des services publics numériques sur des briques partagées.',
  },
  publisher: 'capkit',
  publishedOn: '2026-01-15',
  scales: [digitalGovernmentScale],
  areas: [
    {
      id: 'dg-area-infrastructure',
      code: 'DG-1',
      label: { en: 'Digital public infrastructure', fr: 'Infrastructure publique numérique' },
      description: {
        en: 'The reusable building blocks, in the GovStack sense, that digital public services are assembled from.',
        fr: 'Les briques réutilisables, au sens de GovStack, à partir desquelles on assemble les services publics numériques.',
      },
    },
    {
      id: 'dg-area-foundational-blocks',
      code: 'DG-1.1',
      label: { en: 'Foundational building blocks', fr: 'Briques fondamentales' },
      parentId: 'dg-area-infrastructure',
    },
    {
      id: 'dg-area-service-blocks',
      code: 'DG-1.2',
      label: { en: 'Service building blocks', fr: 'Briques de service' },
      parentId: 'dg-area-infrastructure',
    },
    {
      id: 'dg-area-service-delivery',
      code: 'DG-2',
      label: { en: 'Service design and delivery', fr: 'Conception et prestation des services' },
      description: {
        en: 'Understanding users and delivering services that work for them, in small steps.',
        fr: 'Comprendre les usagers et livrer, par petites étapes, des services qui leur conviennent.',
      },
    },
    {
      id: 'dg-area-data',
      code: 'DG-3',
      label: { en: 'Data and intelligence', fr: 'Données et intelligence' },
      description: {
        en: 'Managing, analysing and protecting data so that it turns into sound decisions.',
        fr: 'Gérer, analyser et protéger les données pour en tirer des décisions solides.',
      },
    },
    {
      id: 'dg-area-technology',
      code: 'DG-4',
      label: { en: 'Technology and engineering', fr: 'Technologie et ingénierie' },
      description: {
        en: 'Building and running the software and infrastructure that services rely on.',
        fr: 'Construire et exploiter les logiciels et l’infrastructure dont dépendent les services.',
      },
    },
    {
      id: 'dg-area-software-engineering',
      code: 'DG-4.1',
      label: { en: 'Software engineering', fr: 'Ingénierie logicielle' },
      parentId: 'dg-area-technology',
    },
    {
      id: 'dg-area-operations',
      code: 'DG-4.2',
      label: { en: 'Infrastructure and operations', fr: 'Infrastructure et exploitation' },
      parentId: 'dg-area-technology',
    },
    {
      id: 'dg-area-governance',
      code: 'DG-5',
      label: {
        en: 'Policy, procurement and governance',
        fr: 'Politiques publiques, achats et gouvernance',
      },
      description: {
        en: 'The rules, purchases and collaboration that let digital services be built well across government.',
        fr: 'Les règles, les achats et la collaboration qui permettent de bien construire les services numériques dans tout l’État.',
      },
    },
    {
      id: 'dg-area-leadership',
      code: 'DG-6',
      label: { en: 'Leadership and knowledge', fr: 'Leadership et gestion des connaissances' },
      description: {
        en: 'Leading digital change and keeping what people learn flowing through the organisation.',
        fr: 'Conduire le changement numérique et faire circuler dans l’organisation ce que les personnes apprennent.',
      },
    },
  ],
  competencies: [
    {
      id: 'dg-identity',
      code: 'DG-1.1.1',
      label: { en: 'Digital identity', fr: 'Identité numérique' },
      statement: {
        en: 'Designs, integrates or governs services that establish and verify who a person or organisation is, with privacy and inclusion built in.',
      },
      scaleId,
      areaId: 'dg-area-foundational-blocks',
    },
    {
      id: 'dg-payments',
      code: 'DG-1.1.2',
      label: { en: 'Digital payments', fr: 'Paiements numériques' },
      statement: {
        en: 'Builds and runs the ways in which people and government pay and are paid digitally, reconciled and open to audit.',
      },
      scaleId,
      areaId: 'dg-area-foundational-blocks',
    },
    {
      id: 'dg-information-mediation',
      code: 'DG-1.1.3',
      label: { en: 'Information mediation', fr: 'Médiation de l’information' },
      statement: {
        en: 'Connects government systems through a secure data-exchange layer so that information moves between agencies under agreed rules.',
      },
      scaleId,
      areaId: 'dg-area-foundational-blocks',
    },
    {
      id: 'dg-consent',
      code: 'DG-1.1.4',
      label: { en: 'Consent management', fr: 'Gestion du consentement' },
      statement: {
        en: 'Lets people see, give and withdraw permission for the use of their data, and makes services honour those choices.',
      },
      scaleId,
      areaId: 'dg-area-foundational-blocks',
    },
    {
      id: 'dg-e-signature',
      code: 'DG-1.1.5',
      label: { en: 'Electronic signatures', fr: 'Signature électronique' },
      statement: {
        en: 'Applies electronic signatures and seals so that documents and transactions keep their legal weight and cannot be altered unnoticed.',
      },
      scaleId,
      areaId: 'dg-area-foundational-blocks',
    },
    {
      id: 'dg-registration',
      code: 'DG-1.2.1',
      label: { en: 'Registration', fr: 'Enregistrement' },
      statement: {
        en: 'Designs registration processes that capture an application for a service once, check it and pass it on for a decision.',
      },
      scaleId,
      areaId: 'dg-area-service-blocks',
    },
    {
      id: 'dg-digital-registries',
      code: 'DG-1.2.2',
      label: { en: 'Digital registries', fr: 'Registres numériques' },
      statement: {
        en: 'Creates and maintains authoritative registers of people, places, assets or entitlements that other services can trust and query.',
      },
      scaleId,
      areaId: 'dg-area-service-blocks',
    },
    {
      id: 'dg-messaging',
      code: 'DG-1.2.3',
      label: { en: 'Messaging', fr: 'Messagerie' },
      statement: {
        en: 'Sends people and systems timely notifications over channels such as SMS, email and apps, and tracks whether they arrive.',
      },
      scaleId,
      areaId: 'dg-area-service-blocks',
    },
    {
      id: 'dg-workflow',
      code: 'DG-1.2.4',
      label: { en: 'Workflow and process automation', fr: 'Flux de travail et automatisation' },
      statement: {
        en: 'Models multi-step government processes and automates the hand-offs between people and systems.',
      },
      scaleId,
      areaId: 'dg-area-service-blocks',
    },
    {
      id: 'dg-scheduling',
      code: 'DG-1.2.5',
      label: { en: 'Scheduling', fr: 'Planification' },
      statement: {
        en: 'Plans appointments, resources and recurring events so that the public and staff are in the right place at the right time.',
      },
      scaleId,
      areaId: 'dg-area-service-blocks',
    },
    {
      id: 'dg-user-research',
      code: 'DG-2.1',
      label: { en: 'User research', fr: 'Recherche utilisateur' },
      statement: {
        en: 'Plans and carries out research with the people who use and run a service, and turns what is learned into decisions.',
      },
      scaleId,
      areaId: 'dg-area-service-delivery',
    },
    {
      id: 'dg-service-design',
      code: 'DG-2.2',
      label: { en: 'Service design', fr: 'Design de services' },
      statement: {
        en: 'Shapes a whole service end to end, across channels and organisations, around the outcome a person is trying to reach.',
      },
      scaleId,
      areaId: 'dg-area-service-delivery',
    },
    {
      id: 'dg-content-design',
      code: 'DG-2.3',
      label: { en: 'Content design', fr: 'Conception de contenus' },
      statement: {
        en: 'Writes and structures content so that people can find it, understand it and act on it the first time.',
      },
      scaleId,
      areaId: 'dg-area-service-delivery',
    },
    {
      id: 'dg-accessibility',
      code: 'DG-2.4',
      label: { en: 'Accessibility and inclusion', fr: 'Accessibilité et inclusion' },
      statement: {
        en: 'Makes sure services can be used by everyone, including disabled people and people with few digital skills or a poor connection.',
      },
      scaleId,
      areaId: 'dg-area-service-delivery',
    },
    {
      id: 'dg-agile-delivery',
      code: 'DG-2.5',
      label: { en: 'Agile delivery', fr: 'Livraison agile' },
      statement: {
        en: 'Delivers in small, frequent increments, learning from users and adjusting plans as evidence comes in.',
      },
      scaleId,
      areaId: 'dg-area-service-delivery',
    },
    {
      id: 'dg-product-management',
      code: 'DG-2.6',
      label: { en: 'Product management', fr: 'Gestion de produit' },
      statement: {
        en: 'Owns the vision and roadmap of a product, prioritises by user need and public value, and measures whether it works.',
      },
      scaleId,
      areaId: 'dg-area-service-delivery',
    },
    {
      id: 'dg-technical-writing',
      code: 'DG-2.7',
      label: { en: 'Technical writing', fr: 'Rédaction technique' },
      statement: {
        en: 'Explains technical systems, interfaces and decisions clearly to the people who build, run or depend on them.',
      },
      scaleId,
      areaId: 'dg-area-service-delivery',
    },
    {
      id: 'dg-data-management',
      code: 'DG-3.1',
      label: { en: 'Data management', fr: 'Gestion des données' },
      statement: {
        en: 'Collects, describes, stores and shares data so that it is accurate, findable and fit for reuse across government.',
      },
      scaleId,
      areaId: 'dg-area-data',
    },
    {
      id: 'dg-data-analysis',
      code: 'DG-3.2',
      label: { en: 'Data analysis', fr: 'Analyse de données' },
      statement: {
        en: 'Turns data into evidence for decisions, choosing suitable methods and stating the limits of the results.',
      },
      scaleId,
      areaId: 'dg-area-data',
    },
    {
      id: 'dg-data-science-ai',
      code: 'DG-3.3',
      label: { en: 'Data science and AI', fr: 'Science des données et IA' },
      statement: {
        en: 'Builds statistical and machine-learning models responsibly, testing them for accuracy, bias and explainability.',
      },
      scaleId,
      areaId: 'dg-area-data',
    },
    {
      id: 'dg-geospatial',
      code: 'DG-3.4',
      label: { en: 'Geospatial information', fr: 'Information géospatiale' },
      statement: {
        en: 'Uses location data and maps to plan, target and monitor public services.',
      },
      scaleId,
      areaId: 'dg-area-data',
    },
    {
      id: 'dg-data-protection',
      code: 'DG-3.5',
      label: { en: 'Data protection and privacy', fr: 'Protection des données et vie privée' },
      statement: {
        en: 'Handles personal data lawfully and sparingly, and assesses the privacy impact of a service before it goes live.',
      },
      scaleId,
      areaId: 'dg-area-data',
    },
    {
      id: 'dg-application-development',
      code: 'DG-4.1.1',
      label: { en: 'Application development', fr: 'Développement d’applications' },
      statement: {
        en: 'Builds, tests and maintains the front-end and back-end software of government services.',
      },
      scaleId,
      areaId: 'dg-area-software-engineering',
    },
    {
      id: 'dg-technical-architecture',
      code: 'DG-4.1.2',
      label: { en: 'Technical architecture', fr: 'Architecture technique' },
      statement: {
        en: 'Designs how systems fit together, preferring reusable components and open standards to one-off builds.',
      },
      scaleId,
      areaId: 'dg-area-software-engineering',
    },
    {
      id: 'dg-technology-standards',
      code: 'DG-4.1.3',
      label: {
        en: 'Technology standards and interoperability',
        fr: 'Normes technologiques et interopérabilité',
      },
      statement: {
        en: 'Applies, writes or assesses the technical standards that let government systems work together and avoid lock-in.',
      },
      scaleId,
      areaId: 'dg-area-software-engineering',
    },
    {
      id: 'dg-ict-infrastructure',
      code: 'DG-4.2.1',
      label: { en: 'ICT infrastructure and cloud', fr: 'Infrastructure TIC et cloud' },
      statement: {
        en: 'Plans and runs the networks, hosting and cloud platforms that government services depend on.',
      },
      scaleId,
      areaId: 'dg-area-operations',
    },
    {
      id: 'dg-web-operations',
      code: 'DG-4.2.2',
      label: { en: 'Web operations', fr: 'Exploitation web' },
      statement: {
        en: 'Keeps live services available, monitored and recoverable, and releases changes to them safely.',
      },
      scaleId,
      areaId: 'dg-area-operations',
    },
    {
      id: 'dg-cybersecurity',
      code: 'DG-4.2.3',
      label: { en: 'Cybersecurity', fr: 'Cybersécurité' },
      statement: {
        en: 'Identifies threats to government systems and data, puts proportionate controls in place and responds to incidents.',
      },
      scaleId,
      areaId: 'dg-area-operations',
    },
    {
      id: 'dg-sensors-iot',
      code: 'DG-4.2.4',
      label: { en: 'Sensors and the Internet of Things', fr: 'Capteurs et Internet des objets' },
      statement: {
        en: 'Deploys and manages connected sensors and devices, and puts the data they produce to use in services.',
      },
      scaleId,
      areaId: 'dg-area-operations',
    },
    {
      id: 'dg-policy-design',
      code: 'DG-5.1',
      label: { en: 'Policy design', fr: 'Conception des politiques publiques' },
      statement: {
        en: 'Designs policy with its delivery in mind, testing options with users and evidence before they become rules.',
      },
      scaleId,
      areaId: 'dg-area-governance',
    },
    {
      id: 'dg-digital-procurement',
      code: 'DG-5.2',
      label: { en: 'Digital procurement', fr: 'Achats numériques' },
      statement: {
        en: 'Buys digital, data and technology services in ways that are open, competitive and free of lock-in.',
      },
      scaleId,
      areaId: 'dg-area-governance',
    },
    {
      id: 'dg-open-government',
      code: 'DG-5.3',
      label: { en: 'Open government and open data', fr: 'Gouvernement ouvert et données ouvertes' },
      statement: {
        en: 'Publishes government data and decisions openly, weighing transparency against the sensitivity of the data.',
      },
      scaleId,
      areaId: 'dg-area-governance',
    },
    {
      id: 'dg-whole-of-government',
      code: 'DG-5.4',
      label: { en: 'Whole-of-government collaboration', fr: 'Collaboration interministérielle' },
      statement: {
        en: 'Works across agency boundaries to share components, data and lessons instead of building the same thing in silos.',
      },
      scaleId,
      areaId: 'dg-area-governance',
    },
    {
      id: 'dg-digital-leadership',
      code: 'DG-6.1',
      label: { en: 'Digital leadership', fr: 'Leadership numérique' },
      statement: {
        en: 'Sets a digital vision for an organisation, secures the means to reach it and holds teams to outcomes rather than outputs.',
      },
      scaleId,
      areaId: 'dg-area-leadership',
    },
    {
      id: 'dg-leading-change',
      code: 'DG-6.2',
      label: { en: 'Leading change', fr: 'Conduite du changement' },
      statement: {
        en: 'Brings people through changes in how they work, dealing openly with resistance and building habits that last.',
      },
      scaleId,
      areaId: 'dg-area-leadership',
    },
    {
      id: 'dg-knowledge-management',
      code: 'DG-6.3',
      label: { en: 'Knowledge management', fr: 'Gestion des connaissances' },
      statement: {
        en: 'Makes sure knowledge is identified, created, shared, stored and used, through people, process and technology together.',
      },
      scaleId,
      areaId: 'dg-area-leadership',
    },
    {
      id: 'dg-communities-of-practice',
      code: 'DG-6.4',
      label: { en: 'Community building', fr: 'Animation de communautés de pratique' },
      statement: {
        en: 'Starts and sustains communities of practice that bring people in the same field together to learn from one another.',
      },
      scaleId,
      areaId: 'dg-area-leadership',
    },
    {
      id: 'dg-capability-building',
      code: 'DG-6.5',
      label: { en: 'Capability building', fr: 'Développement des capacités' },
      statement: {
        en: 'Assesses training needs, plans learning in response and checks whether it changed how people work.',
      },
      scaleId,
      areaId: 'dg-area-leadership',
    },
  ],
};

/** Points at {@link digitalGovernmentFramework}: `{ frameworkId: 'capkit-digital-government', version: '2026.1' }`. */
export const digitalGovernmentFrameworkRef: FrameworkRef = {
  frameworkId: digitalGovernmentFramework.id,
  version: digitalGovernmentFramework.version,
};
