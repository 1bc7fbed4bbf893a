import fc from 'fast-check';
import { validateCompetencyFramework, type CompetencyFramework } from '@capkit/model';
import { digitalGovernmentFramework, digitalGovernmentScale } from '@capkit/model/reference';
import { describe, expect, it } from 'vitest';
import { digCompSamplePackage, digitalGovernmentPackage } from './__tests__/fixtures.js';
import { frameworkArbitrary } from './__tests__/frameworkArbitrary.js';
import { exportCasePackage } from './exportPackage.js';
import { importCasePackage } from './importPackage.js';
import type { CasePackage } from './schemas/package.js';
import type { CaseExtensions } from './schemas/primitives.js';
import { uuidV5 } from '../shared/uuidV5.js';
import { capkitCaseNamespace } from './caseNamespace.js';
import { validateCasePackage } from './validate.js';

const stamp = '2026-03-01T08:00:00Z';

function imported(pkg: CasePackage) {
  const result = importCasePackage(pkg);
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.data;
}

function reimported(pkg: CasePackage): CompetencyFramework {
  const valid = validateCasePackage(pkg);
  if (!valid.success) throw new Error(JSON.stringify(valid.issues));
  return imported(valid.data).framework;
}

describe('exportCasePackage with base: lossless', () => {
  it('re-exports an unchanged framework deep-equal, key order included', () => {
    const original = digitalGovernmentPackage();
    const { framework, casePackage } = imported(original);
    const back = exportCasePackage(framework, { base: casePackage, lastChangeDateTime: stamp });
    expect(back).toStrictEqual(original);
    expect(JSON.stringify(back)).toBe(JSON.stringify(original));
  });

  it('keeps what capkit does not model: unlinked criteria, unused groupings, ext: types, translations', () => {
    const original = digitalGovernmentPackage();
    const { framework, casePackage } = imported(original);
    const back = exportCasePackage(framework, { base: casePackage });
    expect(back.CFRubrics?.[0]?.CFRubricCriteria?.[3]?.CFItemURI).toBeUndefined();
    expect(back.CFRubrics?.[0]?.CFRubricCriteria?.[3]).toStrictEqual(
      original.CFRubrics?.[0]?.CFRubricCriteria?.[3],
    );
    expect(
      back.CFDefinitions?.CFAssociationGroupings?.map((grouping) => grouping.title),
    ).toStrictEqual(['Crosswalk to DigComp 2.2', 'Draft crosswalk to SFIA 9']);
    expect(back.CFAssociations?.map((association) => association.associationType)).toStrictEqual(
      original.CFAssociations?.map((association) => association.associationType),
    );
    expect(back.CFItems?.[4]?.extensions).toStrictEqual({
      'org.example.ministry': { owner: 'Chief Data Office', reviewDue: '2027-01-31' },
      'x-unknown-tool': [1, { nested: true }, null],
    });
  });

  it('does not touch the base it is given', () => {
    const original = digitalGovernmentPackage();
    const { framework, casePackage } = imported(original);
    const changed = structuredClone(framework);
    changed.competencies.pop();
    exportCasePackage(changed, { base: casePackage, lastChangeDateTime: stamp });
    expect(casePackage).toStrictEqual(original);
  });

  it('patches a changed competency alone, and restamps only it', () => {
    const original = digitalGovernmentPackage();
    const { framework, casePackage } = imported(original);
    const changed = structuredClone(framework);
    const competency = changed.competencies[0];
    if (competency !== undefined) competency.label = { en: 'User research and testing' };
    const back = exportCasePackage(changed, { base: casePackage, lastChangeDateTime: stamp });
    expect(back.CFItems?.[1]).toStrictEqual({
      ...original.CFItems?.[1],
      abbreviatedStatement: 'User research and testing',
      lastChangeDateTime: stamp,
    });
    expect({ ...back, CFItems: back.CFItems?.filter((_, index) => index !== 1) }).toStrictEqual({
      ...original,
      CFItems: original.CFItems?.filter((_, index) => index !== 1),
    });
    expect(reimported(back)).toStrictEqual(changed);
  });

  it('keeps the old lastChangeDateTime of a changed object when no new one is given', () => {
    const { framework, casePackage } = imported(digitalGovernmentPackage());
    const changed = { ...structuredClone(framework), version: '2026.2' };
    const back = exportCasePackage(changed, { base: casePackage });
    expect(back.CFDocument).toStrictEqual({ ...casePackage.CFDocument, version: '2026.2' });
  });

  it('drops a removed competency with its associations and criterion link', () => {
    const original = digitalGovernmentPackage();
    const { framework, casePackage } = imported(original);
    const changed = structuredClone(framework);
    const removed = changed.competencies.splice(1, 1)[0];
    const back = exportCasePackage(changed, { base: casePackage, lastChangeDateTime: stamp });
    expect(back.CFItems?.map((item) => item.identifier)).not.toContain(removed?.id);
    expect(
      back.CFAssociations?.filter(
        (association) =>
          association.originNodeURI.identifier === removed?.id ||
          association.destinationNodeURI.identifier === removed?.id,
      ),
    ).toStrictEqual([]);
    expect(back.CFAssociations).toHaveLength((original.CFAssociations?.length ?? 0) - 3);
    expect(back.CFRubrics?.[0]?.CFRubricCriteria?.[1]?.CFItemURI).toBeUndefined();
    expect(reimported(back)).toStrictEqual(changed);
  });

  it('adds a new competency, moves one to another area and to the other scale', () => {
    const { framework, casePackage } = imported(digitalGovernmentPackage());
    const changed = structuredClone(framework);
    const [proficiency, observation] = changed.scales;
    const leadership = changed.areas[2];
    changed.competencies.push({
      id: 'dg-leading-change',
      code: 'DG-6.1',
      label: { en: 'Leading change', fr: 'Conduite du changement' },
      statement: { en: 'Leads people through a change of how services are run.' },
      scaleId: proficiency?.id ?? '',
      ...(leadership === undefined ? {} : { areaId: leadership.id }),
    });
    const moved = changed.competencies[0];
    if (moved !== undefined && leadership !== undefined && observation !== undefined) {
      moved.areaId = leadership.id;
      moved.scaleId = observation.id;
    }
    const back = exportCasePackage(changed, { base: casePackage, lastChangeDateTime: stamp });
    const newItem = back.CFItems?.at(-1);
    expect(newItem).toMatchObject({
      identifier: uuidV5(capkitCaseNamespace, `${framework.id}:competency:dg-leading-change`),
      humanCodingScheme: 'DG-6.1',
      fullStatement: 'Leads people through a change of how services are run.',
      abbreviatedStatement: 'Leading change',
      CFItemType: 'Competency',
      lastChangeDateTime: stamp,
      extensions: {
        capkit: {
          id: 'dg-leading-change',
          text: { abbreviatedStatement: { en: 'Leading change', fr: 'Conduite du changement' } },
        },
      },
    });
    expect(validateCasePackage(back).success).toBe(true);
    expect(reimported(back)).toStrictEqual(changed);
  });

  it('rewrites the levels of a changed scale in every criterion, keeping the unchanged ones', () => {
    const original = digitalGovernmentPackage();
    const { framework, casePackage } = imported(original);
    const changed = structuredClone(framework);
    const level = changed.scales[0]?.levels[2];
    if (level !== undefined) level.label = { en: 'Expert practitioner' };
    const back = exportCasePackage(changed, { base: casePackage, lastChangeDateTime: stamp });
    for (const [index, criterion] of (back.CFRubrics?.[0]?.CFRubricCriteria ?? []).entries()) {
      const before = original.CFRubrics?.[0]?.CFRubricCriteria?.[index]?.CFRubricCriterionLevels;
      expect(criterion.CFRubricCriterionLevels?.slice(0, 2)).toStrictEqual(before?.slice(0, 2));
      expect(criterion.CFRubricCriterionLevels?.[2]).toStrictEqual({
        ...before?.[2],
        quality: 'Expert practitioner',
        lastChangeDateTime: stamp,
      });
    }
    expect(back.CFRubrics?.[1]).toStrictEqual(original.CFRubrics?.[1]);
    expect(reimported(back)).toStrictEqual(changed);
  });
});

