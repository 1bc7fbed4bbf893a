// fast-check arbitraries of evaluation observations (test helpers, not exported by index.ts).
import fc from 'fast-check';
import {
  calendarDateArbitrary,
  finiteNumber,
  pickFrom,
  plain,
  uniqueIdsBetween,
} from './arbitraryPrimitives.js';
import type { EvaluationObservation, ObservationInstrument } from './evaluation.js';

const instrumentsByLevel: readonly (readonly [1 | 2 | 3, ObservationInstrument])[] = [
  [1, 'reaction'],
  [2, 'preTest'],
  [2, 'postTest'],
  [3, 'followUp'],
  [3, 'supervisorRating'],
];

/**
 * Up to four observations of `personIds` in `interventionIds` (none when either is empty), each
 * on a scale whose top is above its bottom, with its value on it.
 */
export function observationsArbitrary(
  personIds: readonly string[],
  interventionIds: readonly string[],
): fc.Arbitrary<EvaluationObservation[]> {
  if (personIds.length === 0 || interventionIds.length === 0) return fc.constant([]);
  return uniqueIdsBetween(0, 4).chain((observationIds) =>
    fc.tuple(
      ...observationIds.map((id) =>
        fc
          .record(
            {
              personId: pickFrom(personIds),
              interventionId: pickFrom(interventionIds),
              kind: pickFrom(instrumentsByLevel),
              scaleMin: fc.integer({ min: -10, max: 10 }),
              width: fc.integer({ min: 1, max: 100 }),
              share: finiteNumber(0, 1),
              on: calendarDateArbitrary,
            },
            plain,
          )
          .map(({ kind: [level, instrument], scaleMin, width, share, ...rest }) => ({
            id,
            ...rest,
            level,
            instrument,
            value: Math.min(scaleMin + width, scaleMin + share * width),
            scaleMin,
            scaleMax: scaleMin + width,
          })),
      ),
    ),
  );
}
