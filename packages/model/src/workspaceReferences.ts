// Over 400 lines: every referential check of a workspace (ids, references, uniqueness of nested
// ids) in one pass over the documents, sharing the index maps it builds; instrument checks are
// already their own module (instrumentReferences.ts), and so are the checks schemaVersion 2 added
// (planReferences.ts, observationReferences.ts, maturityIndexReferences.ts). Split per document
// group with the next.
import { isAfter, parseISO } from 'date-fns';
import { ByteKeyMap } from './byteKeyMap.js';
import type { Competency } from './competency.js';
import type { CompetencyFramework, FrameworkRef } from './competencyFramework.js';
import { responseSchema, type AssessmentResponse } from './response.js';
import { checkInstrument } from './instrumentReferences.js';
import { interventionCostFor } from './interventionCost.js';
import { checkMaturityIndexes } from './maturityIndexReferences.js';
import { checkObservations } from './observationReferences.js';
import { checkCatalogue, checkPlanAdditions } from './planReferences.js';
import { IssueList, maxIssuesOf, type Path, type ValidationOptions } from './issueList.js';
import { formatPath, fromZodIssue, type ValidationIssue } from './validationIssue.js';
import type { Workspace } from './workspace.js';

const frameworkKey = (ref: FrameworkRef) => `${ref.frameworkId}\u0000${ref.version}`;

interface FrameworkIndex {
  readonly framework: CompetencyFramework;
  readonly competencies: ReadonlyMap<string, Competency>;
  readonly scaleLevels: ReadonlyMap<string, readonly number[]>;
}

/**
 * Checks that every reference in a structurally valid workspace resolves and that dates run in
 * order: ids unique per collection, frameworks and their versions, competencies and scale
 * levels, units, roles, people, rounds, instruments and items, answers against the instrument's
 * items and rating scale, budgets and seats. Ids are also unique inside nested lists: instrument
 * items and sections, intervention milestones, stakeholder and community activities, Kirkpatrick
 * measures, indicators and capability centres. The interventions catalogue, plan prerequisites
 * and constraints, evaluation observations and maturity indices are checked as their modules
 * describe (`checkCatalogue`, `checkPlanAdditions`, `checkObservations`, `checkMaturityIndexes`). Returns the problems found, each with its path,
 * up to `options.maxIssues` (100) and a summary of the rest.
 */
