import type { ProficiencyScale } from '@capkit/model';
import { digitalGovernmentScale } from '@capkit/model/reference';
import { describe, expect, it } from 'vitest';
import { InteropError } from '../shared/interopIssue.js';
import { digCompSamplePackage, digitalGovernmentPackage } from './__tests__/fixtures.js';
import { importCasePackage, importCasePackageOrThrow } from './importPackage.js';
import type { CasePackage } from './schemas/package.js';

function imported(pkg: CasePackage = digitalGovernmentPackage()) {
  const result = importCasePackage(pkg);
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.data;
}

function identifierOf(pkg: CasePackage, code: string): string {
  const item = pkg.CFItems?.find((entry) => entry.humanCodingScheme === code);
  if (item === undefined) throw new Error(code);
  return item.identifier;
}

describe('importCasePackage: the digital-government package', () => {
  const pkg = digitalGovernmentPackage();
  const { framework, casePackage } = imported(pkg);

  it('maps CFDocument to the framework', () => {
    expect(framework).toMatchObject({
      id: pkg.CFDocument.identifier,
      version: '2026.1',
      status: 'published',
      title: { en: 'Digital government skills framework' },
      description: {
        en: 'What civil servants need to design, build and run digital public services.',
      },
      publisher: 'Ministry of Digital Services',
      publishedOn: '2026-01-15',
    });
  });

  it('makes items with children or an area type areas, and the leaves competencies', () => {
    expect(framework.areas.map((area) => [area.code, area.label.en, area.parentId])).toStrictEqual([
      ['DG-2', 'Service design and delivery', undefined],
      ['DG-3', 'Data and intelligence', undefined],
      ['DG-6', 'Leadership for digital transformation', undefined],
    ]);
    expect(
      framework.competencies.map((competency) => [
        competency.code,
        competency.label.en,
        competency.areaId,
      ]),
    ).toStrictEqual([
      ['DG-2.1', 'User research', identifierOf(pkg, 'DG-2')],
      ['DG-2.2', 'Agile delivery', identifierOf(pkg, 'DG-2')],
      ['DG-3.1', 'Data literacy', identifierOf(pkg, 'DG-3')],
    ]);
    expect(framework.competencies[2]?.statement.en).toBe(pkg.CFItems?.[4]?.fullStatement);
  });

  it('makes each rubric with levels a scale, the rubric linked to no item included', () => {
    const [proficiency, observation] = framework.scales;
    expect(proficiency).toStrictEqual({
      id: pkg.CFRubrics?.[0]?.identifier,
      label: { en: 'Digital government proficiency' },
      levels: [
        {
          value: 1,
          label: { en: 'Working' },
          descriptor: { en: 'Applies the skill with guidance on everyday tasks.' },
        },
        {
          value: 2,
          label: { en: 'Practitioner' },
          descriptor: { en: 'Applies the skill unaided and helps others.' },
        },
        {
          value: 3,
          label: { en: 'Expert' },
          descriptor: { en: 'Sets direction and standards for the skill across the organisation.' },
        },
      ],
      proficientLevel: 2,
    });
    expect(observation?.levels.map((level) => [level.value, level.label.en])).toStrictEqual([
      [0, 'Not observed'],
      [1, 'Sometimes'],
      [2, 'Consistently'],
    ]);
    expect(
      framework.competencies.every((competency) => competency.scaleId === proficiency?.id),
    ).toBe(true);
  });

  it('keeps the package as it came in', () => {
    expect(casePackage).toStrictEqual(pkg);
  });
});

describe('importCasePackage: scales', () => {
  const noRubric = (): CasePackage => {
    const pkg = digitalGovernmentPackage();
    delete pkg.CFRubrics;
    return pkg;
  };

  it('fails at CFRubrics when the package has no rubric and no scale is given', () => {
    expect(importCasePackage(noRubric())).toStrictEqual({
      success: false,
      issues: [expect.objectContaining({ path: 'CFRubrics', code: 'case.noScale' })],
    });
  });

  it('rates every competency on options.scale when the package has no rubric', () => {
    const result = importCasePackage(noRubric(), { scale: digitalGovernmentScale });
    expect(result.success && result.data.framework.scales).toStrictEqual([digitalGovernmentScale]);
    expect(
      result.success && result.data.framework.competencies.map((competency) => competency.scaleId),
    ).toStrictEqual(['dg-proficiency', 'dg-proficiency', 'dg-proficiency']);
  });

  it('reports a competency no criterion links to when there are several rubrics', () => {
    const pkg = digitalGovernmentPackage();
    const criteria = pkg.CFRubrics?.[0]?.CFRubricCriteria;
    if (criteria?.[1] !== undefined) delete criteria[1].CFItemURI;
    expect(importCasePackage(pkg)).toStrictEqual({
      success: false,
      issues: [expect.objectContaining({ path: 'CFItems[2]', code: 'case.noScaleForItem' })],
    });
    const withScale = importCasePackage(pkg, { scale: digitalGovernmentScale });
    expect(withScale.success && withScale.data.framework.competencies[1]?.scaleId).toBe(
      'dg-proficiency',
    );
  });

  it('values levels by position when they have no score, and reports a level with neither', () => {
    const pkg = digitalGovernmentPackage();
    const levels = pkg.CFRubrics?.[1]?.CFRubricCriteria?.[0]?.CFRubricCriterionLevels ?? [];
    for (const level of levels) delete level.score;
    const byPosition = importCasePackage(pkg);
    expect(
      byPosition.success && byPosition.data.framework.scales[1]?.levels.map((level) => level.value),
    ).toStrictEqual([1, 2, 3]);
    delete levels[2]?.position;
    expect(importCasePackage(pkg)).toStrictEqual({
      success: false,
      issues: [
        expect.objectContaining({
          path: 'CFRubrics[1].CFRubricCriteria[0].CFRubricCriterionLevels[2].score',
          code: 'case.levelWithoutValue',
        }),
      ],
    });
  });

  it('takes a proficient level capkit wrote under extensions.capkit', () => {
    const pkg = digitalGovernmentPackage();
    const rubric = pkg.CFRubrics?.[0];
    if (rubric !== undefined)
      rubric.extensions = { ...rubric.extensions, capkit: { proficientLevel: 3 } };
    expect(imported(pkg).framework.scales[0]?.proficientLevel).toBe(3);
  });
});