describe('exportCasePackage without base', () => {
  const fresh = exportCasePackage(digitalGovernmentFramework, { lastChangeDateTime: stamp });

  it('writes a valid CASE 1.1 package that imports back to the same framework', () => {
    expect(validateCasePackage(fresh).success).toBe(true);
    expect(fresh.CFDocument).toMatchObject({
      caseVersion: '1.1',
      creator: 'capkit',
      language: 'en',
    });
    expect(reimported(fresh)).toStrictEqual(digitalGovernmentFramework);
  });

  it('mints deterministic v5 identifiers from the capkit ids, and stamps with the time given', () => {
    expect(
      exportCasePackage(digitalGovernmentFramework, { lastChangeDateTime: stamp }),
    ).toStrictEqual(fresh);
    const item = fresh.CFItems?.find(
      (entry) =>
        (entry.extensions?.['capkit'] as { id?: string } | undefined)?.id === 'dg-data-protection',
    );
    expect(item?.identifier).toBe('09acd449-76ad-5cd3-a33c-8a8bd515e4aa');
    expect(item?.uri).toBe('urn:uuid:09acd449-76ad-5cd3-a33c-8a8bd515e4aa');
    const stamps = new Set(
      [
        fresh.CFDocument,
        ...(fresh.CFItems ?? []),
        ...(fresh.CFAssociations ?? []),
        ...(fresh.CFRubrics ?? []),
      ].map((entry) => entry.lastChangeDateTime),
    );
    expect([...stamps]).toStrictEqual([stamp]);
  });

  it('defines the Area and Competency item types and links every item to its type', () => {
    const types = fresh.CFDefinitions?.CFItemTypes ?? [];
    expect(types.map((type) => type.title)).toStrictEqual(['Area', 'Competency']);
    const typeOf = new Map(types.map((type) => [type.identifier, type.title]));
    expect(
      fresh.CFItems?.map((item) => [
        item.CFItemType,
        typeOf.get(item.CFItemTypeURI?.identifier ?? ''),
      ]),
    ).toStrictEqual(fresh.CFItems?.map((item) => [item.CFItemType, item.CFItemType]));
    expect(fresh.CFItems?.filter((item) => item.CFItemType === 'Area')).toHaveLength(
      digitalGovernmentFramework.areas.length,
    );
  });

  it('writes a rubric per scale, one criterion per competency rated on it', () => {
    expect(fresh.CFRubrics).toHaveLength(1);
    expect(fresh.CFRubrics?.[0]?.CFRubricCriteria).toHaveLength(
      digitalGovernmentFramework.competencies.length,
    );
    expect(
      fresh.CFRubrics?.[0]?.CFRubricCriteria?.[0]?.CFRubricCriterionLevels?.map(
        (level) => level.score,
      ),
    ).toStrictEqual([1, 2, 3, 4]);
  });

  it('gives a scale no competency uses a criterion linked to no item', () => {
    const framework = structuredClone(digitalGovernmentFramework);
    framework.scales.push({ ...structuredClone(digitalGovernmentScale), id: 'dg-unused' });
    const pkg = exportCasePackage(framework, {
      lastChangeDateTime: stamp,
      uriBase: 'https://case.example.gov/uri/',
    });
    const unused = pkg.CFRubrics?.[1];
    expect(unused?.CFRubricCriteria).toHaveLength(1);
    expect(unused?.CFRubricCriteria?.[0]?.CFItemURI).toBeUndefined();
    expect(unused?.uri).toBe(`https://case.example.gov/uri/${unused?.identifier ?? ''}`);
    expect(reimported(pkg)).toStrictEqual(framework);
  });
});

