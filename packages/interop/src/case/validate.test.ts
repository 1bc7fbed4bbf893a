import { describe, expect, it } from 'vitest';
import { digCompSamplePackage, digitalGovernmentPackage } from './__tests__/fixtures.js';
import type { CasePackage } from './schemas/package.js';
import { validateCasePackage } from './validate.js';

type Json = Record<string, unknown>;

function issuesOf(mutate: (pkg: Json) => void): { path: string; code: string }[] {
  const pkg = digitalGovernmentPackage() as unknown as Json;
  mutate(pkg);
  const result = validateCasePackage(pkg);
  if (result.success) return [];
  return result.issues.map(({ path, code }) => ({ path, code }));
}

function at(pkg: Json, ...keys: (string | number)[]): Json {
  let node: unknown = pkg;
  for (const key of keys) node = (node as Record<string | number, unknown>)[key];
  return node as Json;
}

describe('validateCasePackage: the golden packages', () => {
  it('accepts the digital-government package and returns an exact copy', () => {
    const input = digitalGovernmentPackage();
    const result = validateCasePackage(input);
    expect(result).toStrictEqual({ success: true, data: input });
    expect(result.success && result.data).not.toBe(input);
    expect(result.success && JSON.stringify(result.data)).toBe(JSON.stringify(input));
  });

  it('accepts the DigComp-style package, also as JSON text', () => {
    const input = digCompSamplePackage();
    expect(validateCasePackage(JSON.stringify(input))).toStrictEqual({
      success: true,
      data: input,
    });
  });
});

describe('validateCasePackage: required fields per class, located', () => {
  const cases: [string, (pkg: Json) => void, string][] = [
    ['CFDocument', (p) => delete p['CFDocument'], 'CFDocument'],
    ['CFDocument.creator', (p) => delete at(p, 'CFDocument')['creator'], 'CFDocument.creator'],
    ['CFDocument.title', (p) => delete at(p, 'CFDocument')['title'], 'CFDocument.title'],
    ['CFDocument.uri', (p) => delete at(p, 'CFDocument')['uri'], 'CFDocument.uri'],
    [
      'CFDocument.lastChangeDateTime',
      (p) => delete at(p, 'CFDocument')['lastChangeDateTime'],
      'CFDocument.lastChangeDateTime',
    ],
    [
      'CFItem.fullStatement',
      (p) => delete at(p, 'CFItems', 3)['fullStatement'],
      'CFItems[3].fullStatement',
    ],
    ['CFItem.identifier', (p) => delete at(p, 'CFItems', 2)['identifier'], 'CFItems[2].identifier'],
    [
      'CFAssociation.destinationNodeURI',
      (p) => delete at(p, 'CFAssociations', 4)['destinationNodeURI'],
      'CFAssociations[4].destinationNodeURI',
    ],
    [
      'CFAssociation.associationType',
      (p) => delete at(p, 'CFAssociations', 0)['associationType'],
      'CFAssociations[0].associationType',
    ],
    [
      'LinkGenURI.title',
      (p) => delete at(p, 'CFAssociations', 1, 'originNodeURI')['title'],
      'CFAssociations[1].originNodeURI.title',
    ],
    [
      'CFConcept.hierarchyCode',
      (p) => delete at(p, 'CFDefinitions', 'CFConcepts', 0)['hierarchyCode'],
      'CFDefinitions.CFConcepts[0].hierarchyCode',
    ],
    [
      'CFSubject.hierarchyCode',
      (p) => delete at(p, 'CFDefinitions', 'CFSubjects', 0)['hierarchyCode'],
      'CFDefinitions.CFSubjects[0].hierarchyCode',
    ],
    [
      'CFLicense.licenseText',
      (p) => delete at(p, 'CFDefinitions', 'CFLicenses', 0)['licenseText'],
      'CFDefinitions.CFLicenses[0].licenseText',
    ],
    [
      'CFItemType.description',
      (p) => delete at(p, 'CFDefinitions', 'CFItemTypes', 1)['description'],
      'CFDefinitions.CFItemTypes[1].description',
    ],
    [
      'CFAssociationGrouping.title',
      (p) => delete at(p, 'CFDefinitions', 'CFAssociationGroupings', 1)['title'],
      'CFDefinitions.CFAssociationGroupings[1].title',
    ],
    ['CFRubric.uri', (p) => delete at(p, 'CFRubrics', 1)['uri'], 'CFRubrics[1].uri'],
    [
      'CFRubricCriterion.lastChangeDateTime',
      (p) => delete at(p, 'CFRubrics', 0, 'CFRubricCriteria', 2)['lastChangeDateTime'],
      'CFRubrics[0].CFRubricCriteria[2].lastChangeDateTime',
    ],
    [
      'CFRubricCriterionLevel.identifier',
      (p) =>
        delete at(p, 'CFRubrics', 0, 'CFRubricCriteria', 1, 'CFRubricCriterionLevels', 2)[
          'identifier'
        ],
      'CFRubrics[0].CFRubricCriteria[1].CFRubricCriterionLevels[2].identifier',
    ],
  ];
  it.each(cases)('%s is required', (_name, mutate, path) => {
    expect(issuesOf(mutate)).toStrictEqual([{ path, code: 'case.invalid_type' }]);
  });
});

