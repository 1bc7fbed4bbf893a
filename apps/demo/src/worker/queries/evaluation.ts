import {
  resolveLocalizedText,
  validateWorkspace,
  type LocalizedText,
  type Workspace,
} from '@capkit/model';
import {
  kirkpatrickInputFromModel,
  kirkpatrickRollUp,
  phillipsRoi,
  phillipsRoiInputFromModel,
} from '@capkit/scoring/evaluation';
import { z } from 'zod';
import { defineMutation, defineQuery, DemoError, type RunContext } from '../contract.js';
import { arms, disclosureK, roundChange } from './evaluationChange.js';
import {
  deliveredInterventions,
  dueFollowUps,
  expectedGains,
  roundCampaigns,
  shiftCalendarDate,
  simulatedRound2,
  submittedSelf,
} from './evaluationRounds.js';

// The evaluation area's reads and changes of the workspace, run in the worker. Names start
// "evaluation.". Every figure about people goes through the engine's k = 5 rule.

const localeArgs = z.strictObject({ locale: z.string().min(2).max(35) });
const noArgs = z.strictObject({});

const textIn = (locale: string) => (value: LocalizedText) =>
  resolveLocalizedText(value, [locale]).text;

/** Where each round stands: the programme's rounds and their campaigns. */
function roundsOf(workspace: Workspace, locale: string) {
  const text = textIn(locale);
  return workspace.programme.rounds.map((round) => {
    const campaign = workspace.campaigns.find((c) => c.round === round.number);
    return {
      number: round.number,
      title: round.title === undefined ? null : text(round.title),
      startsOn: round.startsOn,
      endsOn: round.endsOn ?? null,
      campaign:
        campaign === undefined
          ? null
          : {
              id: campaign.id,
              title: text(campaign.title),
              status: campaign.status,
              opensAt: campaign.opensAt,
              closesAt: campaign.closesAt,
              selfAssessments: submittedSelf(workspace, campaign.id).length,
            },
    };
  });
}

/** Whether round 2 can be collected now, and why not. */
function round2State(workspace: Workspace) {
  const { round1, round2 } = roundCampaigns(workspace);
  if (round1 === undefined || round2 === undefined) return 'noCampaign' as const;
  if (submittedSelf(workspace, round2.id).length > 0) return 'collected' as const;
  if (round2.status === 'archived') return 'archived' as const;
  if (submittedSelf(workspace, round1.id).length === 0) return 'noRound1' as const;
  return 'ready' as const;
}

/** The next round the programme can start, or why it cannot yet. */
function nextRoundState(workspace: Workspace) {
  const rounds = workspace.programme.rounds;
  const last = rounds[rounds.length - 1];
  const number = rounds.length + 1;
  const lastCampaign = workspace.campaigns.find((c) => c.round === last?.number);
  const ready =
    last !== undefined &&
    lastCampaign !== undefined &&
    last.number >= 2 &&
    lastCampaign.status === 'closed' &&
    submittedSelf(workspace, lastCampaign.id).length > 0;
  return { number, ready, lastRound: last?.number ?? 0 };
}

/** Validates the next workspace, or refuses the change with the located issues. */
function checked(next: Workspace, what: string, { progress }: RunContext): Workspace {
  const result = validateWorkspace(next);
  progress(1, 1);
  if (!result.success)
    throw new DemoError(`${what} would leave the workspace invalid, so nothing was changed.`, [
      ...result.issues,
    ]);
  return result.data;
}