export function checkWorkspaceReferences(
  workspace: Workspace,
  options: ValidationOptions = {},
): ValidationIssue[] {
  const list = new IssueList(maxIssuesOf(options));
  const rounds = checkRounds(workspace, list);
  const roundOf = (round: number, path: Path) => {
    if (!rounds.has(round)) list.add([...path, 'round'], 'ref.unknownRound', { round });
  };

  const frameworks = checkFrameworks(workspace.frameworks, list, (index) => ['frameworks', index]);
  const allCompetencyIds = new Set<string>();
  for (const { competencies } of frameworks.values())
    for (const id of competencies.keys()) allCompetencyIds.add(id);
  const frameworkOf = (ref: FrameworkRef, path: Path) => {
    const found = frameworks.get(frameworkKey(ref));
    if (found === undefined) list.add(path, 'ref.unknownFramework', { ...ref });
    return found;
  };
  const competency = (id: string, path: Path) =>
    list.resolve(allCompetencyIds, id, path, 'competency');

  const units = list.index(workspace.units, ['units']);
  list.acyclic(units, (id) => [
    'units',
    workspace.units.findIndex((unit) => unit.id === id),
    'parentId',
  ]);
  workspace.units.forEach((unit, index) => {
    if (unit.parentId !== undefined)
      list.resolve(units, unit.parentId, ['units', index, 'parentId'], 'unit');
  });

  const people = list.index(workspace.people, ['people']);
  const person = (id: string, path: Path) => list.resolve(people, id, path, 'person');
  const withPersonalData = new Map<string, number>();
  workspace.personalData?.forEach((entry, index) => {
    const path = ['personalData', index, 'personId'];
    person(entry.personId, path);
    const first = withPersonalData.get(entry.personId);
    if (first !== undefined) {
      list.add(path, 'id.duplicate', {
        id: entry.personId,
        collection: 'personalData',
        firstPath: formatPath(['personalData', first, 'personId']),
      });
    } else withPersonalData.set(entry.personId, index);
  });

  const roles = list.index(workspace.roles, ['roles']);
  workspace.roles.forEach((role, index) => {
    const path = ['roles', index];
    const framework = frameworkOf(role.framework, [...path, 'framework']);
    if (framework === undefined) return;
    const required = new Set<string>();
    role.requirements.forEach((requirement, r) => {
      const at = [...path, 'requirements', r];
      if (required.has(requirement.competencyId)) {
        list.add([...at, 'competencyId'], 'role.duplicateRequirement', {
          id: requirement.competencyId,
        });
      }
      required.add(requirement.competencyId);
      const found = framework.competencies.get(requirement.competencyId);
      if (found === undefined) {
        list.add([...at, 'competencyId'], 'ref.notInFramework', {
          id: requirement.competencyId,
          ...role.framework,
        });
        return;
      }
      // An unknown scale is reported with the framework; don't report its levels twice.
      const levels = framework.scaleLevels.get(found.scaleId);
      if (levels !== undefined && !levels.includes(requirement.requiredLevel)) {
        list.add([...at, 'requiredLevel'], 'role.levelNotOnScale', {
          level: requirement.requiredLevel,
          scaleId: found.scaleId,
          levels: levels.join(', '),
        });
      }
    });
  });

  workspace.memberships.forEach((membership, index) => {
    const path = ['memberships', index];
    person(membership.personId, [...path, 'personId']);
    list.resolve(units, membership.unitId, [...path, 'unitId'], 'unit');
    list.resolve(roles, membership.roleId, [...path, 'roleId'], 'role');
    if (membership.to !== undefined) {
      list.ordered({ name: 'from', value: membership.from }, { name: 'to', value: membership.to }, [
        ...path,
        'to',
      ]);
    }
  });

  list.index(workspace.capacityAssessments, ['capacityAssessments']);
  workspace.capacityAssessments.forEach((assessment, index) => {
    const path = ['capacityAssessments', index];
    roundOf(assessment.round, path);
    if (assessment.unitId !== undefined)
      list.resolve(units, assessment.unitId, [...path, 'unitId'], 'unit');
    list.index(assessment.questions, [...path, 'questions']);
    const { min, max } = assessment.ratingRange;
    assessment.questions.forEach((question, q) => {
      for (const field of ['desired', 'existing'] as const) {
        const value = question[field];
        if (value !== undefined && (value < min || value > max)) {
          list.add([...path, 'questions', q, field], 'assessment.ratingOutOfRange', {
            value,
            min,
            max,
          });
        }
      }
    });
  });

  const instruments = checkInstruments(workspace, list, frameworkOf, roundOf);
  const campaigns = checkCampaigns(workspace, list, {
    instruments,
    units,
    roles,
    people,
    frameworks,
    roundOf,
  });
  responseCheck({ campaigns, instruments, people })(workspace.responses, 0, list);

  workspace.stakeholders.forEach((stakeholder, index) => {
    const path = ['stakeholders', index];
    roundOf(stakeholder.round, path);
    list.index(stakeholder.activities, [...path, 'activities']);
    stakeholder.activities.forEach((activity, a) => {
      if (activity.ownerId !== undefined)
        person(activity.ownerId, [...path, 'activities', a, 'ownerId']);
    });
  });
  list.index(workspace.stakeholders, ['stakeholders']);

  const communities = list.index(workspace.communities, ['communities']);
  workspace.communities.forEach((community, index) => {
    const path = ['communities', index];
    list.index(community.activities, [...path, 'activities']);
    community.competencyIds.forEach((id, c) => competency(id, [...path, 'competencyIds', c]));
    community.memberIds.forEach((id, m) => person(id, [...path, 'memberIds', m]));
  });

  const assets = list.index(workspace.assets, ['assets']);
  workspace.assets.forEach((asset, index) => {
    const path = ['assets', index];
    roundOf(asset.round, path);
    asset.competencyIds.forEach((id, c) => competency(id, [...path, 'competencyIds', c]));
    switch (asset.kind) {
      case 'trainedPeople':
        asset.personIds.forEach((id, p) => person(id, [...path, 'personIds', p]));
        break;
      case 'communityOfPractice':
        list.resolve(
          communities,
          asset.communityId,
          [...path, 'communityId'],
          'community of practice',
        );
        break;
      case 'centreOfExcellence':
        list.index(asset.capabilityCentres, [...path, 'capabilityCentres']);
        asset.capabilityCentres.forEach((centre, c) =>
          centre.competencyIds.forEach((id, k) =>
            competency(id, [...path, 'capabilityCentres', c, 'competencyIds', k]),
          ),
        );
        break;
      case 'trainingInstitution':
      case 'learningMaterial':
        break;
      default:
        asset satisfies never;
    }
  });

  const planContext = { units, assets, competency };
  const offerings = checkCatalogue(workspace.catalogue, list, planContext);
  const plans = list.index(workspace.plans, ['plans']);
  workspace.plans.forEach((plan, index) => {
    const path = ['plans', index];
    roundOf(plan.round, path);
    checkPlanAdditions(plan, path, list, { ...planContext, offerings });
    if (plan.basedOnCampaignId !== undefined) {
      list.resolve(campaigns, plan.basedOnCampaignId, [...path, 'basedOnCampaignId'], 'campaign');
    }
    list.index(plan.interventions, [...path, 'interventions']);
    let total = 0;
    plan.interventions.forEach((intervention, i) => {
      const at = [...path, 'interventions', i];
      list.index(intervention.milestones, [...at, 'milestones']);
      intervention.targets.forEach((target, t) =>
        competency(target.competencyId, [...at, 'targets', t, 'competencyId']),
      );
      person(intervention.ownerId, [...at, 'ownerId']);
      list.ordered(
        { name: 'startsOn', value: intervention.startsOn },
        { name: 'endsOn', value: intervention.endsOn },
        [...at, 'endsOn'],
      );
      intervention.participantIds?.forEach((id, p) => person(id, [...at, 'participantIds', p]));
      intervention.assetIds?.forEach((id, a) =>
        list.resolve(assets, id, [...at, 'assetIds', a], 'capacity asset'),
      );
      const participants = intervention.participantIds?.length ?? 0;
      if (participants > intervention.seats) {
        list.add([...at, 'participantIds'], 'intervention.overSeats', {
          participants,
          seats: intervention.seats,
        });
      }
      // The budget must cover every seat filled: the most the intervention can cost.
      if (intervention.cost.currency === plan.budget.currency)
        total += interventionCostFor(intervention.cost, intervention.seats);
      else {
        list.add([...at, 'cost', 'currency'], 'plan.currencyMismatch', {
          found: intervention.cost.currency,
          expected: plan.budget.currency,
        });
      }
    });
    if (total > plan.budget.amount) {
      list.add([...path, 'budget', 'amount'], 'plan.overBudget', {
        total,
        budget: plan.budget.amount,
        currency: plan.budget.currency,
      });
    }
  });

  list.index(workspace.evaluations, ['evaluations']);
  workspace.evaluations.forEach((evaluation, index) => {
    const path = ['evaluations', index];
    roundOf(evaluation.round, path);
    const plan = plans.get(evaluation.planId);
    if (plan === undefined)
      list.add([...path, 'planId'], 'ref.unknown', { target: 'plan', id: evaluation.planId });
    const interventionIds = new Set(plan?.interventions.map((intervention) => intervention.id));
    list.index(evaluation.kirkpatrick, [...path, 'kirkpatrick']);
    list.index(evaluation.indicators, [...path, 'indicators']);
    evaluation.kirkpatrick.forEach((measure, m) => {
      if (plan !== undefined && measure.interventionId !== undefined) {
        list.resolve(
          interventionIds,
          measure.interventionId,
          [...path, 'kirkpatrick', m, 'interventionId'],
          'intervention',
        );
      }
    });
    checkObservations(evaluation, path, list, { plan, interventionIds, people });
    if (evaluation.roi !== undefined) {
      const lines = [
        ...evaluation.roi.benefits.map((line, b) => ({
          line,
          at: [...path, 'roi', 'benefits', b, 'amount', 'currency'],
        })),
        ...evaluation.roi.costs.map((line, c) => ({
          line,
          at: [...path, 'roi', 'costs', c, 'amount', 'currency'],
        })),
      ];
      const expected = lines[0]?.line.amount.currency;
      for (const { line, at } of lines) {
        if (expected !== undefined && line.amount.currency !== expected) {
          list.add(at, 'roi.currencyMismatch', { found: line.amount.currency, expected });
        }
      }
    }
    evaluation.indicators.forEach((indicator, i) => {
      const at = [...path, 'indicators', i];
      list.ordered(
        { name: 'baseline.on', value: indicator.baseline.on },
        { name: 'target.on', value: indicator.target.on },
        [...at, 'target', 'on'],
      );
      let previous = { name: 'baseline.on', value: indicator.baseline.on };
      indicator.actuals.forEach((actual, a) => {
        list.ordered(previous, { name: `actuals[${a}].on`, value: actual.on }, [
          ...at,
          'actuals',
          a,
          'on',
        ]);
        previous = { name: `actuals[${a}].on`, value: actual.on };
      });
    });
  });

  list.index(workspace.knowledgeItems, ['knowledgeItems']);
  workspace.knowledgeItems.forEach((item, index) => {
    const path = ['knowledgeItems', index];
    roundOf(item.round, path);
    item.competencyIds.forEach((id, c) => competency(id, [...path, 'competencyIds', c]));
    if (item.communityId !== undefined) {
      list.resolve(
        communities,
        item.communityId,
        [...path, 'communityId'],
        'community of practice',
      );
    }
    if (item.authorId !== undefined) person(item.authorId, [...path, 'authorId']);
    item.history.forEach((entry, h) => {
      const previous = item.history[h - 1];
      if (previous !== undefined) {
        list.ordered(
          { name: `history[${h - 1}].at`, value: previous.at },
          { name: `history[${h}].at`, value: entry.at },
          [...path, 'history', h, 'at'],
        );
      }
    });
    const last = item.history.at(-1);
    if (last !== undefined && last.stage !== item.stage) {
      list.add([...path, 'stage'], 'knowledge.stageMismatch', {
        last: last.stage,
        stage: item.stage,
      });
    }
  });

  checkMaturityIndexes(workspace.maturityIndexes, list, units);

  return list.result();
}

