import type { CapacityAsset, Intervention } from '@capkit/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assetPlan, ministryAssets } from '../../test/fixtures/AssetsInventory.fixtures.js';
import {
  assetCompetencies,
  competencyChoices,
  filterAssets,
  inventoryFindings,
  kindsOf,
  matchAssets,
  planCompetencies,
} from './assetMatching.js';

// Every expected value below was worked out by hand from the fixtures' documents, not by
// running the code: see the comment on `assetPlan`.

const needed = planCompetencies(assetPlan);
const matches = matchAssets(ministryAssets, assetPlan.interventions, needed);

function byId(id: string) {
  const match = matches.find((m) => m.asset.id === id);
  if (match === undefined) throw new Error(`no asset ${id}`);
  return match;
}

function served(id: string) {
  return byId(id).interventions.map((m) => [m.intervention.id, m.named, m.competencyIds]);
}

describe('planCompetencies', () => {
  it('lists the targets of the interventions not cancelled, each once, in plan order', () => {
    expect(needed).toEqual([
      'data-literacy',
      'user-research',
      'accessibility',
      'cybersecurity',
      'leadership',
      'change-management',
    ]);
    expect(planCompetencies(undefined)).toEqual([]);
  });
});

describe('assetCompetencies', () => {
  it('adds the capability centres’ competencies to the asset’s own, each once', () => {
    expect(assetCompetencies(byId('a-centre').asset)).toEqual(['cybersecurity', 'geospatial']);
    const centre = {
      ...byId('a-centre').asset,
      competencyIds: ['geospatial', 'records'],
    };
    expect(assetCompetencies(centre)).toEqual(['geospatial', 'records', 'cybersecurity']);
  });
});

describe('matchAssets', () => {
  it('matches an intervention that names the asset and shares its competency', () => {
    expect(served('a-mentors')).toEqual([['i-data', true, ['data-literacy']]]);
    expect(byId('a-mentors').neededCompetencyIds).toEqual(['data-literacy']);
  });

  it('matches by a shared target competency without being named', () => {
    expect(served('a-academy')).toEqual([
      ['i-research', false, ['user-research']],
      ['i-lead', true, ['leadership']],
    ]);
    expect(served('a-cop')).toEqual([
      ['i-data', false, ['data-literacy']],
      ['i-research', false, ['accessibility']],
    ]);
    expect(byId('a-cop').neededCompetencyIds).toEqual(['data-literacy', 'accessibility']);
  });

  it('matches a centre of excellence through its capability centres', () => {
    expect(served('a-centre')).toEqual([['i-cyber', true, ['cybersecurity']]]);
  });

  it('leaves cancelled interventions out, even one that names the asset', () => {
    expect(served('a-video')).toEqual([]);
    expect(byId('a-video').neededCompetencyIds).toEqual([]);
  });

  it('matches an intervention that names the asset though they share no competency', () => {
    const named: Intervention = {
      ...(assetPlan.interventions[0] as Intervention),
      id: 'i-named',
      assetIds: ['a-video'],
    };
    const [video] = matchAssets([byId('a-video').asset], [named], []);
    expect(video?.interventions.map((m) => [m.intervention.id, m.named, m.competencyIds])).toEqual([
      ['i-named', true, []],
    ]);
  });
});

describe('inventoryFindings', () => {
  it('counts the assets that cover a need and names the needs no asset covers', () => {
    expect(inventoryFindings(matches, needed)).toEqual({
      total: 6,
      covering: 5,
      uncovered: ['change-management'],
    });
    expect(inventoryFindings(matchAssets(ministryAssets, [], []), [])).toEqual({
      total: 6,
      covering: 0,
      uncovered: [],
    });
  });
});

