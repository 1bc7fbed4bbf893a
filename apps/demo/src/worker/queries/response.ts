import { capacityDevelopmentPlanSchema, fromZodIssue, type Workspace } from '@capkit/model';
import { budgetBurnDown } from '@capkit/scoring/schedule';
import { z } from 'zod';
import { defineMutation, defineQuery, DemoError } from '../contract.js';
import { referencePlan, textIn } from './responseNeeds.js';
import { planResponse, type PlanSettings } from './responsePlanning.js';

// The response area's reads and changes of the workspace, run in the worker. Names start "response.".

/** The most a visitor may budget: far above any ministry's training budget, below float trouble. */
export const maxBudget = 1_000_000_000;

const idList = z.array(z.string().min(1).max(200)).max(2000);
const settingsSchema = {
  budget: z.number().nonnegative().max(maxBudget),
  keptIn: idList,
  leftOut: idList,
  locale: z.string().max(35),
};

const savedPlanId = (workspace: Workspace) => {
  const taken = new Set(workspace.plans.map((plan) => plan.id));
  let n = 1;
  while (taken.has(`plan-recommended-${n}`)) n += 1;
  return `plan-recommended-${n}`;
};

export const queries = {
  /** What the planning form starts from: the reference plan's budget, and the catalogue. */
  'response.defaults': defineQuery({
    args: z.strictObject({ locale: z.string().max(35) }),
    run: (workspace, { locale }) => {
      const reference = referencePlan(workspace);
      return {
        budget: reference.budget.amount,
        currency: reference.budget.currency,
        referenceTitle: textIn(reference.title, locale),
        catalogue: workspace.catalogue.map((offering) => ({
          id: offering.id,
          name: textIn(offering.title, locale),
        })),
        maxBudget,
      };
    },
  }),
  /**
   * The capacity-development plan the planner recommends within `budget` for the needs of the
   * reference plan's campaign, with what the visitor keeps in or leaves out; its explanation,
   * the plan as the workspace would hold it, and its budget burn-down by month.
   */
  'response.plan': defineQuery({
    args: z.strictObject(settingsSchema),
    run: async (workspace, { locale, ...settings }: PlanSettings & { locale: string }, context) => {
      const response = await planResponse(workspace, settings, locale, context);
      const gapPointsClosed: Record<string, number> = {};
      for (const entry of response.plan.interventions)
        if (entry.runs > 0) gapPointsClosed[`int-${entry.interventionId}`] = entry.gapPointsClosed;
      for (const entry of response.keptIn) {
        const key = `int-${entry.interventionId}`;
        gapPointsClosed[key] = (gapPointsClosed[key] ?? 0) + entry.gapPointsClosed;
      }
      const burnDown = budgetBurnDown(response.proposal, {
        today: response.asOf,
        by: 'month',
        gapPointsClosed,
      });
      return { ...response, burnDown };
    },
  }),
  /** The plans the workspace holds: the reference plan and those saved from this page. */
  'response.savedPlans': defineQuery({
    args: z.strictObject({ locale: z.string().max(35) }),
    run: (workspace, { locale }) =>
      workspace.plans.map((plan) => ({
        id: plan.id,
        title: textIn(plan.title, locale),
        budget: plan.budget.amount,
        currency: plan.budget.currency,
        interventions: plan.interventions.length,
        cost: plan.interventions.reduce(
          (sum, intervention) =>
            sum + intervention.cost.fixed + intervention.cost.perParticipant * intervention.seats,
          0,
        ),
      })),
  }),
};

export const mutations = {
  /**
   * Plans again with the visitor's settings (the plan is never taken from the page) and adds
   * the result to the workspace's plans, where the evaluation area finds it.
   */
  'response.savePlan': defineMutation({
    args: z.strictObject(settingsSchema),
    run: async (workspace, { locale, ...settings }, context) => {
      const response = await planResponse(workspace, settings, locale, context);
      const id = savedPlanId(workspace);
      const checked = capacityDevelopmentPlanSchema.safeParse({
        ...response.proposal,
        id,
        interventions: response.proposal.interventions.map((intervention) => ({
          ...intervention,
          id: `${id}-${intervention.offeringId ?? intervention.id}`,
          ...(intervention.prerequisiteIds === undefined
            ? {}
            : {
                prerequisiteIds: intervention.prerequisiteIds.map(
                  (prerequisite) => `${id}-${prerequisite.replace(/^int-/u, '')}`,
                ),
              }),
        })),
      });
      if (!checked.success)
        throw new DemoError(
          'The plan could not be saved: it is not a valid plan.',
          checked.error.issues.map((issue) =>
            fromZodIssue(issue, ['plans', workspace.plans.length]),
          ),
        );
      return {
        workspace: { ...workspace, plans: [...workspace.plans, checked.data] },
        result: { id, title: textIn(checked.data.title, locale) },
      };
    },
  }),
};