function checkRounds(workspace: Workspace, list: IssueList): Set<number> {
  const rounds = new Set<number>();
  workspace.programme.rounds.forEach((round, index) => {
    const path = ['programme', 'rounds', index];
    if (round.number !== index + 1) {
      list.add([...path, 'number'], 'round.numbering', {
        expected: index + 1,
        found: round.number,
      });
    }
    rounds.add(round.number);
    if (round.endsOn !== undefined) {
      list.ordered(
        { name: 'startsOn', value: round.startsOn },
        { name: 'endsOn', value: round.endsOn },
        [...path, 'endsOn'],
      );
    }
  });
  return rounds;
}

/**
 * Checks the references inside one competency framework document: unique ids, each competency's
 * scale and area, each area's parent, and no area that is its own ancestor; at most
 * `options.maxIssues` (100) problems and a summary of the rest.
 */
export function checkFrameworkReferences(
  framework: CompetencyFramework,
  options: ValidationOptions = {},
): ValidationIssue[] {
  const list = new IssueList(maxIssuesOf(options));
  checkFrameworks([framework], list, () => []);
  return list.result();
}

function checkFrameworks(
  all: readonly CompetencyFramework[],
  list: IssueList,
  pathOf: (index: number) => Path,
): Map<string, FrameworkIndex> {
  const frameworks = new Map<string, FrameworkIndex>();
  all.forEach((framework, index) => {
    const path = pathOf(index);
    const key = frameworkKey({ frameworkId: framework.id, version: framework.version });
    if (frameworks.has(key)) {
      list.add([...path, 'version'], 'framework.duplicateVersion', {
        frameworkId: framework.id,
        version: framework.version,
      });
      return;
    }
    const scales = list.index(framework.scales, [...path, 'scales']);
    const areas = list.index(framework.areas, [...path, 'areas']);
    framework.areas.forEach((area, a) => {
      if (area.parentId !== undefined)
        list.resolve(areas, area.parentId, [...path, 'areas', a, 'parentId'], 'area');
    });
    list.acyclic(areas, (id) => [
      ...path,
      'areas',
      framework.areas.findIndex((area) => area.id === id),
      'parentId',
    ]);
    const competencies = list.index(framework.competencies, [...path, 'competencies']);
    framework.competencies.forEach((competency, c) => {
      list.resolve(scales, competency.scaleId, [...path, 'competencies', c, 'scaleId'], 'scale');
      if (competency.areaId !== undefined) {
        list.resolve(areas, competency.areaId, [...path, 'competencies', c, 'areaId'], 'area');
      }
    });
    const scaleLevels = new Map(
      framework.scales.map(
        (scale) => [scale.id, scale.levels.map((level) => level.value)] as const,
      ),
    );
    frameworks.set(key, { framework, competencies, scaleLevels });
  });
  return frameworks;
}

