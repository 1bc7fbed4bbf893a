// floor: not an answer to the question, the cost of reading the question's input. One plain
// pass summing every byte of the same Uint8Array capkit reads; any engine that looks at each
// rating once cannot beat it by much in JavaScript. Its result is not comparable, so it is not
// verified.
import { generateMatrix } from '../surveyData.mjs';

export const floor = {
  name: 'floor',
  layout: 'same Uint8Array as capkit',

  open() {
    return {};
  },

  load(context, survey) {
    return generateMatrix(survey).matrix;
  },

  compute(context, { ratings }) {
    let sum = 0;
    for (let i = 0; i < ratings.length; i += 1) sum += ratings[i];
    return sum;
  },

  toAggregates: null,
};