describe('validateCasePackage: CASE 1.1 rules, located', () => {
  it('wants UUID identifiers', () => {
    expect(issuesOf((p) => (at(p, 'CFItems', 3)['identifier'] = 'DG-3'))).toStrictEqual([
      { path: 'CFItems[3].identifier', code: 'case.invalid_format' },
    ]);
    expect(
      issuesOf((p) => (at(p, 'CFRubrics', 0, 'CFRubricCriteria', 0)['rubricId'] = 'rubric-1')),
    ).toStrictEqual([
      { path: 'CFRubrics[0].CFRubricCriteria[0].rubricId', code: 'case.invalid_format' },
    ]);
  });

  it('takes caseVersion "1.1" only', () => {
    expect(issuesOf((p) => (at(p, 'CFDocument')['caseVersion'] = '1.0'))).toStrictEqual([
      { path: 'CFDocument.caseVersion', code: 'case.invalid_value' },
    ]);
  });

  it('takes the defined association types and ext: extensions, nothing else', () => {
    expect(
      issuesOf((p) => (at(p, 'CFAssociations', 6)['associationType'] = 'ext:mapsTo')),
    ).toStrictEqual([]);
    expect(
      issuesOf((p) => (at(p, 'CFAssociations', 6)['associationType'] = 'sameAs')),
    ).toStrictEqual([{ path: 'CFAssociations[6].associationType', code: 'case.invalid_format' }]);
    expect(issuesOf((p) => (at(p, 'CFAssociations', 6)['associationType'] = 'ext:'))).toStrictEqual(
      [{ path: 'CFAssociations[6].associationType', code: 'case.invalid_format' }],
    );
  });

  it('takes isTranslationOf and a targetType of CASE or ext:…', () => {
    const pkg = digitalGovernmentPackage();
    const types = pkg.CFAssociations?.map((association) => association.associationType);
    expect(types).toContain('isTranslationOf');
    expect(types).toContain('ext:isAssessedBy');
    expect(
      issuesOf((p) => (at(p, 'CFAssociations', 9, 'destinationNodeURI')['targetType'] = 'course')),
    ).toStrictEqual([
      { path: 'CFAssociations[9].destinationNodeURI.targetType', code: 'case.invalid_format' },
    ]);
  });

  it('reports an unknown field at the field, and keeps extensions open', () => {
    expect(issuesOf((p) => (at(p, 'CFItems', 1)['colour'] = 'blue'))).toStrictEqual([
      { path: 'CFItems[1].colour', code: 'case.unknownField' },
    ]);
    expect(
      issuesOf((p) => (at(p, 'CFItems', 4, 'extensions')['any.thing'] = { deep: [1, 'two'] })),
    ).toStrictEqual([]);
  });

  it('wants extensions objects, and a list of them on criterion levels', () => {
    expect(issuesOf((p) => (at(p, 'CFDocument')['extensions'] = ['a']))).toStrictEqual([
      { path: 'CFDocument.extensions', code: 'case.custom' },
    ]);
    const level = ['CFRubrics', 0, 'CFRubricCriteria', 0, 'CFRubricCriterionLevels', 2] as const;
    expect(issuesOf((p) => (at(p, ...level)['extensions'] = { badge: 'gold' }))).toStrictEqual([
      {
        path: 'CFRubrics[0].CFRubricCriteria[0].CFRubricCriterionLevels[2].extensions',
        code: 'case.custom',
      },
    ]);
    expect(
      issuesOf((p) => (at(p, ...level)['extensions'] = [{ badge: 'gold' }, 'silver'])),
    ).toStrictEqual([
      {
        path: 'CFRubrics[0].CFRubricCriteria[0].CFRubricCriterionLevels[2].extensions',
        code: 'case.custom',
      },
    ]);
  });

  it('wants JSON values in extensions, located at the value', () => {
    expect(
      issuesOf(
        (p) => (at(p, 'CFItems', 4, 'extensions', 'org.example.ministry')['owner'] = Number.NaN),
      ),
    ).toStrictEqual([
      { path: 'CFItems[4].extensions["org.example.ministry"].owner', code: 'case.custom' },
    ]);
  });

  it('keeps a __proto__ key inside extensions as data', () => {
    const pkg = JSON.parse(
      JSON.stringify(digitalGovernmentPackage()).replace(
        '"reviewCycleMonths":24',
        '"reviewCycleMonths":24,"__proto__":{"x":1}',
      ),
    ) as CasePackage;
    const own = (p: CasePackage) =>
      Object.hasOwn(
        (p.CFDocument.extensions?.['org.example.ministry'] ?? {}) as object,
        '__proto__',
      );
    expect(own(pkg)).toBe(true);
    const result = validateCasePackage(pkg);
    expect(result.success && own(result.data)).toBe(true);
  });

  it('checks dates and date-times', () => {
    expect(issuesOf((p) => (at(p, 'CFDocument')['statusStartDate'] = '2026-13-01'))).toStrictEqual([
      { path: 'CFDocument.statusStartDate', code: 'case.invalid_format' },
    ]);
    expect(
      issuesOf((p) => (at(p, 'CFItems', 0)['lastChangeDateTime'] = '2026-02-10T09:30:00')),
    ).toStrictEqual([{ path: 'CFItems[0].lastChangeDateTime', code: 'case.invalid_format' }]);
  });

  it('wants identifiers unique across the package', () => {
    expect(
      issuesOf((p) => {
        at(p, 'CFAssociations', 2)['identifier'] = at(p, 'CFItems', 0)['identifier'];
      }),
    ).toStrictEqual([{ path: 'CFAssociations[2].identifier', code: 'case.duplicateIdentifier' }]);
  });

  it('wants rubricId and rubricCriterionId to name the object that holds them', () => {
    expect(
      issuesOf((p) => {
        at(p, 'CFRubrics', 0, 'CFRubricCriteria', 3)['rubricId'] = at(p, 'CFRubrics', 1)[
          'identifier'
        ];
        at(p, 'CFRubrics', 1, 'CFRubricCriteria', 0, 'CFRubricCriterionLevels', 1)[
          'rubricCriterionId'
        ] = at(p, 'CFRubrics', 0, 'CFRubricCriteria', 0)['identifier'];
      }),
    ).toStrictEqual([
      { path: 'CFRubrics[0].CFRubricCriteria[3].rubricId', code: 'case.wrongParent' },
      {
        path: 'CFRubrics[1].CFRubricCriteria[0].CFRubricCriterionLevels[1].rubricCriterionId',
        code: 'case.wrongParent',
      },
    ]);
  });
});

