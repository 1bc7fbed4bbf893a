import type {
  AssessmentResponse,
  Instrument,
  Membership,
  RaterPerspective,
  Workspace,
} from '@capkit/model';
import type { Grouping, RequiredLevels } from './aggregateByGroup.js';
import type { PairedResponses, RatingScale } from './pairedResponses.js';
import { MISSING, type ResponseMatrix } from './responseMatrix.js';
import type { ScoringConfig } from './scoringConfig.js';
import { CapkitScoringError } from './scoringError.js';

/**
 * Which responses one analysis counts. Every privacy threshold counts people, so one analysis
 * takes one round (or several campaigns over disjoint people), one perspective and one status:
 * a person who appears twice is refused, never counted twice.
 */
export interface ResponseSelection {
  /**
   * The campaign to score, or several campaigns of the same instrument over different people
   * (one per department, say). Two rounds of one population are two analyses.
   */
  readonly campaignId: string | readonly string[];
  /** The one perspective to score: self-assessments, or supervisors' ratings, and so on. */
  readonly perspective: RaterPerspective;
  /**
   * `submitted` responses, or `draft` ones (work in progress, e.g. for a response-rate view);
   * the two never mix.
   * @default 'submitted'
   */
  readonly status?: 'submitted' | 'draft';
}

/** Options of {@link scoringInputFromModel}. */
export interface FromModelOptions extends ResponseSelection {
  /**
   * For importance–performance items, which rating measures the competency.
   * @default 'performance'
   */
  readonly pairedRating?: 'performance' | 'importance';
  /** Missing-value rule passed on to the scoring config. @default 0.5 */
  readonly minAnsweredShare?: number;
}

/** The responses of one analysis, their instrument, and each one's index in `workspace.responses`. */
export interface SelectedResponses {
  readonly instrument: Instrument;
  readonly campaignIds: readonly string[];
  readonly rows: readonly { readonly response: AssessmentResponse; readonly index: number }[];
}

/**
 * Picks the responses one analysis counts (see {@link ResponseSelection}) and checks that each
 * person appears once.
 *
 * @throws {CapkitScoringError} for an unknown campaign, campaigns of different instruments, an
 *   instrument not in the workspace, or a person in two responses (naming both).
 */
export function selectResponses(
  workspace: Pick<Workspace, 'campaigns' | 'instruments' | 'responses'>,
  selection: ResponseSelection,
): SelectedResponses {
  const { perspective, status = 'submitted' } = selection;
  const campaignIds =
    typeof selection.campaignId === 'string' ? [selection.campaignId] : [...selection.campaignId];
  if (campaignIds.length === 0)
    throw new CapkitScoringError('options.campaignId', 'name at least one campaign');
  const campaigns = campaignIds.map((id, index) => {
    const campaign = workspace.campaigns.find((candidate) => candidate.id === id);
    if (campaign === undefined) {
      throw new CapkitScoringError(
        typeof selection.campaignId === 'string'
          ? 'options.campaignId'
          : `options.campaignId[${index}]`,
        `campaign "${id}" is not in the workspace`,
      );
    }
    return campaign;
  });
  const instrumentId = campaigns[0]?.instrumentId;
  campaigns.forEach((campaign, index) => {
    if (campaign.instrumentId !== instrumentId) {
      throw new CapkitScoringError(
        `options.campaignId[${index}]`,
        `campaign "${campaign.id}" uses instrument "${campaign.instrumentId}", not "${instrumentId ?? ''}" like the first: analyse them apart`,
      );
    }
  });
  const instrument = workspace.instruments.find((candidate) => candidate.id === instrumentId);
  if (instrument === undefined) {
    throw new CapkitScoringError(
      'options.campaignId',
      `campaign "${campaignIds[0] ?? ''}" uses instrument "${instrumentId ?? ''}", which is not in the workspace`,
    );
  }
  const wanted = new Set(campaignIds);
  const seen = new Map<string, number>();
  const rows: { response: AssessmentResponse; index: number }[] = [];
  workspace.responses.forEach((response, index) => {
    if (!wanted.has(response.campaignId)) return;
    if (response.perspective !== perspective || response.status !== status) return;
    const person = response.subjectId ?? response.respondentId;
    const first = seen.get(person);
    if (first !== undefined) {
      const earlier = workspace.responses[first];
      throw new CapkitScoringError(
        `responses[${index}].${response.subjectId === undefined ? 'respondentId' : 'subjectId'}`,
        `person "${person}" is counted already in responses[${first}] ("${earlier?.id ?? ''}"); response "${response.id}" would count them twice — each person counts once in one analysis`,
      );
    }
    seen.set(person, index);
    rows.push({ response, index });
  });
  return { instrument, campaignIds, rows };
}

/** Columnar scoring input built from model documents. */
export interface ModelScoringInput {
  readonly config: ScoringConfig;
  readonly matrix: ResponseMatrix;
  /** Id of the response in each matrix row. */
  readonly responseIds: readonly string[];
  /** Person rated in each row: the subject, or the respondent rating themself. */
  readonly subjectIds: readonly string[];
}