describe('importCasePackage: capkit model rules, located in the package', () => {
  it('says where an empty statement is', () => {
    const pkg = digitalGovernmentPackage();
    const item = pkg.CFItems?.[1];
    if (item !== undefined) item.fullStatement = '   ';
    const result = importCasePackage(pkg);
    expect(
      !result.success && result.issues.map(({ path, code }) => ({ path, code })),
    ).toStrictEqual([{ path: 'CFItems[1].fullStatement', code: 'text.empty' }]);
  });

  it('says where a score capkit cannot store is', () => {
    const pkg = digitalGovernmentPackage();
    const level = pkg.CFRubrics?.[0]?.CFRubricCriteria?.[0]?.CFRubricCriterionLevels?.[2];
    if (level !== undefined) level.score = 300;
    const result = importCasePackage(pkg);
    expect(
      !result.success && result.issues.map(({ path, code }) => ({ path, code })),
    ).toStrictEqual([
      {
        path: 'CFRubrics[0].CFRubricCriteria[0].CFRubricCriterionLevels[2].score',
        code: 'too_big',
      },
    ]);
  });

  it('says where a language tag capkit cannot read is', () => {
    const pkg = digitalGovernmentPackage();
    pkg.CFDocument.language = 'not a tag';
    const result = importCasePackage(pkg);
    expect(!result.success && result.issues[0]?.path).toBe('CFDocument.title');
  });
});

describe('importCasePackage: what capkit wrote comes back', () => {
  it('reads capkit ids and texts in several languages from extensions.capkit', () => {
    const pkg = digitalGovernmentPackage();
    const item = pkg.CFItems?.[1];
    if (item !== undefined) {
      item.extensions = {
        capkit: {
          id: 'dg-user-research',
          text: { abbreviatedStatement: { en: 'User research', fr: 'Recherche utilisateur' } },
        },
      };
    }
    expect(imported(pkg).framework.competencies[0]).toMatchObject({
      id: 'dg-user-research',
      label: { en: 'User research', fr: 'Recherche utilisateur' },
    });
  });

  it('lets an edit made in another tool win over a stale copy', () => {
    const pkg = digitalGovernmentPackage();
    const item = pkg.CFItems?.[1];
    if (item !== undefined) {
      item.abbreviatedStatement = 'User research and testing';
      item.extensions = {
        capkit: {
          text: { abbreviatedStatement: { en: 'User research', fr: 'Recherche utilisateur' } },
        },
      };
    }
    expect(imported(pkg).framework.competencies[0]?.label).toStrictEqual({
      en: 'User research and testing',
      fr: 'Recherche utilisateur',
    });
  });
});

describe('importCasePackage: other packages', () => {
  it('imports the DigComp-style package on its one rubric', () => {
    const { framework } = imported(digCompSamplePackage());
    expect(framework.areas.map((area) => area.code)).toStrictEqual(['1', '4']);
    expect(framework.competencies.map((competency) => competency.code)).toStrictEqual([
      '1.1',
      '1.3',
      '4.2',
    ]);
    expect(framework.scales.map((scale: ProficiencyScale) => scale.levels.length)).toStrictEqual([
      4,
    ]);
  });

  it('uses the identifier as the code when there is no humanCodingScheme', () => {
    const pkg = digCompSamplePackage();
    const item = pkg.CFItems?.[1];
    if (item !== undefined) delete item.humanCodingScheme;
    expect(imported(pkg).framework.competencies[0]?.code).toBe(item?.identifier);
  });
});

describe('importCasePackageOrThrow', () => {
  it('returns the import, or throws an InteropError with every issue', () => {
    expect(
      importCasePackageOrThrow(digitalGovernmentPackage()).framework.competencies,
    ).toHaveLength(3);
    expect(() => importCasePackageOrThrow({ CFDocument: {} })).toThrow(InteropError);
    try {
      importCasePackageOrThrow({ CFDocument: {} });
    } catch (error) {
      expect(
        error instanceof InteropError && error.issues.map((issue) => issue.path),
      ).toStrictEqual([
        'CFDocument.identifier',
        'CFDocument.uri',
        'CFDocument.creator',
        'CFDocument.title',
        'CFDocument.lastChangeDateTime',
      ]);
    }
  });
});
