// The one seeded survey every contender reads: N respondents × 40 items (4 per competency, in
// instrument order q01–q40, c01 = q01–q04 …), 10 competencies, 50 units, 8 roles, ratings 1–5
// with ~5% missing, and a required level 1–5 per role × competency. No Math.random: the same
// seed gives the same bytes on every run; the bench writes them to a file once per N and every
// contender's process reads that file.
import { closeSync, openSync, readSync, writeSync } from 'node:fs';

/** Byte for a missing rating, as in src/responseMatrix.ts. */
export const MISSING = 255;
export const ITEMS_PER_COMPETENCY = 4;
export const COMPETENCIES = 10;
export const ITEMS = COMPETENCIES * ITEMS_PER_COMPETENCY;
export const UNITS = 50;
export const ROLES = 8;
export const SCALE = { min: 1, max: 5 };
export const MIN_ANSWERED_SHARE = 0.5;
/** Fewest answered items of a competency that give a score: 2 of 4. */
export const MIN_ANSWERED = Math.ceil(MIN_ANSWERED_SHARE * ITEMS_PER_COMPETENCY);

export const competencyIds = Array.from(
  { length: COMPETENCIES },
  (_, c) => `c${String(c + 1).padStart(2, '0')}`,
);
export const itemIds = Array.from(
  { length: ITEMS },
  (_, j) => `q${String(j + 1).padStart(2, '0')}`,
);
/** Competency index of each item (column order). */
export const competencyOfItem = Array.from({ length: ITEMS }, (_, j) =>
  Math.floor(j / ITEMS_PER_COMPETENCY),
);
/** Item indices of each competency. */
export const itemsOfCompetency = competencyIds.map((_, c) =>
  itemIds.map((_, j) => j).filter((j) => competencyOfItem[j] === c),
);

/** The scoring config every contender implements, in capkit's `ScoringConfig` shape. */
export const scoringConfig = {
  scale: SCALE,
  competencies: competencyIds,
  items: itemIds.map((id, j) => ({ id, competency: competencyIds[competencyOfItem[j]] })),
  minAnsweredShare: MIN_ANSWERED_SHARE,
};

export const DEFAULT_SEED = 20_240_611;
export const DEFAULT_MISSING_RATE = 0.05;

/** Mulberry32, the same generator as src/random.ts (which the built package does not export). */
export function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Required level (1–5) of each role × competency, at `role * COMPETENCIES + c`. */
export function requiredLevels(seed = DEFAULT_SEED) {
  const random = createRandom(seed ^ 0x5eed);
  const levels = new Float64Array(ROLES * COMPETENCIES);
  for (let i = 0; i < levels.length; i += 1) levels[i] = 1 + Math.floor(random() * 5);
  return levels;
}

/** Bytes per respondent in a survey file: unit, role, then the ITEMS ratings. */
export const RECORD_BYTES = ITEMS + 2;
const CHUNK_RESPONDENTS = 16_384;

/**
 * A survey to load: its size, the required levels, and `forEachRespondent(visit)`, which calls
 * `visit(r, unit, role, row)` for each respondent in order. `row` is one reused Uint8Array of
 * ITEMS ratings, MISSING where absent: copy what you keep. Streaming lets each contender build
 * only its own layout, so its memory is not inflated by a second copy.
 *
 * @typedef {{ n: number, levels: Float64Array, forEachRespondent: (visit: (r: number, unit: number, role: number, row: Uint8Array) => void) => void }} Survey
 */

/** The seeded survey, generated as it is read. */
export function generatedSurvey(
  n,
  { seed = DEFAULT_SEED, missingRate = DEFAULT_MISSING_RATE } = {},
) {
  return {
    n,
    levels: requiredLevels(seed),
    forEachRespondent(visit) {
      const random = createRandom(seed);
      const row = new Uint8Array(ITEMS);
      const answeredRate = 1 - missingRate;
      for (let r = 0; r < n; r += 1) {
        const unit = Math.floor(random() * UNITS);
        const role = Math.floor(random() * ROLES);
        for (let j = 0; j < ITEMS; j += 1) {
          // One draw per cell: below missingRate → missing, else spread evenly over 1–5.
          const u = random();
          row[j] =
            u < missingRate
              ? MISSING
              : 1 + Math.min(4, Math.floor(((u - missingRate) / answeredRate) * 5));
        }
        visit(r, unit, role, row);
      }
    },
  };
}

