import type { Workspace } from '@capkit/model';
import {
  analyseUncertainty,
  buildIndex,
  maturityInputFromModel,
  type MaturityOptions,
  type UncertaintyPlan,
} from '@capkit/scoring/maturity';
import { DemoError, type RunContext } from '../contract.js';
import { textIn } from './responseNeeds.js';

const options: MaturityOptions = {
  imputation: 'columnMedian',
  normalisation: { method: 'minMax', low: 1, high: 100 },
};

// The scoring README's uncertainty plan: weights ±25 %, two normalisations, the root's
// aggregation geometric or arithmetic, imputation on or off; 500 base samples, seeded so that
// every visit shows the same intervals.
const plan = (rootId: string): UncertaintyPlan => ({
  samples: 500,
  seed: 2026,
  weightNoise: 0.25,
  normalisations: [
    { method: 'minMax', low: 1, high: 100 },
    { method: 'zScore', mean: 100, sd: 15 },
  ],
  aggregations: [
    { nodeId: rootId, alternatives: [{ method: 'geometric' }, { method: 'arithmetic' }] },
  ],
  imputation: true,
});

/** Whether two entities' rank intervals share a rank. */
const overlap = (a: { lowerRank: number; upperRank: number }, b: typeof a) =>
  a.lowerRank <= b.upperRank && b.lowerRank <= a.upperRank;

/**
 * The maturity index (the workspace's latest) by unit, its rank intervals under the choices
 * tested, the unit that ranks lowest and how sure that is.
 *
 * "Which choice moves ranks most" is the factor with the largest total Sobol index. The index
 * is a share of the rank variation, so it says nothing about whether any rank moves: with a
 * single factor varied it is about 1 by construction, however small the variation. So the demo
 * names a choice only when some rank intervals overlap and more than one choice was varied, and
 * gives the widget an analysis without `mostInfluential` otherwise (its summary would name it).
 */
export function capacityMaturity(workspace: Workspace, locale: string, { progress }: RunContext) {
  const index = workspace.maturityIndexes.at(-1);
  if (index === undefined) throw new DemoError('The workspace holds no maturity index.');
  const input = maturityInputFromModel(index, { locale });
  const rootId = index.nodes.find((node) => node.parentId === undefined)?.id;
  if (rootId === undefined) throw new DemoError('The maturity index has no root dimension.');
  progress(0, 2);
  const result = buildIndex(input, options);
  progress(1, 2);
  const uncertainty = analyseUncertainty(input, options, plan(rootId));
  progress(2, 2);
  const intervals = uncertainty.entities;
  const anyOverlap = intervals.some((a, i) => intervals.some((b, j) => i < j && overlap(a, b)));
  const named = anyOverlap && uncertainty.factors.length > 1 ? uncertainty.mostInfluential : null;
  const scored = result.entities.filter((entity) => entity.rank !== null);
  const lowest = scored.reduce<(typeof scored)[number] | undefined>(
    (worst, entity) =>
      worst === undefined || (entity.rank as number) > (worst.rank as number) ? entity : worst,
    undefined,
  );
  const lowestInterval = intervals.find((entity) => entity.id === lowest?.id);
  const entityName = (id: string) => {
    const entity = index.entities.find((candidate) => candidate.id === id);
    return entity === undefined ? id : textIn(entity.name, locale);
  };
  const sensitivity = uncertainty.sensitivity;
  const factorIndex = named === null ? -1 : uncertainty.factors.indexOf(named);
  return {
    index,
    // Not `result`: the page client reads a `result` field as a mutation's answer.
    indexResult: result,
    uncertainty: { ...uncertainty, mostInfluential: named },
    entities: result.entities.length,
    scored: scored.length,
    runs: uncertainty.restsOn.intervalRuns,
    lowest:
      lowest === undefined || lowestInterval === undefined
        ? null
        : {
            id: lowest.id,
            name: entityName(lowest.id),
            score: lowest.score ?? 0,
            rank: lowest.rank as number,
            lowerRank: lowestInterval.lowerRank,
            upperRank: lowestInterval.upperRank,
            // Others whose interval reaches the lowest's: they could rank lowest instead.
            couldSwapWith: intervals
              .filter((other) => other.id !== lowest.id && overlap(other, lowestInterval))
              .map((other) => entityName(other.id)),
          },
    anyOverlap,
    factors: uncertainty.factors,
    mostInfluential:
      named === null ? null : { factor: named, total: sensitivity?.total[factorIndex] ?? null },
    title: textIn(index.title, locale),
  };
}
