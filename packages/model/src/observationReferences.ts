import type { CapacityDevelopmentPlan } from './capacityDevelopmentPlan.js';
import type { Evaluation, ObservationInstrument } from './evaluation.js';
import type { IssueList, Path } from './issueList.js';

/** The Kirkpatrick level each instrument measures: reaction 1, tests 2, behaviour 3. */
const levelOf: Readonly<Record<ObservationInstrument, 1 | 2 | 3>> = {
  reaction: 1,
  preTest: 2,
  postTest: 2,
  followUp: 3,
  supervisorRating: 3,
};

/**
 * Checks an evaluation's per-person observations: unique ids, each of a known person, about an
 * intervention of the evaluated plan (when the plan exists; an unknown plan is reported once,
 * at `planId`), at the Kirkpatrick level its instrument measures, on a scale whose top is above
 * its bottom, with its value on that scale.
 */
export function checkObservations(
  evaluation: Evaluation,
  path: Path,
  list: IssueList,
  known: {
    readonly plan: CapacityDevelopmentPlan | undefined;
    readonly interventionIds: ReadonlySet<string>;
    readonly people: ReadonlyMap<string, unknown>;
  },
): void {
  list.index(evaluation.observations, [...path, 'observations']);
  evaluation.observations.forEach((observation, o) => {
    const at = [...path, 'observations', o];
    list.resolve(known.people, observation.personId, [...at, 'personId'], 'person');
    if (known.plan !== undefined) {
      list.resolve(
        known.interventionIds,
        observation.interventionId,
        [...at, 'interventionId'],
        'intervention',
      );
    }
    const expected = levelOf[observation.instrument];
    if (observation.level !== expected) {
      list.add([...at, 'level'], 'observation.levelMismatch', {
        instrument: observation.instrument,
        level: observation.level,
        expected,
      });
    }
    const { value, scaleMin: min, scaleMax: max } = observation;
    if (!(min < max)) list.add([...at, 'scaleMax'], 'observation.emptyScale', { min, max });
    else if (value < min || value > max) {
      list.add([...at, 'value'], 'observation.valueOutOfRange', { value, min, max });
    }
  });
}
