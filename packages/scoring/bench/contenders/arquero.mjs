// arquero: the wide table a survey export gives (loadCSV, and fromArrow of a nullable column,
// both yield a plain array with null for a missing rating): columns unit, role, q01–q40.
//
// Two idiomatic queries, both verified:
// - `arquero` (timed in the table): stay wide. Derive one score column per competency, look up
//   the role's required levels (one numeric key), derive gap and below per competency, group by
//   unit and roll up 4 aggregates × 10 competencies. It is the faster form (about 2.5–3× at 100k),
//   so it is the one set against capkit, to be fair to arquero.
// - `arqueroTidy` (timed at the smallest N only, as a footnote): the tidy route — derive scores,
//   fold to long form (10 rows per respondent), drop missing scores, look up the required level
//   by role × competency, group by unit × competency, roll up. Grouping by two columns builds a
//   string key per row (TOOLCHAIN.md); here that is 500 groups, far from the 2^23 where V8
//   stalls, so it finishes, just more slowly.
import * as aq from 'arquero';
import {
  COMPETENCIES,
  MISSING,
  ROLES,
  competencyIds,
  emptyAggregates,
  itemIds,
  itemsOfCompetency,
  scoringConfig,
} from '../surveyData.mjs';

const { op } = aq;

// Score of competency c: mean of its answered items when at least minAnswered are answered.
function scoreExpression(items) {
  const minAnswered = Math.ceil(scoringConfig.minAnsweredShare * items.length);
  const fields = items.map((j) => `d.${itemIds[j]}`);
  const answered = fields.map((field) => `(${field} != null)`).join(' + ');
  const sum = fields.map((field) => `(${field} ?? 0)`).join(' + ');
  return `d => { const n = ${answered}; return n >= ${minAnswered} ? (${sum}) / n : null; }`;
}

const scoreExpressions = Object.fromEntries(
  competencyIds.map((id, c) => [id, scoreExpression(itemsOfCompetency[c])]),
);

// Wide form: gap and below are null where the score is missing, so op.mean skips them.
const gapExpressions = Object.fromEntries(
  competencyIds.flatMap((id) => [
    [`gap_${id}`, `d => d.${id} == null ? null : op.greatest(0, d.required_${id} - d.${id})`],
    [`below_${id}`, `d => d.${id} == null ? null : d.${id} < d.required_${id} ? 1 : 0`],
  ]),
);
const wideRollup = Object.fromEntries(
  competencyIds.flatMap((id) => [
    [`count_${id}`, `d => op.valid(d.${id})`],
    [`mean_${id}`, `d => op.mean(d.${id})`],
    [`meanGap_${id}`, `d => op.mean(d.gap_${id})`],
    [`shareBelow_${id}`, `d => op.mean(d.below_${id})`],
  ]),
);

function loadResponses(survey) {
  const unit = new Array(survey.n);
  const role = new Array(survey.n);
  const items = itemIds.map(() => new Array(survey.n));
  survey.forEachRespondent((r, unitOfRespondent, roleOfRespondent, row) => {
    unit[r] = unitOfRespondent;
    role[r] = roleOfRespondent;
    for (let j = 0; j < items.length; j += 1) items[j][r] = row[j] === MISSING ? null : row[j];
  });
  return aq.table({ unit, role, ...Object.fromEntries(itemIds.map((id, j) => [id, items[j]])) });
}

const roleIndices = Array.from({ length: ROLES }, (_, role) => role);

export const arquero = {
  name: 'arquero',
  layout: 'wide table, plain arrays, null = missing',

  open() {
    return {};
  },

  load(context, survey) {
    const flat = survey.levels;
    // One row per role, one required-level column per competency.
    const requiredByRole = aq.table({
      role: roleIndices,
      ...Object.fromEntries(
        competencyIds.map((id, c) => [
          `required_${id}`,
          roleIndices.map((role) => flat[role * COMPETENCIES + c]),
        ]),
      ),
    });
    return { responses: loadResponses(survey), requiredByRole };
  },

  compute(context, { responses, requiredByRole }) {
    return responses
      .derive(scoreExpressions)
      .lookup(requiredByRole, 'role')
      .derive(gapExpressions)
      .groupby('unit')
      .rollup(wideRollup);
  },

  toAggregates(table) {
    const aggregates = emptyAggregates();
    for (const row of table.objects()) {
      competencyIds.forEach((id, c) => {
        const cell = row.unit * COMPETENCIES + c;
        aggregates.count[cell] = row[`count_${id}`];
        if (row[`count_${id}`] === 0) return;
        aggregates.mean[cell] = row[`mean_${id}`];
        aggregates.meanGap[cell] = row[`meanGap_${id}`];
        aggregates.shareBelow[cell] = row[`shareBelow_${id}`];
      });
    }
    return aggregates;
  },
};

export const arqueroTidy = {
  name: 'arquero-tidy',
  layout: 'same wide table; query folds to long form',

  open() {
    return {};
  },

  load(context, survey) {
    const flat = survey.levels;
    // Long form, one row per role × competency, as a tidy user keeps a lookup table.
    const levels = aq.table({
      role: Array.from({ length: ROLES * COMPETENCIES }, (_, i) => Math.floor(i / COMPETENCIES)),
      competency: Array.from(
        { length: ROLES * COMPETENCIES },
        (_, i) => competencyIds[i % COMPETENCIES],
      ),
      required: Array.from(flat),
    });
    return { responses: loadResponses(survey), levels };
  },

  compute(context, { responses, levels }) {
    return responses
      .derive(scoreExpressions)
      .select('unit', 'role', competencyIds)
      .fold(competencyIds, { as: ['competency', 'score'] })
      .filter((d) => d.score != null)
      .lookup(
        levels,
        [
          ['role', 'competency'],
          ['role', 'competency'],
        ],
        'required',
      )
      .derive({
        gap: (d) => op.greatest(0, d.required - d.score),
        below: (d) => (d.score < d.required ? 1 : 0),
      })
      .groupby('unit', 'competency')
      .rollup({
        count: op.count(),
        mean: op.mean('score'),
        meanGap: op.mean('gap'),
        shareBelow: op.mean('below'),
      });
  },

  toAggregates(table) {
    const aggregates = emptyAggregates();
    for (const row of table.objects()) {
      const cell = row.unit * COMPETENCIES + competencyIds.indexOf(row.competency);
      aggregates.count[cell] = row.count;
      aggregates.mean[cell] = row.mean;
      aggregates.meanGap[cell] = row.meanGap;
      aggregates.shareBelow[cell] = row.shareBelow;
    }
    return aggregates;
  },
};
