import { describe, expect, it } from 'vitest';
import type { CompetencyFramework } from '../competencyFramework.js';
import { validateCompetencyFramework, validateWorkspace } from '../validation.js';
import type { Workspace } from '../workspace.js';

// Proves that the framework schema holds well-known frameworks faithfully. Numbers, titles and
// level names are facts taken from the published frameworks; statements and descriptors are our
// own short paraphrases, not the frameworks' text.

describe('DigComp 2.2 (5 areas, 21 competences, 8 proficiency levels)', () => {
  const areaTitles = [
    'Information and data literacy',
    'Communication and collaboration',
    'Digital content creation',
    'Safety',
    'Problem solving',
  ];
  const competences: readonly (readonly [code: string, title: string, statement: string])[] = [
    [
      '1.1',
      'Browsing, searching and filtering data, information and digital content',
      'Finds what one needs online and narrows results down to what is relevant.',
    ],
    [
      '1.2',
      'Evaluating data, information and digital content',
      'Judges how credible and reliable sources and their content are.',
    ],
    [
      '1.3',
      'Managing data, information and digital content',
      'Organises, stores and retrieves data and content in structured ways.',
    ],
    [
      '2.1',
      'Interacting through digital technologies',
      'Chooses suitable digital means to interact with others.',
    ],
    [
      '2.2',
      'Sharing through digital technologies',
      'Passes on data and content to others, citing where it came from.',
    ],
    [
      '2.3',
      'Engaging in citizenship through digital technologies',
      'Takes part in society through public and private digital services.',
    ],
    [
      '2.4',
      'Collaborating through digital technologies',
      'Works together with others on shared resources and knowledge using digital tools.',
    ],
    ['2.5', 'Netiquette', 'Behaves considerately online and adapts communication to the audience.'],
    [
      '2.6',
      'Managing digital identity',
      'Shapes and protects one’s own online identity and reputation.',
    ],
    [
      '3.1',
      'Developing digital content',
      'Creates and edits content in different formats to express oneself.',
    ],
    [
      '3.2',
      'Integrating and re-elaborating digital content',
      'Improves and combines existing content into something new.',
    ],
    [
      '3.3',
      'Copyright and licences',
      'Understands how copyright and licences apply to data and content.',
    ],
    ['3.4', 'Programming', 'Writes instructions a computer system can follow to solve a problem.'],
    ['4.1', 'Protecting devices', 'Keeps devices and content safe from threats.'],
    [
      '4.2',
      'Protecting personal data and privacy',
      'Protects personal data and knows how services use it.',
    ],
    [
      '4.3',
      'Protecting health and well-being',
      'Avoids harm to physical and mental health from using technology.',
    ],
    [
      '4.4',
      'Protecting the environment',
      'Is aware of the environmental impact of digital technologies.',
    ],
    [
      '5.1',
      'Solving technical problems',
      'Identifies and fixes problems when operating devices and environments.',
    ],
    [
      '5.2',
      'Identifying needs and technological responses',
      'Matches needs with suitable digital tools and adjusts them.',
    ],
    [
      '5.3',
      'Creatively using digital technologies',
      'Uses digital tools to innovate processes and products.',
    ],
    [
      '5.4',
      'Identifying digital competence gaps',
      'Sees where one’s own digital competence needs to grow and seeks to develop it.',
    ],
  ];
  // DigComp groups its eight levels in four pairs.
  const levelNames = [
    'Foundation',
    'Foundation',
    'Intermediate',
    'Intermediate',
    'Advanced',
    'Advanced',
    'Highly specialised',
    'Highly specialised',
  ];
  const digComp: CompetencyFramework = {
    schemaVersion: 2,
    kind: 'competencyFramework',
    id: 'digcomp',
    version: '2.2',
    status: 'published',
    title: { en: 'DigComp 2.2: The Digital Competence Framework for Citizens' },
    publisher: 'European Commission, Joint Research Centre',
    scales: [
      {
        id: 'digcomp-proficiency',
        label: { en: 'DigComp proficiency levels' },
        levels: levelNames.map((name, index) => ({
          value: index + 1,
          code: String(index + 1),
          label: { en: `${name} ${index + 1}` },
        })),
        // DigComp names no threshold; the schema needs one, so the first intermediate level.
        proficientLevel: 3,
      },
    ],
    areas: areaTitles.map((title, index) => ({
      id: `digcomp-area-${index + 1}`,
      code: String(index + 1),
      label: { en: title },
    })),
    competencies: competences.map(([code, title, statement]) => ({
      id: `digcomp-${code}`,
      code,
      label: { en: title },
      statement: { en: statement },
      scaleId: 'digcomp-proficiency',
      areaId: `digcomp-area-${code.split('.')[0] ?? ''}`,
    })),
  };

  it('validates', () => {
    const result = validateCompetencyFramework(digComp);
    expect(result).toEqual({ success: true, data: digComp });
  });

  it('holds 5 areas, 21 competences and 8 levels, each competence in its numbered area', () => {
    expect(digComp.areas).toHaveLength(5);
    expect(digComp.competencies).toHaveLength(21);
    expect(digComp.scales[0]?.levels).toHaveLength(8);
    expect(digComp.competencies[0]).toMatchObject({
      code: '1.1',
      label: { en: 'Browsing, searching and filtering data, information and digital content' },
      areaId: 'digcomp-area-1',
    });
    const perArea = digComp.areas.map(
      (area) => digComp.competencies.filter((c) => c.areaId === area.id).length,
    );
    expect(perArea).toEqual([3, 6, 4, 4, 4]);
  });
});