export const queries = {
  /** The rounds, round 2's state, the next round, and what the plan trained. */
  'evaluation.overview': defineQuery({
    args: localeArgs,
    run: (workspace, { locale }) => {
      const delivered = deliveredInterventions(workspace);
      const round2 = roundCampaigns(workspace).round2;
      return {
        k: disclosureK,
        rounds: roundsOf(workspace, locale),
        round2: round2State(workspace),
        round2Campaign:
          round2 === undefined
            ? null
            : { opensAt: round2.opensAt, closesAt: round2.closesAt, status: round2.status },
        next: nextRoundState(workspace),
        delivered: delivered.length,
        trainedPeople: expectedGains(workspace).size,
        followUps: workspace.evaluations.reduce(
          (sum, e) => sum + e.observations.filter((o) => o.instrument === 'followUp').length,
          0,
        ),
      };
    },
  }),
  /** Kirkpatrick levels 1–4, Phillips ROI, and once round 2 is in, the change between rounds. */
  'evaluation.summary': defineQuery({
    args: localeArgs,
    run: (workspace, { locale }, context) => {
      const text = textIn(locale);
      const evaluation = workspace.evaluations[0];
      const kirkpatrick =
        evaluation === undefined
          ? null
          : kirkpatrickRollUp(kirkpatrickInputFromModel(evaluation), { k: disclosureK });
      const roi =
        evaluation?.roi === undefined
          ? null
          : phillipsRoi(phillipsRoiInputFromModel(evaluation.roi, locale));
      const indicatorLabels = Object.fromEntries(
        (evaluation?.indicators ?? []).map((indicator) => [indicator.id, text(indicator.name)]),
      );
      const change = roundChange(workspace, context);
      const label = competencyLabels(workspace, locale);
      const interventionLabel = interventionLabels(workspace, locale);
      return {
        k: disclosureK,
        title: evaluation === undefined ? null : text(evaluation.title),
        kirkpatrick,
        roi,
        indicatorLabels,
        change:
          change === null
            ? null
            : {
                paired: change.paired,
                rows: change.competencies.map((c) => ({
                  id: c.competencyId,
                  label: label(c.competencyId),
                  change: c.everyone,
                })),
                overall: change.overall,
                interventions: change.interventions.map((i) => ({
                  id: i.interventionId,
                  label: interventionLabel(i.interventionId),
                  result: i.result,
                })),
              },
      };
    },
  }),
  /** Round 1 against round 2 per competency, trained against not trained. */
  'evaluation.comparison': defineQuery({
    args: localeArgs,
    run: (workspace, { locale }, context) => {
      const change = roundChange(workspace, context);
      if (change === null) return null;
      const label = competencyLabels(workspace, locale);
      const interventionLabel = interventionLabels(workspace, locale);
      return {
        k: disclosureK,
        paired: change.paired,
        unpaired: change.unpaired,
        arms,
        competencies: change.competencies.map((c) => ({
          id: c.competencyId,
          label: label(c.competencyId),
          change: c.byArm,
        })),
        overall: change.overall,
        interventions: change.interventions.map((i) => ({
          id: i.interventionId,
          label: interventionLabel(i.interventionId),
          result: i.result,
        })),
      };
    },
  }),
};

function competencyLabels(workspace: Workspace, locale: string) {
  const text = textIn(locale);
  const labels = new Map(
    workspace.frameworks.flatMap((f) => f.competencies.map((c) => [c.id, text(c.label)] as const)),
  );
  return (id: string) => labels.get(id) ?? id;
}

function interventionLabels(workspace: Workspace, locale: string) {
  const text = textIn(locale);
  const labels = new Map(
    workspace.plans.flatMap((p) => p.interventions.map((i) => [i.id, text(i.title)] as const)),
  );
  return (id: string) => labels.get(id) ?? id;
}

