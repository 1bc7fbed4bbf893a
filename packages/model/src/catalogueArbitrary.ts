// fast-check arbitraries of the interventions catalogue (test helpers, not exported by index.ts).
import fc from 'fast-check';
import {
  daysInOrder,
  finiteNumber,
  localizedTextArbitrary,
  pickFrom,
  plain,
  someOf,
  uniqueIdsBetween,
} from './arbitraryPrimitives.js';
import { interventionKindSchema } from './capacityDevelopmentPlan.js';
import type { InterventionCost } from './interventionCost.js';
import type { InterventionOffering } from './interventionOffering.js';

/** Currencies the generated plans and offerings are costed in. */
export const currencyArbitrary = fc.constantFrom('KES', 'EUR', 'USD', 'XOF', 'JOD');

/** A cost in `currency`: a fixed part and a part per participant, whole amounts. */
export function interventionCostIn(currency: string): fc.Arbitrary<InterventionCost> {
  return fc.record(
    {
      currency: fc.constant(currency),
      fixed: fc.nat({ max: 100_000 }),
      perParticipant: fc.nat({ max: 2_000 }),
    },
    plain,
  );
}

/** What an offering may point at in the rest of the workspace. */
export interface CatalogueContext {
  readonly competencyIds: readonly string[];
  readonly assetIds: readonly string[];
}

function offeringWithId(
  id: string,
  earlierIds: readonly string[],
  known: CatalogueContext,
): fc.Arbitrary<InterventionOffering> {
  const optional = fc.record(
    {
      // Prerequisites only among earlier offerings, so the catalogue never runs in a cycle.
      prerequisiteIds:
        earlierIds.length === 0
          ? fc.constant<string[]>([])
          : someOf(earlierIds, { minLength: 1, maxLength: Math.min(2, earlierIds.length) }),
      window: daysInOrder(2),
      providerAssetId:
        known.assetIds.length === 0 ? fc.constant(undefined) : pickFrom(known.assetIds),
    },
    { requiredKeys: [], ...plain },
  );
  return fc
    .record(
      {
        id: fc.constant(id),
        kind: pickFrom(interventionKindSchema.options),
        title: localizedTextArbitrary,
        targets: someOf(known.competencyIds, {
          minLength: 1,
          maxLength: Math.min(3, known.competencyIds.length),
        }).chain((ids) =>
          fc.tuple(
            ...ids.map((competencyId) =>
              finiteNumber(0.1, 3).map((expectedLevelGain) => ({
                competencyId,
                expectedLevelGain,
              })),
            ),
          ),
        ),
        cost: currencyArbitrary.chain(interventionCostIn),
        seats: fc.integer({ min: 1, max: 400 }),
        durationDays: finiteNumber(0.5, 60).filter((days) => days > 0),
      },
      plain,
    )
    .chain((offering) =>
      optional.map(({ prerequisiteIds, window, providerAssetId }) => ({
        ...offering,
        ...(prerequisiteIds === undefined || prerequisiteIds.length === 0
          ? {}
          : { prerequisiteIds }),
        ...(window === undefined
          ? {}
          : { availableFrom: window[0] ?? '', availableUntil: window[1] ?? '' }),
        ...(providerAssetId === undefined ? {} : { providerAssetId }),
      })),
    );
}

/**
 * A catalogue of up to four offerings on `known` competencies and assets, whose prerequisites
 * point at earlier offerings only (no cycle), available from a day no later than until.
 */
export function catalogueArbitrary(known: CatalogueContext): fc.Arbitrary<InterventionOffering[]> {
  if (known.competencyIds.length === 0) return fc.constant([]);
  return uniqueIdsBetween(0, 4).chain((offeringIds) =>
    fc.tuple(
      ...offeringIds.map((id, index) => offeringWithId(id, offeringIds.slice(0, index), known)),
    ),
  );
}