function checkInstruments(
  workspace: Workspace,
  list: IssueList,
  frameworkOf: (ref: FrameworkRef, path: Path) => FrameworkIndex | undefined,
  roundOf: (round: number, path: Path) => void,
) {
  const instruments = list.index(workspace.instruments, ['instruments']);
  workspace.instruments.forEach((instrument, index) => {
    const path = ['instruments', index];
    roundOf(instrument.round, path);
    const framework = frameworkOf(instrument.framework, [...path, 'framework']);
    checkInstrument(instrument, list, path);
    instrument.items.forEach((item, i) => {
      if (
        item.target.kind === 'competency' &&
        framework !== undefined &&
        !framework.competencies.has(item.target.competencyId)
      ) {
        list.add([...path, 'items', i, 'target', 'competencyId'], 'ref.notInFramework', {
          id: item.target.competencyId,
          ...instrument.framework,
        });
      }
    });
  });
  return instruments;
}

function checkCampaigns(
  workspace: Workspace,
  list: IssueList,
  known: {
    instruments: ReadonlyMap<string, Workspace['instruments'][number]>;
    units: ReadonlyMap<string, unknown>;
    roles: ReadonlyMap<string, unknown>;
    people: ReadonlyMap<string, unknown>;
    frameworks: ReadonlyMap<string, FrameworkIndex>;
    roundOf: (round: number, path: Path) => void;
  },
) {
  const campaigns = list.index(workspace.campaigns, ['campaigns']);
  workspace.campaigns.forEach((campaign, index) => {
    const path = ['campaigns', index];
    known.roundOf(campaign.round, path);
    const instrument = known.instruments.get(campaign.instrumentId);
    if (instrument === undefined) {
      list.add([...path, 'instrumentId'], 'ref.unknown', {
        target: 'instrument',
        id: campaign.instrumentId,
      });
    } else if (campaign.status !== 'draft' && campaign.status !== 'scheduled') {
      const framework = known.frameworks.get(frameworkKey(instrument.framework));
      if (framework !== undefined && framework.framework.status === 'draft') {
        list.add([...path, 'status'], 'framework.draftInUse', {
          campaignId: campaign.id,
          ...instrument.framework,
          status: framework.framework.status,
        });
      }
    }
    campaign.population.unitIds?.forEach((id, u) =>
      list.resolve(known.units, id, [...path, 'population', 'unitIds', u], 'unit'),
    );
    campaign.population.roleIds?.forEach((id, r) =>
      list.resolve(known.roles, id, [...path, 'population', 'roleIds', r], 'role'),
    );
    campaign.population.personIds?.forEach((id, p) =>
      list.resolve(known.people, id, [...path, 'population', 'personIds', p], 'person'),
    );
    if (!isAfter(parseISO(campaign.closesAt), parseISO(campaign.opensAt))) {
      list.add([...path, 'closesAt'], 'dates.outOfOrder', {
        earlier: 'opensAt',
        earlierValue: campaign.opensAt,
        later: 'closesAt',
        laterValue: campaign.closesAt,
      });
    }
  });
  return campaigns;
}