/**
 * Writes a survey to a file of RECORD_BYTES per respondent. The bench generates each N once and
 * every child process reads the file: generating in the child would churn its JS heap (V8
 * then grows its young generation) and blur the memory it reports.
 */
export function writeSurveyFile(path, survey) {
  const chunk = new Uint8Array(CHUNK_RESPONDENTS * RECORD_BYTES);
  const file = openSync(path, 'w');
  let filled = 0;
  survey.forEachRespondent((r, unit, role, row) => {
    const base = filled * RECORD_BYTES;
    chunk[base] = unit;
    chunk[base + 1] = role;
    chunk.set(row, base + 2);
    filled += 1;
    if (filled === CHUNK_RESPONDENTS) {
      writeSync(file, chunk);
      filled = 0;
    }
  });
  if (filled > 0) writeSync(file, chunk, 0, filled * RECORD_BYTES);
  closeSync(file);
}

/** A survey read from a file written by {@link writeSurveyFile}, one reused chunk at a time. */
export function surveyFromFile(path, n, { seed = DEFAULT_SEED } = {}) {
  return {
    n,
    levels: requiredLevels(seed),
    forEachRespondent(visit) {
      const chunk = new Uint8Array(CHUNK_RESPONDENTS * RECORD_BYTES);
      const row = new Uint8Array(ITEMS);
      const file = openSync(path, 'r');
      for (let first = 0; first < n; first += CHUNK_RESPONDENTS) {
        const count = Math.min(CHUNK_RESPONDENTS, n - first);
        const bytes = readSync(file, chunk, 0, count * RECORD_BYTES, first * RECORD_BYTES);
        if (bytes !== count * RECORD_BYTES)
          throw new Error(`${path} is short: ${n} respondents expected`);
        for (let i = 0; i < count; i += 1) {
          const base = i * RECORD_BYTES;
          for (let j = 0; j < ITEMS; j += 1) row[j] = chunk[base + 2 + j];
          visit(first + i, chunk[base], chunk[base + 1], row);
        }
      }
      closeSync(file);
    },
  };
}

/** The survey as capkit's ResponseMatrix (row-major bytes) plus unit and role per respondent. */
export function generateMatrix(survey) {
  const { n } = survey;
  const ratings = new Uint8Array(n * ITEMS);
  const unitOf = new Uint8Array(n);
  const roleOf = new Uint8Array(n);
  survey.forEachRespondent((r, unit, role, row) => {
    unitOf[r] = unit;
    roleOf[r] = role;
    ratings.set(row, r * ITEMS);
  });
  return { matrix: { respondents: n, items: ITEMS, ratings }, unitOf, roleOf };
}

/**
 * Per unit × competency aggregates, every contender's answer in one shape so they can be
 * compared: Float64Arrays at `unit * COMPETENCIES + c`; mean, meanGap and shareBelow are NaN
 * where no respondent of the unit has a score.
 */
export function emptyAggregates() {
  const cells = UNITS * COMPETENCIES;
  return {
    count: new Float64Array(cells),
    mean: new Float64Array(cells).fill(Number.NaN),
    meanGap: new Float64Array(cells).fill(Number.NaN),
    shareBelow: new Float64Array(cells).fill(Number.NaN),
  };
}

/** First difference above `tolerance` between two aggregate sets, or null when they agree. */
export function firstDifference(expected, actual, tolerance = 1e-9) {
  for (const key of ['count', 'mean', 'meanGap', 'shareBelow']) {
    for (let cell = 0; cell < expected[key].length; cell += 1) {
      const a = expected[key][cell];
      const b = actual[key][cell];
      const same = (Number.isNaN(a) && Number.isNaN(b)) || Math.abs(a - b) <= tolerance;
      if (!same) {
        const unit = Math.floor(cell / COMPETENCIES);
        const competency = competencyIds[cell % COMPETENCIES];
        return `${key} of unit ${unit} × ${competency}: expected ${a}, got ${b}`;
      }
    }
  }
  return null;
}