describe('SFIA (7 levels of responsibility)', () => {
  const levels = [
    ['Follow', 'Works under close direction on routine tasks.'],
    ['Assist', 'Helps others under routine direction and starts to use judgement.'],
    ['Apply', 'Works under general direction and plans their own work.'],
    ['Enable', 'Works under broad direction and is accountable for the work of others.'],
    ['Ensure, advise', 'Is fully accountable for meeting objectives and advises others.'],
    ['Initiate, influence', 'Has defined authority for a significant area and shapes policy.'],
    [
      'Set strategy, inspire, mobilise',
      'Sets organisational strategy and mobilises others to deliver it.',
    ],
  ] as const;
  const sfia: CompetencyFramework = {
    schemaVersion: 2,
    kind: 'competencyFramework',
    id: 'sfia',
    version: '8',
    status: 'published',
    title: { en: 'SFIA — the skills framework for the information age' },
    publisher: 'SFIA Foundation',
    scales: [
      {
        id: 'sfia-responsibility',
        label: { en: 'SFIA levels of responsibility' },
        levels: levels.map(([label, descriptor], index) => ({
          value: index + 1,
          code: `L${index + 1}`,
          label: { en: label },
          descriptor: { en: descriptor },
        })),
        proficientLevel: 4,
      },
    ],
    // SFIA nests skills in categories and subcategories: two levels of areas.
    areas: [
      { id: 'sfia-strategy', code: 'SA', label: { en: 'Strategy and architecture' } },
      {
        id: 'sfia-security-privacy',
        code: 'SA.SP',
        label: { en: 'Security and privacy' },
        parentId: 'sfia-strategy',
      },
      { id: 'sfia-development', code: 'DI', label: { en: 'Development and implementation' } },
      {
        id: 'sfia-systems-development',
        code: 'DI.SD',
        label: { en: 'Systems development' },
        parentId: 'sfia-development',
      },
    ],
    // SFIA skill codes are its human coding scheme. SFIA defines each skill at some levels only
    // (PROG at 2–6, say); the schema rates every competency on its whole scale, so that range is
    // not held here (it would take one scale per range).
    competencies: [
      {
        id: 'sfia-scty',
        code: 'SCTY',
        label: { en: 'Information security' },
        statement: {
          en: 'Defines and runs the measures that keep information and systems secure.',
        },
        scaleId: 'sfia-responsibility',
        areaId: 'sfia-security-privacy',
      },
      {
        id: 'sfia-prog',
        code: 'PROG',
        label: { en: 'Programming/software development' },
        statement: { en: 'Designs, codes, tests and documents software to meet requirements.' },
        scaleId: 'sfia-responsibility',
        areaId: 'sfia-systems-development',
      },
    ],
  };

  it('validates', () => {
    const result = validateCompetencyFramework(sfia);
    expect(result).toEqual({ success: true, data: sfia });
  });

  it('holds the seven levels of responsibility in order, from Follow to Set strategy', () => {
    const scale = sfia.scales[0];
    expect(scale?.levels.map((level) => [level.value, level.label['en']])).toEqual([
      [1, 'Follow'],
      [2, 'Assist'],
      [3, 'Apply'],
      [4, 'Enable'],
      [5, 'Ensure, advise'],
      [6, 'Initiate, influence'],
      [7, 'Set strategy, inspire, mobilise'],
    ]);
  });

  it('nests skills under subcategories under categories', () => {
    const subcategories = sfia.areas.filter((area) => area.parentId !== undefined);
    expect(subcategories).toHaveLength(2);
    expect(
      sfia.competencies.every((skill) => subcategories.some((a) => a.id === skill.areaId)),
    ).toBe(true);
  });
});