describe('validateCasePackage: caps', () => {
  it('refuses a list past interopLimits.maxDocumentEntries with one issue at the list', () => {
    const pkg = digitalGovernmentPackage();
    const item = pkg.CFItems?.[1];
    const items = Array.from({ length: 200_001 }, () => item);
    const result = validateCasePackage({ ...pkg, CFItems: items });
    expect(
      !result.success && result.issues.filter((issue) => issue.code !== 'case.duplicateIdentifier'),
    ).toStrictEqual([expect.objectContaining({ path: 'CFItems', code: 'case.too_big' })]);
  }, 20_000);

  it('lists at most maxIssues issues, the last counting the rest', () => {
    const result = validateCasePackage({ CFDocument: {}, CFItems: [{}, {}] }, { maxIssues: 3 });
    expect(!result.success && result.issues.map((issue) => issue.code)).toStrictEqual([
      'case.invalid_type',
      'case.invalid_type',
      'case.tooManyIssues',
    ]);
  });

  it('reads a maxIssues that is not a whole number of at least 1 as the nearest usable cap', () => {
    const input = { CFDocument: {}, CFItems: [{}, {}] };
    expect(validateCasePackage(input, { maxIssues: 0 })).toMatchObject({
      success: false,
      issues: [{ code: 'case.tooManyIssues' }],
    });
    const unbounded = validateCasePackage(input, { maxIssues: Number.NaN });
    expect(!unbounded.success && unbounded.issues.length).toBe(13);
  });

  it('reports JSON text that does not parse, or is over maxBytes', () => {
    expect(validateCasePackage('{"CFDocument":')).toMatchObject({
      success: false,
      issues: [{ path: '', code: 'case.invalidJson' }],
    });
    expect(validateCasePackage('{}', { maxBytes: 1 })).toMatchObject({
      success: false,
      issues: [{ path: '', code: 'case.tooLarge' }],
    });
  });
});