describe('round trips (fast-check)', () => {
  it('capkit → CASE → capkit gives the framework back', () => {
    fc.assert(
      fc.property(frameworkArbitrary, (framework) => {
        expect(validateCompetencyFramework(framework)).toMatchObject({ success: true });
        const pkg = exportCasePackage(framework, { lastChangeDateTime: stamp });
        expect(reimported(JSON.parse(JSON.stringify(pkg)) as CasePackage)).toStrictEqual(framework);
      }),
      { numRuns: 300 },
    );
  });

  it('CASE → capkit → CASE with base is deep-equal, whatever the package keeps beside', () => {
    const extras = fc.record({
      extension: fc
        .dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 })
        .map((value) => JSON.parse(JSON.stringify(value)) as CaseExtensions),
      unusedGrouping: fc.boolean(),
      unlinkedRubric: fc.boolean(),
    });
    fc.assert(
      fc.property(
        frameworkArbitrary,
        extras,
        (framework, { extension, unusedGrouping, unlinkedRubric }) => {
          const pkg = exportCasePackage(framework, { lastChangeDateTime: stamp });
          // What other tools add: unknown extensions, a grouping nothing uses, a rubric of its own.
          pkg.CFDocument.extensions = { ...pkg.CFDocument.extensions, 'org.example': extension };
          const first = pkg.CFItems?.[0];
          if (first !== undefined) first.extensions = { ...first.extensions, 'x-tool': extension };
          if (unusedGrouping) {
            pkg.CFDefinitions = {
              ...pkg.CFDefinitions,
              CFAssociationGroupings: [
                {
                  identifier: '0d3f6a1e-2b4c-4d5e-8f70-8192a3b4c5d6',
                  uri: 'urn:uuid:0d3f6a1e-2b4c-4d5e-8f70-8192a3b4c5d6',
                  title: 'Unused grouping',
                  lastChangeDateTime: '2025-01-01T00:00:00Z',
                },
              ],
            };
          }
          if (unlinkedRubric) {
            const observation = digitalGovernmentPackage().CFRubrics?.[1];
            if (observation !== undefined) pkg.CFRubrics?.push(observation);
          }
          const json = JSON.parse(JSON.stringify(pkg)) as CasePackage;
          const { framework: read, casePackage } = imported(json);
          expect(
            exportCasePackage(read, {
              base: casePackage,
              lastChangeDateTime: '2030-01-01T00:00:00Z',
            }),
          ).toStrictEqual(json);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the DigComp-style package re-exports deep-equal', () => {
    const original = digCompSamplePackage();
    const { framework, casePackage } = imported(original);
    expect(exportCasePackage(framework, { base: casePackage })).toStrictEqual(original);
  });
});

describe('exportCasePackage with a base imported with options', () => {
  it('re-exports deep-equal when given the same import options, and patches without them', () => {
    const original = digitalGovernmentPackage();
    delete original.CFRubrics;
    const result = importCasePackage(original, { scale: digitalGovernmentScale });
    if (!result.success) throw new Error(JSON.stringify(result.issues));
    const { framework, casePackage } = result.data;
    expect(
      exportCasePackage(framework, {
        base: casePackage,
        importOptions: { scale: digitalGovernmentScale },
      }),
    ).toStrictEqual(original);

    // Without them the caller's scale is new to the package: it becomes a rubric rating every
    // competency, and nothing else changes.
    const back = exportCasePackage(framework, { base: casePackage, lastChangeDateTime: stamp });
    expect(back.CFItems).toStrictEqual(original.CFItems);
    expect(back.CFAssociations).toStrictEqual(original.CFAssociations);
    expect(back.CFRubrics?.map((rubric) => rubric.CFRubricCriteria?.length)).toStrictEqual([3]);
    expect(reimported(back)).toStrictEqual(framework);
  });
});