describe('UK DDaT (4 skill levels)', () => {
  const ddat: CompetencyFramework = {
    schemaVersion: 2,
    kind: 'competencyFramework',
    id: 'uk-ddat',
    version: '2024',
    status: 'published',
    title: { en: 'Government Digital and Data Profession Capability Framework' },
    publisher: 'UK Government',
    scales: [
      {
        id: 'ddat-skill-level',
        label: { en: 'DDaT skill levels' },
        levels: [
          {
            value: 1,
            label: { en: 'Awareness' },
            descriptor: { en: 'Knows about the skill and why it matters.' },
          },
          {
            value: 2,
            label: { en: 'Working' },
            descriptor: { en: 'Uses the skill with some support.' },
          },
          {
            value: 3,
            label: { en: 'Practitioner' },
            descriptor: { en: 'Uses the skill independently and helps others.' },
          },
          {
            value: 4,
            label: { en: 'Expert' },
            descriptor: { en: 'Leads the skill and its practice.' },
          },
        ],
        proficientLevel: 3,
      },
    ],
    // DDaT groups roles in job families; skills are shared across the roles of a family. DDaT
    // gives skills no codes, so the codes below are ours; the version label is ours too.
    areas: [
      { id: 'ddat-product-delivery', code: 'PD', label: { en: 'Product and delivery' } },
      { id: 'ddat-user-centred-design', code: 'UCD', label: { en: 'User-centred design' } },
    ],
    competencies: [
      {
        id: 'ddat-agile-working',
        code: 'PD-AGILE',
        label: { en: 'Agile working' },
        statement: { en: 'Works in iterative, collaborative ways and adapts as things change.' },
        scaleId: 'ddat-skill-level',
        areaId: 'ddat-product-delivery',
      },
      {
        id: 'ddat-user-focus',
        code: 'PD-USER',
        label: { en: 'User focus' },
        statement: {
          en: 'Understands users and their needs and puts them at the centre of decisions.',
        },
        scaleId: 'ddat-skill-level',
        areaId: 'ddat-product-delivery',
      },
      {
        id: 'ddat-user-research',
        code: 'UCD-RESEARCH',
        label: { en: 'User research' },
        statement: { en: 'Plans and runs research with users and shares what it finds.' },
        scaleId: 'ddat-skill-level',
        areaId: 'ddat-user-centred-design',
      },
    ],
  };

  it('validates', () => {
    const result = validateCompetencyFramework(ddat);
    expect(result).toEqual({ success: true, data: ddat });
  });

  it('holds the four skill levels awareness, working, practitioner, expert', () => {
    expect(ddat.scales[0]?.levels.map((level) => level.label['en']?.toLowerCase())).toEqual([
      'awareness',
      'working',
      'practitioner',
      'expert',
    ]);
  });

  it('carries role profiles with a required skill level each, inside a workspace', () => {
    const workspace: Workspace = {
      schemaVersion: 2,
      kind: 'capkitWorkspace',
      programme: {
        id: 'ddat-programme',
        name: { en: 'DDaT capability' },
        rounds: [{ number: 1, startsOn: '2026-04-01' }],
      },
      frameworks: [ddat],
      units: [],
      roles: [
        {
          id: 'ddat-product-manager',
          title: { en: 'Product manager' },
          family: 'Product and delivery',
          framework: { frameworkId: 'uk-ddat', version: '2024' },
          requirements: [
            { competencyId: 'ddat-agile-working', requiredLevel: 3 },
            { competencyId: 'ddat-user-focus', requiredLevel: 3 },
            { competencyId: 'ddat-user-research', requiredLevel: 1 },
          ],
        },
      ],
      people: [],
      memberships: [],
      capacityAssessments: [],
      instruments: [],
      campaigns: [],
      responses: [],
      stakeholders: [],
      assets: [],
      communities: [],
      plans: [],
      evaluations: [],
      knowledgeItems: [],
      catalogue: [],
      maturityIndexes: [],
    };
    const result = validateWorkspace(workspace);
    expect(result.success ? [] : result.issues).toEqual([]);
  });
});