/**
 * Adapts an instrument and its responses (from `@capkit/model`) to the engine's columnar input:
 * one matrix row per response, one column per item that targets a competency, in instrument
 * order. Skipped (`null`), "not applicable" and unanswered items become {@link MISSING}.
 *
 * @throws {CapkitScoringError} naming the response and answer, for an answer to an unknown item,
 *   an answer of the wrong kind, or a rating off the instrument's scale.
 */
export function scoringInputFromModel(
  workspace: Pick<Workspace, 'campaigns' | 'instruments' | 'responses'>,
  options: FromModelOptions,
): ModelScoringInput {
  const { pairedRating = 'performance', minAnsweredShare = 0.5 } = options;
  const { instrument, rows } = selectResponses(workspace, options);
  const scored = instrument.items.flatMap((item) =>
    item.target.kind === 'competency' ? [{ item, competency: item.target.competencyId }] : [],
  );
  const column = new Map(scored.map(({ item }, j) => [item.id, j]));
  const allItems = new Set(instrument.items.map((item) => item.id));
  const formatOf = new Map(instrument.items.map((item) => [item.id, item.format]));
  const { min, max } = instrument.ratingScale;
  const items = scored.length;
  const ratings = new Uint8Array(rows.length * items).fill(MISSING);

  rows.forEach(({ response, index }, r) => {
    response.answers.forEach((answer, a) => {
      const path = `responses[${index}].answers[${a}]`;
      if (!allItems.has(answer.itemId)) {
        throw new CapkitScoringError(
          `${path}.itemId`,
          `instrument "${instrument.id}" has no item "${answer.itemId}"`,
        );
      }
      const j = column.get(answer.itemId);
      if (j === undefined || answer.kind === 'notApplicable') return;
      const format = formatOf.get(answer.itemId);
      if (answer.kind !== format) {
        throw new CapkitScoringError(
          `${path}.kind`,
          `item "${answer.itemId}" takes a ${format ?? '?'} answer, not ${answer.kind}`,
        );
      }
      const [field, value] =
        answer.kind === 'rating'
          ? (['value', answer.value] as const)
          : ([pairedRating, answer[pairedRating]] as const);
      if (value === null) return;
      if (!(Number.isInteger(value) && value >= min && value <= max)) {
        throw new CapkitScoringError(
          `${path}.${field}`,
          `${value} is not a whole number on the scale ${min}–${max}`,
        );
      }
      ratings[r * items + j] = value;
    });
  });

  return {
    config: {
      scale: { min, max },
      competencies: [...new Set(scored.map(({ competency }) => competency))],
      items: scored.map(({ item, competency }) => ({
        id: item.id,
        competency,
        ...(item.reverseCoded === true ? { reverseCoded: true } : {}),
        ...(item.weight === undefined ? {} : { weight: item.weight }),
      })),
      minAnsweredShare,
    },
    matrix: { respondents: rows.length, items, ratings },
    responseIds: rows.map(({ response }) => response.id),
    subjectIds: rows.map(({ response }) => response.subjectId ?? response.respondentId),
  };
}

/** Training-needs input (paired importance and performance ratings) built from model documents. */
export interface ModelPairedInput {
  readonly data: PairedResponses;
  readonly scale: RatingScale;
  /** Id of the item in each column. */
  readonly itemIds: readonly string[];
  /** Competencies measured, in order of first appearance. */
  readonly competencies: readonly string[];
  /** Index into `competencies` of each column's item. */
  readonly competencyOfItem: Uint16Array;
  readonly responseIds: readonly string[];
  readonly subjectIds: readonly string[];
}

/**
 * Adapts an instrument's importance–performance items and their answers to the columnar input
 * of the training-needs functions (Borich, importance–performance, Hennessy-Hicks, bootstrap).
 * Skipped halves, "not applicable" and unanswered items become {@link MISSING}.
 *
 * @throws {CapkitScoringError} naming the response and answer that does not fit the instrument.
 */
