import { digitalGovernmentFramework } from '@capkit/model/reference';
import { describe, expect, it } from 'vitest';
import { digCompSamplePackage, digitalGovernmentPackage } from './__tests__/fixtures.js';
import { crosswalk } from './crosswalk.js';
import { exportCasePackage } from './exportPackage.js';
import { importCasePackage } from './importPackage.js';

const reference = exportCasePackage(digitalGovernmentFramework, {
  lastChangeDateTime: '2026-03-01T08:00:00Z',
});

describe('crosswalk between capkit’s reference framework and a DigComp-style framework', () => {
  const digComp = digCompSamplePackage();
  const walk = crosswalk([reference, digComp]);

  it('finds the DigComp competences matched to a reference competency, by capkit id', () => {
    const matches = walk.matchesOf('dg-data-protection');
    expect(
      matches.map((match) => [
        match.associationType,
        match.side,
        match.item?.humanCodingScheme,
        match.heldBy,
      ]),
    ).toStrictEqual([['exactMatchOf', 'destination', '4.2', digComp.CFDocument.identifier]]);
  });

  it('finds the same by CASE identifier and by URI, from either end', () => {
    const protection = reference.CFItems?.find(
      (item) =>
        (item.extensions?.['capkit'] as { id?: string } | undefined)?.id === 'dg-data-protection',
    );
    expect(walk.matchesOf(protection?.identifier.toUpperCase() ?? '')).toHaveLength(1);
    expect(walk.matchesOf(protection?.uri ?? '')).toHaveLength(1);
    const fromDigComp = walk.matchesOf(digComp.CFItems?.[4]?.uri ?? '');
    expect(
      fromDigComp.map((match) => [match.associationType, match.side, match.item?.identifier]),
    ).toStrictEqual([['exactMatchOf', 'origin', protection?.identifier]]);
  });

  it('filters by association type, and leaves the tree out unless asked', () => {
    const dataAnalysis = 'dg-data-analysis';
    expect(walk.matchesOf(dataAnalysis).map((match) => match.associationType)).toStrictEqual([
      'isRelatedTo',
    ]);
    expect(walk.matchesOf(dataAnalysis, { types: ['exactMatchOf'] })).toStrictEqual([]);
    expect(
      walk.matchesOf('dg-data-analysis', { types: ['isChildOf'] }).map((match) => match.node.title),
    ).toStrictEqual(['Data and intelligence']);
  });

  it('returns nothing for an item no association names', () => {
    expect(walk.matchesOf('dg-geospatial')).toStrictEqual([]);
    expect(walk.matchesOf('no-such-item')).toStrictEqual([]);
  });
});

describe('crosswalk of an imported package', () => {
  it('keeps external matches, ext: types and translations queryable after a lossless round trip', () => {
    const original = digitalGovernmentPackage();
    const result = importCasePackage(original);
    if (!result.success) throw new Error('import failed');
    const back = exportCasePackage(result.data.framework, { base: result.data.casePackage });
    const dataLiteracy = original.CFItems?.[4]?.identifier ?? '';
    const agile = original.CFItems?.[2]?.identifier ?? '';
    const userResearch = original.CFItems?.[1]?.identifier ?? '';
    for (const pkg of [original, back]) {
      const walk = crosswalk([pkg]);
      expect(
        walk.matchesOf(dataLiteracy).map((match) => [match.associationType, match.side]),
      ).toStrictEqual([
        ['exactMatchOf', 'origin'],
        ['isRelatedTo', 'destination'],
      ]);
      expect(
        walk
          .matchesOf(agile, { types: ['ext:isAssessedBy'] })
          .map((match) => match.node.targetType),
      ).toStrictEqual(['ext:course']);
      expect(
        walk
          .matchesOf(userResearch, { types: ['isTranslationOf'] })
          .map((match) => match.node.title),
      ).toStrictEqual(['Recherche utilisateur']);
    }
  });
});
