// A generated survey in the long form government apps keep (answers and people tables), its
// scoring config and groups, and the JS engine's answer for it: the reference every SQL test
// compares with.
import { expect } from 'vitest';
import type { GroupPartials } from '../../aggregateByGroup.js';
import {
  aggregatePublication,
  type PublicationGroups,
  type PublicationPartials,
} from '../../publication.js';
import { createRandom } from '../../random.js';
import { MISSING, type ResponseMatrix } from '../../responseMatrix.js';
import type { CompiledScoringConfig, ScoringConfig } from '../../scoringConfig.js';

export interface Person {
  readonly respondent: string;
  readonly unit: string;
  readonly role: string;
}

export interface Answer {
  readonly respondent: string;
  readonly item: string;
  /** `null`: a row whose rating is NULL (a missing rating is also no row at all). */
  readonly rating: number | null;
}

export interface LongSurvey {
  readonly config: ScoringConfig;
  readonly people: readonly Person[];
  readonly answers: readonly Answer[];
  readonly groups: {
    readonly units: { readonly ids: readonly string[]; readonly parentOf: readonly number[] };
    readonly roles: { readonly ids: readonly string[]; readonly levels: readonly number[] };
  };
}

/** The shape of a generated survey; every id can be replaced (hostile ids, unicode). */
export interface SurveyShape {
  readonly seed: number;
  readonly people: number;
  readonly scale?: { readonly min: number; readonly max: number };
  /** Items per competency. */
  readonly itemsPerCompetency: readonly number[];
  /** `unit`: weight 1; `integer`: 1–4; `fractional`: decimals such as 0.3, whose sums round. */
  readonly weights?: 'unit' | 'integer' | 'fractional';
  readonly reverseShare?: number;
  readonly minAnsweredShare?: number;
  readonly missingRate?: number;
  /** Share of missing ratings written as a NULL row rather than left out. */
  readonly nullRowShare?: number;
  readonly units?: number;
  readonly roles?: number;
  /** Share of role × competency pairs without a required level. */
  readonly noLevelShare?: number;
  readonly itemId?: (j: number) => string;
  readonly unitId?: (u: number) => string;
  readonly roleId?: (r: number) => string;
  readonly respondentId?: (p: number) => string;
}

function shuffle(list: unknown[], random: () => number): void {
  for (let i = list.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
}

/** A seeded survey of the given shape. */
export function longSurvey(shape: SurveyShape): LongSurvey {
  const random = createRandom(shape.seed);
  const { min, max } = shape.scale ?? { min: 1, max: 5 };
  const itemId = shape.itemId ?? ((j: number) => `q${j}`);
  const unitId = shape.unitId ?? ((u: number) => `unit-${u}`);
  const roleId = shape.roleId ?? ((r: number) => `role-${r}`);
  const respondentId = shape.respondentId ?? ((p: number) => `p${p}`);
  const competencies = shape.itemsPerCompetency.map((_, c) => `c${c}`);
  const items: ScoringConfig['items'] = [];
  shape.itemsPerCompetency.forEach((count, c) => {
    for (let k = 0; k < count; k += 1) {
      const weight =
        shape.weights === 'integer'
          ? 1 + Math.floor(random() * 4)
          : shape.weights === 'fractional'
            ? [0.1, 0.2, 0.3, 0.7, 1.1, 2.35][Math.floor(random() * 6)]
            : undefined;
      items.push({
        id: itemId(items.length),
        competency: competencies[c] as string,
        ...(random() < (shape.reverseShare ?? 0) ? { reverseCoded: true } : {}),
        ...(weight === undefined ? {} : { weight }),
      });
    }
  });
  // Interleave competencies, so that column order is not competency order.
  shuffle(items, random);
  const U = shape.units ?? 3;
  const R = shape.roles ?? 2;
  const unitIds = Array.from({ length: U }, (_, u) => unitId(u));
  const roleIds = Array.from({ length: R }, (_, r) => roleId(r));
  const parentOf = Array.from({ length: U }, (_, u) => (u === 0 ? -1 : Math.floor(random() * u)));
  const levels = Array.from({ length: R * competencies.length }, () =>
    random() < (shape.noLevelShare ?? 0.2)
      ? Number.NaN
      : min + Math.floor(random() * (max - min + 1)),
  );
  const people: Person[] = [];
  const answers: Answer[] = [];
  const missingRate = shape.missingRate ?? 0.2;
  for (let p = 0; p < shape.people; p += 1) {
    const respondent = respondentId(p);
    people.push({
      respondent,
      unit: unitIds[Math.floor(random() * U)] as string,
      role: roleIds[Math.floor(random() * R)] as string,
    });
    for (const item of items) {
      if (random() < missingRate) {
        if (random() < (shape.nullRowShare ?? 0.5))
          answers.push({ respondent, item: item.id, rating: null });
        continue;
      }
      const rating = min + Math.floor(random() * (max - min + 1));
      answers.push({ respondent, item: item.id, rating });
    }
  }
  // The database holds rows in no particular order.
  shuffle(answers, random);
  return {
    config: {
      scale: { min, max },
      competencies,
      items,
      ...(shape.minAnsweredShare === undefined ? {} : { minAnsweredShare: shape.minAnsweredShare }),
    },
    people,
    answers,
    groups: { units: { ids: unitIds, parentOf }, roles: { ids: roleIds, levels } },
  };
}

/** The survey as the JS engine's input: a byte matrix with the rows of `people`, in order. */
export function referenceInput(
  survey: LongSurvey,
  config: CompiledScoringConfig,
): { matrix: ResponseMatrix; groups: PublicationGroups } {
  const row = new Map(survey.people.map((person, r) => [person.respondent, r]));
  const column = new Map(config.config.items.map((item, j) => [item.id, j]));
  const ratings = new Uint8Array(survey.people.length * config.items).fill(MISSING);
  for (const answer of survey.answers) {
    const r = row.get(answer.respondent);
    const j = column.get(answer.item);
    if (r === undefined || j === undefined || answer.rating === null) continue;
    ratings[r * config.items + j] = answer.rating;
  }
  const unitIndex = new Map(survey.groups.units.ids.map((id, u) => [id, u]));
  const roleIndex = new Map(survey.groups.roles.ids.map((id, r) => [id, r]));
  return {
    matrix: { respondents: survey.people.length, items: config.items, ratings },
    groups: {
      units: {
        groupOf: Uint32Array.from(survey.people, (person) => unitIndex.get(person.unit) ?? 0),
        groups: survey.groups.units.ids.length,
        parentOf: Int32Array.from(survey.groups.units.parentOf),
      },
      roles: {
        roleOf: Uint32Array.from(survey.people, (person) => roleIndex.get(person.role) ?? 0),
        levels: Float64Array.from(survey.groups.roles.levels),
      },
    },
  };
}

/** What the JS engine computes from the same survey. */
export function referencePartials(
  survey: LongSurvey,
  config: CompiledScoringConfig,
  quantiles: boolean,
): PublicationPartials {
  const { matrix, groups } = referenceInput(survey, config);
  return aggregatePublication(matrix, config, groups, { quantiles });
}

const close = (actual: number, expected: number) =>
  Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));