export function pairedInputFromModel(
  workspace: Pick<Workspace, 'campaigns' | 'instruments' | 'responses'>,
  options: ResponseSelection,
): ModelPairedInput {
  const { instrument, rows } = selectResponses(workspace, options);
  const paired = instrument.items.flatMap((item) =>
    item.format === 'importancePerformance' && item.target.kind === 'competency'
      ? [{ id: item.id, competency: item.target.competencyId }]
      : [],
  );
  const competencies = [...new Set(paired.map(({ competency }) => competency))];
  const competencyIndex = new Map(competencies.map((id, c) => [id, c]));
  const column = new Map(paired.map(({ id }, j) => [id, j]));
  const allItems = new Set(instrument.items.map((item) => item.id));
  const { min, max } = instrument.ratingScale;
  const items = paired.length;
  const importance = new Uint8Array(rows.length * items).fill(MISSING);
  const performance = new Uint8Array(rows.length * items).fill(MISSING);
  rows.forEach(({ response, index }, r) => {
    response.answers.forEach((answer, a) => {
      const path = `responses[${index}].answers[${a}]`;
      if (!allItems.has(answer.itemId)) {
        throw new CapkitScoringError(
          `${path}.itemId`,
          `instrument "${instrument.id}" has no item "${answer.itemId}"`,
        );
      }
      const j = column.get(answer.itemId);
      if (j === undefined || answer.kind === 'notApplicable') return;
      if (answer.kind !== 'importancePerformance') {
        throw new CapkitScoringError(
          `${path}.kind`,
          `item "${answer.itemId}" takes an importancePerformance answer, not ${answer.kind}`,
        );
      }
      for (const [field, target] of [
        ['importance', importance],
        ['performance', performance],
      ] as const) {
        const value = answer[field];
        if (value === null) continue;
        if (!(Number.isInteger(value) && value >= min && value <= max)) {
          throw new CapkitScoringError(
            `${path}.${field}`,
            `${value} is not a whole number on the scale ${min}–${max}`,
          );
        }
        target[r * items + j] = value;
      }
    });
  });
  return {
    data: { respondents: rows.length, items, importance, performance },
    scale: { min, max },
    itemIds: paired.map(({ id }) => id),
    competencies,
    competencyOfItem: Uint16Array.from(
      paired,
      ({ competency }) => competencyIndex.get(competency) ?? 0,
    ),
    responseIds: rows.map(({ response }) => response.id),
    subjectIds: rows.map(({ response }) => response.subjectId ?? response.respondentId),
  };
}

/** Units and roles of the people behind matrix rows, ready for `aggregateByGroup`. */
export interface OrganisationGroups {
  /** Unit of each row, with the unit hierarchy for `rollUpHierarchy` and `summariseGroups`. */
  readonly units: Grouping & { readonly ids: readonly string[]; readonly parentOf: Int32Array };
  /** Role of each row and each role's required level per competency (`NaN` where none). */
  readonly roles: RequiredLevels & { readonly ids: readonly string[] };
}

/**
 * Looks up each subject's unit and role from the workspace's memberships (the one in force:
 * without an end date, else the latest to start) and each role's required levels for the
 * given competencies, so that results can be grouped by unit, rolled up the unit hierarchy and
 * compared with what roles require.
 *
 * @throws {CapkitScoringError} for a subject with no membership, or a membership whose unit or
 *   role is not in the workspace.
 */
export function organisationGroups(
  workspace: Pick<Workspace, 'units' | 'roles' | 'memberships'>,
  subjectIds: readonly string[],
  competencies: readonly string[],
): OrganisationGroups {
  const unitIndex = new Map(workspace.units.map((unit, u) => [unit.id, u]));
  const roleIndex = new Map(workspace.roles.map((role, r) => [role.id, r]));
  const current = new Map<string, Membership>();
  for (const membership of workspace.memberships) {
    const held = current.get(membership.personId);
    const better =
      held === undefined ||
      (held.to !== undefined && membership.to === undefined) ||
      ((held.to === undefined) === (membership.to === undefined) && membership.from > held.from);
    if (better) current.set(membership.personId, membership);
  }
  const groupOf = new Uint32Array(subjectIds.length);
  const roleOf = new Uint32Array(subjectIds.length);
  subjectIds.forEach((subject, r) => {
    const membership = current.get(subject);
    if (membership === undefined)
      throw new CapkitScoringError(`subjectIds[${r}]`, `person "${subject}" has no membership`);
    const unit = unitIndex.get(membership.unitId);
    const role = roleIndex.get(membership.roleId);
    if (unit === undefined)
      throw new CapkitScoringError(
        `subjectIds[${r}]`,
        `unit "${membership.unitId}" is not in the workspace`,
      );
    if (role === undefined)
      throw new CapkitScoringError(
        `subjectIds[${r}]`,
        `role "${membership.roleId}" is not in the workspace`,
      );
    groupOf[r] = unit;
    roleOf[r] = role;
  });
  const competencyIndex = new Map(competencies.map((id, c) => [id, c]));
  const levels = new Float64Array(workspace.roles.length * competencies.length).fill(Number.NaN);
  workspace.roles.forEach((role, r) => {
    for (const requirement of role.requirements) {
      const c = competencyIndex.get(requirement.competencyId);
      if (c !== undefined) levels[r * competencies.length + c] = requirement.requiredLevel;
    }
  });
  return {
    units: {
      groupOf,
      groups: workspace.units.length,
      ids: workspace.units.map((unit) => unit.id),
      parentOf: Int32Array.from(workspace.units, (unit) =>
        unit.parentId === undefined ? -1 : (unitIndex.get(unit.parentId) ?? -1),
      ),
    },
    roles: { roleOf, levels, ids: workspace.roles.map((role) => role.id) },
  };
}
