import type {
  AssessmentResponse,
  Campaign,
  CapacityDevelopmentPlan,
  Competency,
  Intervention,
  LocalizedText,
  ProficiencyScale,
} from '@capkit/model';
import { interopIssue } from '../shared/interopIssue.js';
import type { XapiAgent } from './agents.js';
import type { XapiVersion } from './primitives.js';
import { capkitStatementId } from './statementId.js';
import type { XapiStatement } from './statement.js';
import { validateStatement, type XapiValidationResult } from './validate.js';
import { capkitIris, xapiActivityTypes, xapiVerbs } from './vocabulary.js';

/** Where capkit's statements point: the caller's systems, never capkit's. */
export interface StatementBuildOptions {
  /**
   * Home page of the system whose accounts the pseudonymous person ids are, e.g.
   * `https://hr.example.gov/`: actors are `{ account: { homePage, name: personId } }`.
   */
  readonly homePage: string;
  /** Base IRI of capkit's activities and extensions, e.g. `https://capkit.example.gov/xapi/`. */
  readonly activityBase: string;
  /** @default '2.0.0' */
  readonly version?: XapiVersion;
  /**
   * The agent for a person id, for a caller who wants to send names or e-mail addresses; by
   * default only the pseudonymous id leaves capkit.
   */
  readonly agentFor?: (personId: string) => XapiAgent;
}

function agentOf(personId: string, options: StatementBuildOptions): XapiAgent {
  return (
    options.agentFor?.(personId) ?? {
      objectType: 'Agent',
      account: { homePage: options.homePage, name: personId },
    }
  );
}

// Language maps are capkit's localized texts as they are: both are BCP 47 tag → text.
function languageMap(text: LocalizedText): Record<string, string> {
  return { ...text };
}

function finish(
  statement: XapiStatement,
  options: StatementBuildOptions,
): XapiValidationResult<XapiStatement> {
  const version = options.version ?? '2.0.0';
  return validateStatement(
    { ...statement, version: version === '2.0.0' ? '2.0.0' : '1.0.3' },
    { version },
  );
}

/**
 * "Person submitted the assessment": a submitted response to a campaign. The statement id is
 * derived from the response id, so exporting the same response again gives the same statement.
 */
export function assessmentSubmittedStatement(
  input: {
    readonly response: AssessmentResponse;
    readonly campaign: Campaign;
    /** When it happened; defaults to the response's `submittedAt`. */
    readonly timestamp?: string;
  },
  options: StatementBuildOptions,
): XapiValidationResult<XapiStatement> {
  const { response, campaign } = input;
  const timestamp = input.timestamp ?? response.submittedAt;
  if (response.status !== 'submitted' || timestamp === undefined) {
    return {
      success: false,
      issues: [
        interopIssue(
          { path: ['status'] },
          'xapi.responseNotSubmitted',
          'Only a submitted response makes an "assessment submitted" statement',
        ),
      ],
    };
  }
  if (response.campaignId !== campaign.id) {
    return {
      success: false,
      issues: [
        interopIssue(
          { path: ['campaignId'] },
          'xapi.wrongCampaign',
          `Response ${response.id} answers campaign ${response.campaignId}, not ${campaign.id}`,
        ),
      ],
    };
  }
  const iris = capkitIris(options.activityBase);
  return finish(
    {
      id: capkitStatementId('assessmentSubmitted', [response.id]),
      actor: agentOf(response.respondentId, options),
      verb: { id: xapiVerbs.submitted, display: { en: 'submitted' } },
      object: {
        objectType: 'Activity',
        id: iris.campaign(campaign.id),
        definition: { type: xapiActivityTypes.assessment, name: languageMap(campaign.title) },
      },
      result: { completion: true },
      context: {
        contextActivities: {
          grouping: [{ objectType: 'Activity', id: iris.instrument(campaign.instrumentId) }],
        },
        extensions: {
          [iris.extensions.perspective]: response.perspective,
          [iris.extensions.subject]: response.subjectId ?? response.respondentId,
        },
      },
      timestamp,
    },
    options,
  );
}

/**
 * "Person achieved level N of the competency": `result.score` gives the level on its scale
 * (`raw`, with the scale's lowest and highest levels as `min`/`max`, and `scaled` = the share
 * of the way up, 0–1); `success` says whether the level is proficient. The id is derived from
 * the person, competency, level and `occasionId` (e.g. the campaign that measured it).
 */