/**
 * Counts, gap counts, shares below and histograms exactly; means, M2, gap sums, minima and
 * maxima within 1e-9 (relative above 1); shape and provenance equal.
 */
export function expectGroupPartialsEqual(actual: GroupPartials, expected: GroupPartials): void {
  expect(actual.groups).toBe(expected.groups);
  expect(actual.competencies).toBe(expected.competencies);
  expect(actual.provenance).toEqual(expected.provenance);
  expect(actual.count).toEqual(expected.count);
  expect(actual.gapCount).toEqual(expected.gapCount);
  expect(actual.below).toEqual(expected.below);
  for (const key of ['mean', 'm2', 'gapSum', 'min', 'max'] as const) {
    actual[key].forEach((value, cell) => {
      const wanted = expected[key][cell] as number;
      if (!(value === wanted || close(value, wanted)))
        throw new Error(`${key}[${cell}] is ${value}, the JS engine says ${wanted}`);
    });
  }
  expect(actual.histogram === undefined).toBe(expected.histogram === undefined);
  if (actual.histogram !== undefined && expected.histogram !== undefined) {
    expect(actual.histogram).toEqual(expected.histogram);
  }
  expect(actual.rolledUp).toBe(expected.rolledUp);
}

export function expectPublicationPartialsEqual(
  actual: PublicationPartials,
  expected: PublicationPartials,
): void {
  expect(actual.kind).toBe(expected.kind);
  expect(actual.units).toBe(expected.units);
  expect(actual.roles).toBe(expected.roles);
  expect(actual.parentOf).toEqual(expected.parentOf);
  expectGroupPartialsEqual(actual.byUnit, expected.byUnit);
  expectGroupPartialsEqual(actual.byRole, expected.byRole);
  expectGroupPartialsEqual(actual.byUnitRole, expected.byUnitRole);
}

// Compares two results field by field: numbers within 1e-9 (relative above 1), all else equal.
export function expectCloseDeep(actual: unknown, expected: unknown, path = 'publication'): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    const same =
      actual === expected || Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
    if (!same) throw new Error(`${path} is ${actual}, expected ${expected}`);
    return;
  }
  if (typeof expected === 'object' && expected !== null) {
    expect(typeof actual, path).toBe('object');
    expect(Object.keys(actual as object).sort(), path).toEqual(Object.keys(expected).sort());
    for (const [key, value] of Object.entries(expected))
      expectCloseDeep((actual as Record<string, unknown>)[key], value, `${path}.${key}`);
    return;
  }
  expect(actual, path).toEqual(expected);
}