describe('filterAssets', () => {
  it('keeps by kind, by competency (capability centres included), or both', () => {
    const ids = (filter: Parameters<typeof filterAssets>[1]) =>
      filterAssets(matches, filter).map((m) => m.asset.id);
    expect(ids({ competencyId: null, kind: 'learningMaterial' })).toEqual(['a-guide', 'a-video']);
    expect(ids({ competencyId: 'accessibility', kind: null })).toEqual(['a-cop', 'a-guide']);
    expect(ids({ competencyId: 'geospatial', kind: null })).toEqual(['a-centre']);
    expect(ids({ competencyId: 'accessibility', kind: 'learningMaterial' })).toEqual(['a-guide']);
    expect(ids({ competencyId: 'change-management', kind: null })).toEqual([]);
  });
});

describe('competencyChoices and kindsOf', () => {
  it('offers the needed competencies first, then the others the assets build', () => {
    expect(competencyChoices(matches, needed)).toEqual([
      ...needed,
      'procurement',
      'geospatial',
      'records',
    ]);
    expect(kindsOf(matches.slice(3))).toEqual(['centreOfExcellence', 'learningMaterial']);
  });
});

// Small documents over a handful of ids, so that matches and misses both happen often.
const competencyId = fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5');
const assetArbitrary = fc
  .record({
    id: fc.constantFrom('a1', 'a2', 'a3', 'a4'),
    competencyIds: fc.array(competencyId, { maxLength: 3 }),
    centres: fc.array(fc.array(competencyId, { maxLength: 2 }), { maxLength: 2 }),
  })
  .map(({ id, competencyIds, centres }): CapacityAsset => ({
    id,
    round: 1,
    kind: 'centreOfExcellence',
    name: { en: id },
    competencyIds,
    capabilityCentres: centres.map((ids, index) => ({
      id: `${id}-${String(index)}`,
      name: { en: 'centre' },
      competencyIds: ids,
    })),
  }));
const interventionArbitrary = fc
  .record({
    targets: fc.array(competencyId, { minLength: 1, maxLength: 3 }),
    assetIds: fc.array(fc.constantFrom('a1', 'a2', 'a3', 'a4'), { maxLength: 2 }),
    status: fc.constantFrom('planned', 'inProgress', 'completed', 'cancelled' as const),
  })
  .map(({ targets, assetIds, status }): Intervention => ({
    ...(assetPlan.interventions[0] as Intervention),
    id: `i-${targets.join('')}-${assetIds.join('')}-${status}`,
    targets: targets.map((c) => ({ competencyId: c, expectedLevelGain: 1 })),
    assetIds,
    status,
  }));

describe('matching properties', () => {
  it('serves exactly the live interventions that name the asset or share a competency', () => {
    fc.assert(
      fc.property(
        fc.array(assetArbitrary, { maxLength: 4 }),
        fc.array(interventionArbitrary, { maxLength: 5 }),
        fc.array(competencyId, { maxLength: 5 }),
        (assets, interventions, need) => {
          const result = matchAssets(assets, interventions, need);
          result.forEach((match, index) => {
            const asset = assets[index] as CapacityAsset;
            const builds = new Set(assetCompetencies(asset));
            const expected = interventions.filter(
              (i) =>
                i.status !== 'cancelled' &&
                ((i.assetIds ?? []).includes(asset.id) ||
                  i.targets.some((t) => builds.has(t.competencyId))),
            );
            expect(match.interventions.map((m) => m.intervention)).toEqual(expected);
          });
        },
      ),
    );
  });

  it('splits the needed competencies into covered by some asset and uncovered, whatever the order', () => {
    fc.assert(
      fc.property(
        fc.array(assetArbitrary, { maxLength: 4 }),
        fc.array(competencyId, { maxLength: 5 }),
        (assets, need) => {
          const findings = inventoryFindings(matchAssets(assets, [], need), need);
          const built = new Set(assets.flatMap(assetCompetencies));
          for (const id of new Set(need)) {
            expect(findings.uncovered.includes(id)).toBe(!built.has(id));
          }
          const reversed = inventoryFindings(matchAssets([...assets].reverse(), [], need), need);
          expect(reversed.covering).toBe(findings.covering);
          expect(reversed.uncovered).toEqual(findings.uncovered);
        },
      ),
    );
  });
});