interface ResponseContext {
  readonly campaigns: ReadonlyMap<string, Workspace['campaigns'][number]>;
  readonly instruments: ReadonlyMap<string, Workspace['instruments'][number]>;
  readonly people: ReadonlyMap<string, unknown>;
}

/**
 * Checks responses against the campaigns, instruments and people they point at. Lookups are
 * built once; the ids and submissions seen are kept, so responses can be checked in chunks
 * (`offset` = index of the chunk's first response) with the same result as all at once.
 */
function responseCheck(known: ResponseContext) {
  // Item lookups are built once per instrument, not once per response.
  const itemsByInstrument = new Map<
    string,
    Map<string, Workspace['instruments'][number]['items'][number]>
  >();
  for (const instrument of known.instruments.values()) {
    itemsByInstrument.set(instrument.id, new Map(instrument.items.map((item) => [item.id, item])));
  }
  // Campaign schedules are read once, not once per response.
  const schedules = new Map<string, { opens: number; closes: number }>();
  for (const campaign of known.campaigns.values()) {
    const opens = Date.parse(campaign.opensAt);
    const closes = Date.parse(campaign.closesAt);
    // A campaign whose own dates are out of order is reported once, not once per response.
    if (closes > opens) schedules.set(campaign.id, { opens, closes });
  }
  // Each response id and the index of the response that first used it, and one submitted
  // response per respondent, subject, perspective and campaign (more would count twice): kept as
  // bytes, since a stream of a million people leaves about 1.5 million of each.
  const ids = new ByteKeyMap();
  const submitted = new ByteKeyMap();
  // Submission keys name a known campaign by number ('#' is never in an id) and leave out the
  // subject of a self-assessment (an id is never empty): still one key per submission, and
  // about 25 bytes shorter.
  const campaignKeys = new Map([...known.campaigns.keys()].map((id, n) => [id, `#${n}`]));
  return (responses: readonly AssessmentResponse[], offset: number, list: IssueList): void =>
    checkResponses(responses, offset, list, known, {
      itemsByInstrument,
      schedules,
      ids,
      submitted,
      campaignKeys,
    });
}

