// naive: what a developer writes first. The layout is what a survey API or JSON export gives:
// an array of one object per respondent, `{ unit, role, ratings }`, ratings a plain array with
// null where missing. The query is plain loops with a Map keyed by "unit|competency".
import {
  COMPETENCIES,
  MISSING,
  ROLES,
  emptyAggregates,
  itemsOfCompetency,
  scoringConfig,
} from '../surveyData.mjs';

export const naive = {
  name: 'naive',
  layout: 'array of { unit, role, ratings: number[] } (null = missing)',

  open() {
    return {};
  },

  load(context, survey) {
    const respondents = [];
    survey.forEachRespondent((r, unit, role, row) => {
      respondents.push({
        unit,
        role,
        ratings: Array.from(row, (value) => (value === MISSING ? null : value)),
      });
    });
    const flat = survey.levels;
    // Required levels as a developer would hold them: levels[role][competency].
    const levels = Array.from({ length: ROLES }, (_, role) =>
      Array.from(flat.subarray(role * COMPETENCIES, (role + 1) * COMPETENCIES)),
    );
    return { respondents, levels };
  },

  compute(context, { respondents, levels }) {
    const share = scoringConfig.minAnsweredShare;
    const totals = new Map();
    for (const respondent of respondents) {
      for (let c = 0; c < COMPETENCIES; c += 1) {
        const items = itemsOfCompetency[c];
        let sum = 0;
        let answered = 0;
        for (const j of items) {
          const value = respondent.ratings[j];
          if (value !== null) {
            sum += value;
            answered += 1;
          }
        }
        if (answered < Math.ceil(share * items.length)) continue;
        const score = sum / answered;
        const required = levels[respondent.role][c];
        const key = `${respondent.unit}|${c}`;
        let total = totals.get(key);
        if (total === undefined) {
          total = {
            unit: respondent.unit,
            competency: c,
            count: 0,
            scoreSum: 0,
            gapSum: 0,
            below: 0,
          };
          totals.set(key, total);
        }
        total.count += 1;
        total.scoreSum += score;
        total.gapSum += Math.max(0, required - score);
        if (score < required) total.below += 1;
      }
    }
    return [...totals.values()].map((total) => ({
      unit: total.unit,
      competency: total.competency,
      count: total.count,
      mean: total.scoreSum / total.count,
      meanGap: total.gapSum / total.count,
      shareBelow: total.below / total.count,
    }));
  },

  toAggregates(rows) {
    const aggregates = emptyAggregates();
    for (const row of rows) {
      const cell = row.unit * COMPETENCIES + row.competency;
      aggregates.count[cell] = row.count;
      aggregates.mean[cell] = row.mean;
      aggregates.meanGap[cell] = row.meanGap;
      aggregates.shareBelow[cell] = row.shareBelow;
    }
    return aggregates;
  },
};