export const mutations = {
  /**
   * Runs round 2: opens its campaign, records the simulated round-2 self-assessments and the
   * 90-day follow-ups that fell due meanwhile, and closes the campaign.
   */
  'evaluation.collectSecondRound': defineMutation({
    args: noArgs,
    run: (workspace, _args, context) => {
      const state = round2State(workspace);
      const { round1, round2 } = roundCampaigns(workspace);
      if (state === 'collected') throw new DemoError('Round 2 has already been collected.');
      if (state !== 'ready' || round1 === undefined || round2 === undefined)
        throw new DemoError(
          state === 'noRound1'
            ? 'Round 1 has no submitted self-assessments to follow up.'
            : 'This workspace has no round-2 campaign that can be collected.',
        );
      const responses = simulatedRound2(workspace, round1, round2, (done, total) =>
        context.progress(done, total * 2),
      );
      const dueBy = round2.closesAt.slice(0, 10);
      const followUps = dueFollowUps(workspace, 0, dueBy);
      const next: Workspace = {
        ...workspace,
        campaigns: workspace.campaigns.map((c) =>
          c.id === round2.id ? { ...c, status: 'closed' as const } : c,
        ),
        responses: [...workspace.responses, ...responses],
        evaluations: workspace.evaluations.map((e, index) =>
          index === 0 ? { ...e, observations: [...e.observations, ...followUps] } : e,
        ),
      };
      const total = responses.length * 2;
      const valid = checked(next, 'Recording round 2', {
        ...context,
        progress: (done) => context.progress(responses.length + done * responses.length, total),
      });
      return {
        workspace: valid,
        validated: true,
        result: {
          responses: responses.length,
          followUps: followUps.length,
          opensAt: round2.opensAt,
          closesAt: round2.closesAt,
        },
      };
    },
  }),
  /**
   * Starts the next round of the cycle: ends the last round the day before, adds the new round to
   * the programme and schedules its assessment 52 weeks after the last one (same weekday).
   */
  'evaluation.startNextRound': defineMutation({
    args: noArgs,
    run: (workspace, _args, context) => {
      const rounds = workspace.programme.rounds;
      const last = rounds[rounds.length - 1];
      const state = nextRoundState(workspace);
      const lastCampaign = workspace.campaigns.find((c) => c.round === last?.number);
      if (last === undefined || lastCampaign === undefined || !state.ready)
        throw new DemoError(
          `Round ${String(state.lastRound)} has not been collected and closed yet, so the next round cannot start.`,
        );
      const number = state.number;
      const startsOn = shiftCalendarDate(last.startsOn, 364);
      const week = 7 * 24 * 60 * 60 * 1000;
      const later = (instant: string) => new Date(Date.parse(instant) + 52 * week).toISOString();
      const campaignId = `tna-round-${String(number)}`;
      if (workspace.campaigns.some((c) => c.id === campaignId))
        throw new DemoError(`A campaign for round ${String(number)} already exists.`);
      const next: Workspace = {
        ...workspace,
        programme: {
          ...workspace.programme,
          rounds: [
            ...rounds.slice(0, -1),
            { ...last, endsOn: last.endsOn ?? shiftCalendarDate(startsOn, -1) },
            {
              number,
              title: {
                en: `Round ${String(number)}: assess again and adjust`,
                fr: `Cycle ${String(number)} : évaluer à nouveau et ajuster`,
                ar: `الجولة ${String(number)}: تقييم جديد وتعديل`,
              },
              startsOn,
            },
          ],
        },
        campaigns: [
          ...workspace.campaigns,
          {
            id: campaignId,
            round: number,
            title: {
              en: `Training needs assessment, round ${String(number)}`,
              fr: `Évaluation des besoins de formation, cycle ${String(number)}`,
              ar: `تقييم الاحتياجات التدريبية، الجولة ${String(number)}`,
            },
            instrumentId: lastCampaign.instrumentId,
            population: structuredClone(lastCampaign.population),
            opensAt: later(lastCampaign.opensAt),
            closesAt: later(lastCampaign.closesAt),
            status: 'scheduled' as const,
          },
        ],
      };
      const valid = checked(next, `Starting round ${String(number)}`, context);
      return {
        workspace: valid,
        validated: true,
        result: { round: number, campaignId, opensAt: later(lastCampaign.opensAt), startsOn },
      };
    },
  }),
};