function checkResponses(
  responses: readonly AssessmentResponse[],
  offset: number,
  list: IssueList,
  known: ResponseContext,
  seen: {
    itemsByInstrument: ReadonlyMap<
      string,
      ReadonlyMap<string, Workspace['instruments'][number]['items'][number]>
    >;
    schedules: ReadonlyMap<string, { opens: number; closes: number }>;
    ids: ByteKeyMap;
    submitted: ByteKeyMap;
    campaignKeys: ReadonlyMap<string, string>;
  },
) {
  const { itemsByInstrument, schedules, ids, submitted, campaignKeys } = seen;
  responses.forEach((response, chunkIndex) => {
    const index = offset + chunkIndex;
    const path = ['responses', index];
    const first = ids.get(response.id);
    if (first !== undefined)
      list.add([...path, 'id'], 'id.duplicate', {
        id: response.id,
        collection: 'responses',
        firstPath: formatPath(['responses', first, 'id']),
      });
    else ids.set(response.id, index);
    list.resolve(known.people, response.respondentId, [...path, 'respondentId'], 'person');
    const subject = response.subjectId ?? response.respondentId;
    if (response.perspective === 'self' && subject !== response.respondentId) {
      list.add([...path, 'subjectId'], 'response.selfAboutSomeoneElse', { subjectId: subject });
    }
    if (response.perspective !== 'self' && response.subjectId === undefined) {
      list.add([...path, 'subjectId'], 'response.subjectRequired', {
        perspective: response.perspective,
      });
    }
    if (response.status === 'submitted') {
      const campaignKey = campaignKeys.get(response.campaignId) ?? response.campaignId;
      const subjectKey = subject === response.respondentId ? '' : subject;
      const key = `${campaignKey}\u0000${response.respondentId}\u0000${subjectKey}\u0000${response.perspective}`;
      if (submitted.has(key)) {
        list.add([...path, 'respondentId'], 'response.duplicateSubmission', {
          respondentId: response.respondentId,
          subjectId: subject,
          campaignId: response.campaignId,
        });
      } else submitted.set(key, 0);
    }
    if (response.subjectId !== undefined)
      list.resolve(known.people, response.subjectId, [...path, 'subjectId'], 'person');
    list.ordered(
      { name: 'startedAt', value: response.startedAt },
      { name: 'updatedAt', value: response.updatedAt },
      [...path, 'updatedAt'],
    );
    const campaign = known.campaigns.get(response.campaignId);
    if (campaign === undefined) {
      list.add([...path, 'campaignId'], 'ref.unknown', {
        target: 'campaign',
        id: response.campaignId,
      });
      return;
    }
    if (response.submittedAt !== undefined) {
      list.ordered(
        { name: 'startedAt', value: response.startedAt },
        { name: 'submittedAt', value: response.submittedAt },
        [...path, 'submittedAt'],
      );
      const schedule = schedules.get(campaign.id);
      const submitted = Date.parse(response.submittedAt);
      if (schedule !== undefined && (submitted < schedule.opens || submitted > schedule.closes)) {
        list.add([...path, 'submittedAt'], 'response.outsideSchedule', {
          submittedAt: response.submittedAt,
          opensAt: campaign.opensAt,
          closesAt: campaign.closesAt,
        });
      }
    }
    const instrument = known.instruments.get(campaign.instrumentId);
    const items = itemsByInstrument.get(campaign.instrumentId);
    if (instrument === undefined || items === undefined) return;
    if (!instrument.perspectives.includes(response.perspective)) {
      list.add([...path, 'perspective'], 'response.perspectiveNotAllowed', {
        instrumentId: instrument.id,
        perspective: response.perspective,
      });
    }
    const { min, max, allowNotApplicable } = instrument.ratingScale;
    // Paths are built only for a problem: a stream of a million people has 56 million answers.
    const answerPath = (a: number, key: string): Path => [...path, 'answers', a, key];
    const onScale = (value: number | null, a: number, key: string) => {
      if (value !== null && !(Number.isInteger(value) && value >= min && value <= max)) {
        list.add(answerPath(a, key), 'response.valueOffScale', { value, min, max });
      }
    };
    const answered = new Set<string>();
    const { answers } = response;
    for (let a = 0; a < answers.length; a += 1) {
      const answer = answers[a] as (typeof answers)[number];
      const item = items.get(answer.itemId);
      if (item === undefined) {
        list.add(answerPath(a, 'itemId'), 'response.unknownItem', {
          instrumentId: instrument.id,
          itemId: answer.itemId,
        });
        continue;
      }
      if (answered.has(answer.itemId))
        list.add(answerPath(a, 'itemId'), 'response.duplicateAnswer', { itemId: answer.itemId });
      answered.add(answer.itemId);
      switch (answer.kind) {
        case 'notApplicable':
          if (!allowNotApplicable) {
            list.add(answerPath(a, 'kind'), 'response.notApplicableNotAllowed', {
              instrumentId: instrument.id,
            });
          }
          break;
        case 'rating':
          if (item.format !== 'rating') {
            list.add(answerPath(a, 'kind'), 'response.answerKindMismatch', {
              itemId: item.id,
              expected: item.format,
              found: answer.kind,
            });
          } else onScale(answer.value, a, 'value');
          break;
        case 'importancePerformance':
          if (item.format !== 'importancePerformance') {
            list.add(answerPath(a, 'kind'), 'response.answerKindMismatch', {
              itemId: item.id,
              expected: item.format,
              found: answer.kind,
            });
          } else {
            onScale(answer.importance, a, 'importance');
            onScale(answer.performance, a, 'performance');
          }
          break;
        default:
          answer satisfies never;
      }
    }
  });
}