export function competencyLevelReachedStatement(
  input: {
    readonly personId: string;
    readonly competency: Competency;
    readonly scale: ProficiencyScale;
    /** The `value` of the level reached. */
    readonly level: number;
    readonly timestamp: string;
    /** What measured the level (a campaign id…), so that each occasion has its own statement. */
    readonly occasionId?: string;
  },
  options: StatementBuildOptions,
): XapiValidationResult<XapiStatement> {
  const { personId, competency, scale, level } = input;
  const reached = scale.levels.find((candidate) => candidate.value === level);
  if (competency.scaleId !== scale.id || reached === undefined) {
    return {
      success: false,
      issues: [
        competency.scaleId === scale.id
          ? interopIssue(
              { path: ['level'] },
              'xapi.unknownLevel',
              `${level} is not a level of scale ${scale.id}`,
            )
          : interopIssue(
              { path: ['scale'] },
              'xapi.wrongScale',
              `Competency ${competency.id} is rated on scale ${competency.scaleId}, not ${scale.id}`,
            ),
      ],
    };
  }
  const values = scale.levels.map((candidate) => candidate.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const iris = capkitIris(options.activityBase);
  return finish(
    {
      id: capkitStatementId('competencyLevelReached', [
        personId,
        competency.id,
        String(level),
        input.occasionId ?? '',
      ]),
      actor: agentOf(personId, options),
      verb: { id: xapiVerbs.achieved, display: { en: 'achieved' } },
      object: {
        objectType: 'Activity',
        id: iris.competency(competency.id),
        definition: {
          type: xapiActivityTypes.objective,
          name: languageMap(competency.label),
          description: languageMap(competency.statement),
        },
      },
      result: {
        score: { raw: level, min, max, scaled: (level - min) / (max - min) },
        success: level >= scale.proficientLevel,
        extensions: {
          [iris.extensions.level]: { value: level, label: languageMap(reached.label) },
        },
      },
      context: {
        contextActivities: { category: [{ objectType: 'Activity', id: iris.scale(scale.id) }] },
      },
      timestamp: input.timestamp,
    },
    options,
  );
}

const activityTypeOfKind: Partial<Record<Intervention['kind'], string>> = {
  course: xapiActivityTypes.course,
  eLearning: xapiActivityTypes.course,
  workshop: xapiActivityTypes.meeting,
};

/**
 * "Person completed the intervention" of a plan. Its object is the intervention's activity,
 * with the plan as parent and the intervention id in an extension, so that
 * {@link applyCompletions} can read it back. The id is derived from plan, intervention and person.
 */
export function interventionCompletedStatement(
  input: {
    readonly personId: string;
    readonly plan: CapacityDevelopmentPlan;
    readonly interventionId: string;
    readonly timestamp: string;
  },
  options: StatementBuildOptions,
): XapiValidationResult<XapiStatement> {
  const { personId, plan } = input;
  const intervention = plan.interventions.find(
    (candidate) => candidate.id === input.interventionId,
  );
  if (intervention === undefined) {
    return {
      success: false,
      issues: [
        interopIssue(
          { path: ['interventionId'] },
          'xapi.unknownIntervention',
          `Plan ${plan.id} has no intervention ${input.interventionId}`,
        ),
      ],
    };
  }
  const iris = capkitIris(options.activityBase);
  const type = activityTypeOfKind[intervention.kind];
  return finish(
    {
      id: capkitStatementId('interventionCompleted', [plan.id, intervention.id, personId]),
      actor: agentOf(personId, options),
      verb: { id: xapiVerbs.completed, display: { en: 'completed' } },
      object: {
        objectType: 'Activity',
        id: iris.intervention(intervention.id),
        definition: {
          name: languageMap(intervention.title),
          ...(type === undefined ? {} : { type }),
        },
      },
      result: { completion: true },
      context: {
        contextActivities: { parent: [{ objectType: 'Activity', id: iris.plan(plan.id) }] },
        extensions: {
          [iris.extensions.intervention]: intervention.id,
          [iris.extensions.plan]: plan.id,
        },
      },
      timestamp: input.timestamp,
    },
    options,
  );
}
