import { addSeconds, differenceInSeconds, parseISO } from 'date-fns';
import type { Campaign } from '../campaign.js';
import type { Instrument } from '../instrument.js';
import type { Role } from '../organisation.js';
import type { Answer, AssessmentResponse } from '../response.js';
import { sampleItemsPerCompetency, sampleTnaCompetencies } from './sampleInstrument.js';
import {
  samplePerson,
  samplePersonId,
  sampleStream,
  type SampleOrganisation,
  type SampleTeam,
} from './sampleOrganisation.js';
import { deriveSeed, SeededRandom } from './seededRandom.js';

/** What the response generator needs besides the organisation: the campaign and the roles. */
export interface SampleResponseModel {
  /** Campaign the responses answer. */
  readonly campaignId: string;
  /** The instrument's item ids, in order. */
  readonly itemIds: readonly string[];
  /** Per role id, the level it requires in each assessed competency (0 where it requires none). */
  readonly requiredByRole: ReadonlyMap<string, readonly number[]>;
  /** When the campaign opens; respondents start on working days from then, in the next nine hours. */
  readonly opensAt: Date;
  /** Working days (Monday to Friday of whole weeks) within the campaign. */
  readonly workingDays: number;
}

/** Share of people who rate themselves. */
const selfResponseRate = 0.85;
/** Share of team members whose lead rates them. */
const supervisorResponseRate = 0.7;
/** Share of responses left as drafts. */
const draftRate = 0.1;
/** Share of answers skipped (`null`); a fifth of these skip only the performance rating. */
const skipRate = 0.05;
/** Share of answers "not applicable", where the role requires the competency and where it does not. */
const notApplicableRate = { required: 0.01, notRequired: 0.06 } as const;
/** Longest time a respondent spends, in seconds. */
const longestSitting = 90 * 60;
const daySeconds = 24 * 60 * 60;
const workingDaySeconds = 9 * 60 * 60;

/** Prepares the response generator for one campaign of the sample instrument. */
export function sampleResponseModel(
  roles: readonly Role[],
  instrument: Instrument,
  campaign: Campaign,
): SampleResponseModel {
  const requiredByRole = new Map(
    roles.map((role) => {
      const levels = new Map(role.requirements.map((r) => [r.competencyId, r.requiredLevel]));
      return [role.id, sampleTnaCompetencies.map((c) => levels.get(c.competencyId) ?? 0)] as const;
    }),
  );
  const opensAt = parseISO(campaign.opensAt);
  // Whole weeks only, so that every start plus the longest sitting ends before closing.
  const weeks = Math.floor(
    differenceInSeconds(parseISO(campaign.closesAt), opensAt) / (7 * daySeconds),
  );
  if (weeks < 1) throw new Error('The sample campaign must run for at least a week');
  return {
    campaignId: campaign.id,
    itemIds: instrument.items.map((item) => item.id),
    requiredByRole,
    opensAt,
    workingDays: weeks * 5,
  };
}

const rating = (value: number) => Math.min(5, Math.max(1, Math.round(value)));

/**
 * Appends the responses about the person at `index` (in `team`): usually their self-assessment,
 * and for a team member often their lead's supervisor rating. Everything is drawn from the
 * person's own random stream, so the result does not depend on who was generated before.
 *
 * The model behind the ratings: importance follows the level the person's role requires;
 * performance follows a latent ability around that level (a little below it on average, so there
 * are needs to find), shifted per person and per competency; self-ratings run a little above
 * supervisor ratings. Items carry their own noise.
 */
export function appendSampleResponses(
  model: SampleResponseModel,
  organisation: SampleOrganisation,
  team: SampleTeam,
  index: number,
  out: AssessmentResponse[],
): void {
  const person = samplePerson(organisation, team, index);
  const random = new SeededRandom(deriveSeed(organisation.seed, sampleStream.responses, index));
  const required = model.requiredByRole.get(person.roleId) ?? [];
  const general = random.normal() * 0.5;
  const ability = sampleTnaCompetencies.map((_, c) => {
    const level = required[c] ?? 0;
    const centre = level === 0 ? 0.8 : level - 0.6;
    return Math.min(4, Math.max(0, centre + general + random.normal() * 0.6));
  });
  if (random.chance(selfResponseRate)) {
    out.push(
      sampleResponse(model, random, required, ability, {
        id: `${model.campaignId}.${person.id}.self`,
        respondentId: person.id,
        perspective: 'self',
        bias: 0.15,
      }),
    );
  }
  if (!person.isLead && random.chance(supervisorResponseRate)) {
    out.push(
      sampleResponse(model, random, required, ability, {
        id: `${model.campaignId}.${person.id}.supervisor`,
        respondentId: samplePersonId(organisation, person.leadIndex),
        subjectId: person.id,
        perspective: 'supervisor',
        bias: -0.2,
      }),
    );
  }
}

function sampleResponse(
  model: SampleResponseModel,
  random: SeededRandom,
  required: readonly number[],
  ability: readonly number[],
  rater: {
    readonly id: string;
    readonly respondentId: string;
    readonly subjectId?: string;
    readonly perspective: 'self' | 'supervisor';
    readonly bias: number;
  },
): AssessmentResponse {
  const itemCount = model.itemIds.length;
  const isDraft = random.chance(draftRate);
  // A draft stops part-way: the items after it were never reached, so they have no answer.
  const reached = isDraft ? random.int(1, itemCount - 1) : itemCount;
  const answers: Answer[] = [];
  for (let item = 0; item < reached; item += 1) {
    const itemId = model.itemIds[item] ?? '';
    const c = Math.floor(item / sampleItemsPerCompetency);
    const level = required[c] ?? 0;
    const draw = random.next();
    const notApplicable = level === 0 ? notApplicableRate.notRequired : notApplicableRate.required;
    if (draw < notApplicable) {
      answers.push({ kind: 'notApplicable', itemId });
    } else if (draw < notApplicable + skipRate * 0.8) {
      answers.push({ kind: 'importancePerformance', itemId, importance: null, performance: null });
    } else {
      const importance = rating(1.3 + 0.95 * level + random.normal() * 0.6);
      const performance =
        draw < notApplicable + skipRate
          ? null
          : rating(1 + (ability[c] ?? 0) + rater.bias + random.normal() * 0.5);
      answers.push({ kind: 'importancePerformance', itemId, importance, performance });
    }
  }
  // Counting from the opening instant (a Monday morning), skipping each week's last two days.
  const workingDay = random.int(0, model.workingDays - 1);
  const startOffset =
    (Math.floor(workingDay / 5) * 7 + (workingDay % 5)) * daySeconds +
    random.int(0, workingDaySeconds);
  const sitting = random.int(5 * 60, longestSitting);
  const startedAt = addSeconds(model.opensAt, startOffset).toISOString();
  const stoppedAt = addSeconds(
    model.opensAt,
    startOffset + (isDraft ? Math.floor((sitting * reached) / itemCount) : sitting),
  ).toISOString();
  return {
    id: rater.id,
    campaignId: model.campaignId,
    respondentId: rater.respondentId,
    ...(rater.subjectId === undefined ? {} : { subjectId: rater.subjectId }),
    perspective: rater.perspective,
    status: isDraft ? 'draft' : 'submitted',
    startedAt,
    updatedAt: stoppedAt,
    ...(isDraft ? {} : { submittedAt: stoppedAt }),
    answers,
  };
}
