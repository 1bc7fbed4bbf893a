import type { RaterPerspective, Workspace } from '@capkit/model';
import { organisationGroups, scoringInputFromModel } from '../fromModel.js';
import { scoreRespondents } from '../scoreRespondents.js';
import { compileScoringConfig } from '../scoringConfig.js';
import { CapkitScoringError } from '../scoringError.js';
import type { ScorePair } from './pairedChange.js';

/** Options of {@link pairedRoundsFromModel}. */
export interface PairedRoundsOptions {
  /** Campaign of round 1. */
  readonly round1CampaignId: string;
  /** Campaign of round 2 (the same competencies measured again). */
  readonly round2CampaignId: string;
  /** The one perspective scored in both rounds (self-assessments, supervisors' ratings…). */
  readonly perspective: RaterPerspective;
  /** Competencies to pair; default every competency both rounds measure. */
  readonly competencyIds?: readonly string[] | undefined;
  /**
   * Set each pair's `groupId` to the person's unit (their membership in force), for
   * `pairedChangeByGroup`.
   * @default false
   */
  readonly groupByUnit?: boolean | undefined;
}

/** Per-person competency scores of two rounds, paired by person. */
export interface PairedRounds {
  /** Per competency, one pair per person seen in both rounds (a missing score is `null`). */
  readonly competencies: readonly {
    readonly competencyId: string;
    readonly pairs: readonly ScorePair[];
  }[];
  /** People scored in one round only: counted, not used. */
  readonly unpaired: { readonly onlyRound1: number; readonly onlyRound2: number };
}

function roundScores(
  workspace: Pick<Workspace, 'campaigns' | 'instruments' | 'responses'>,
  campaignId: string,
  perspective: RaterPerspective,
) {
  // selectResponses (inside) refuses a person twice in one round, naming both responses.
  const input = scoringInputFromModel(workspace, { campaignId, perspective });
  const scores = scoreRespondents(input.matrix, compileScoringConfig(input.config));
  const rowOf = new Map(input.subjectIds.map((id, r) => [id, r]));
  return { competencies: input.config.competencies, scores, rowOf };
}

/**
 * Builds paired competency scores of the same people in two rounds (two campaigns) from a
 * workspace, for `pairedChange`, `pairedChangeByGroup` and `treatedVsUntreated`: each round
 * scored as the engine scores any campaign (`scoringInputFromModel`, then `scoreRespondents`:
 * the weighted item mean where enough items are answered, else missing), people paired by their
 * person id (the subject rated, or the respondent rating themself).
 *
 * @throws {CapkitScoringError} for a campaign not in the workspace, a person twice in one round,
 *   a competency not measured in both rounds, or (with `groupByUnit`) a person with no membership.
 */
export function pairedRoundsFromModel(
  workspace: Pick<
    Workspace,
    'campaigns' | 'instruments' | 'responses' | 'units' | 'roles' | 'memberships'
  >,
  options: PairedRoundsOptions,
): PairedRounds {
  const { perspective } = options;
  const first = roundScores(workspace, options.round1CampaignId, perspective);
  const second = roundScores(workspace, options.round2CampaignId, perspective);
  const both = first.competencies.filter((id) => second.competencies.includes(id));
  const wanted = options.competencyIds ?? both;
  wanted.forEach((id, i) => {
    if (!both.includes(id)) {
      throw new CapkitScoringError(
        `options.competencyIds[${i}]`,
        `competency "${id}" is not measured in both rounds`,
      );
    }
  });
  const people = [...first.rowOf.keys()].filter((id) => second.rowOf.has(id));
  const unitOf =
    options.groupByUnit === true
      ? (() => {
          const groups = organisationGroups(workspace, people, wanted);
          return people.map((_, r) => groups.units.ids[groups.units.groupOf[r] ?? 0] ?? '');
        })()
      : undefined;
  const score = (round: typeof first, person: string, competency: string): number | null => {
    const row = round.rowOf.get(person) ?? 0;
    const value =
      round.scores.scores[row * round.scores.competencies + round.competencies.indexOf(competency)];
    return value === undefined || Number.isNaN(value) ? null : value;
  };
  return {
    competencies: wanted.map((competencyId) => ({
      competencyId,
      pairs: people.map((personId, r) => ({
        personId,
        round1: score(first, personId, competencyId),
        round2: score(second, personId, competencyId),
        ...(unitOf === undefined ? {} : { groupId: unitOf[r] ?? '' }),
      })),
    })),
    unpaired: {
      onlyRound1: first.rowOf.size - people.length,
      onlyRound2: second.rowOf.size - people.length,
    },
  };
}