/**
 * A checker for responses that arrive apart from their workspace — streamed in chunks at
 * national scale, or posted one by one — against the workspace's campaigns, instruments and
 * people. Each call checks one chunk's shape and references and returns its problems, with
 * paths counted from `offset`; ids and submissions are remembered across calls, so duplicates
 * between chunks are found too. Chunk by chunk gives the same problems as `validateWorkspace`
 * on all the responses at once. Each call lists at most `options.maxIssues` (100) problems and
 * a summary of the rest.
 */
export function responseChecker(
  workspace: Pick<Workspace, 'campaigns' | 'instruments' | 'people'>,
  options: ValidationOptions = {},
): (responses: readonly unknown[], offset?: number) => ValidationIssue[] {
  const maxIssues = maxIssuesOf(options);
  const byId = <T extends { readonly id: string }>(items: readonly T[]) =>
    new Map(items.map((item) => [item.id, item]));
  const check = responseCheck({
    campaigns: byId(workspace.campaigns),
    instruments: byId(workspace.instruments),
    people: byId(workspace.people),
  });
  return (responses, offset = 0) => {
    const list = new IssueList(maxIssues);
    const sound: AssessmentResponse[] = [];
    const soundIndex: number[] = [];
    responses.forEach((input, i) => {
      const parsed = responseSchema.safeParse(input);
      if (parsed.success) {
        sound.push(parsed.data);
        soundIndex.push(offset + i);
        return;
      }
      for (const issue of parsed.error.issues) {
        list.push(fromZodIssue(issue, ['responses', offset + i]));
      }
    });
    // Check the sound ones at their own positions, so paths still point into the whole stream.
    sound.forEach((response, k) => check([response], soundIndex[k] ?? 0, list));
    return list.result();
  };
}
