import { undpRollUp } from '@capkit/scoring/undp';
import { z } from 'zod';
import { defineQuery, DemoError } from '../contract.js';
import { capacityMaturity } from './capacityMaturity.js';
import { competencyNames, needsBasis, referencePlan, textIn } from './responseNeeds.js';

// The capacity area's reads and changes of the workspace, run in the worker. Names start "capacity.".

/** How many of the training-needs priorities count as "most needed" when matching assets. */
export const neededCount = 5;

const localeArgs = z.strictObject({ locale: z.string().max(35) });

export const queries = {
  /**
   * The UNDP capacity assessment (the latest) with the engine's roll-up, the largest gap, and
   * the assets inventory matched against the reference plan and the five highest training
   * priorities (Borich MWDS) of its campaign; the asset that builds most of them.
   */
  'capacity.assessment': defineQuery({
    args: localeArgs,
    run: (workspace, { locale }, { progress }) => {
      const assessment = workspace.capacityAssessments.at(-1);
      if (assessment === undefined)
        throw new DemoError('The workspace holds no capacity assessment.');
      progress(0, 2);
      const rollUp = undpRollUp(assessment);
      let largest: { key: string; desired: number; existing: number; gap: number } | null = null;
      for (const [key, levels] of rollUp.crossSections) {
        if (levels.gap === null || levels.desired === null || levels.existing === null) continue;
        if (largest === null || levels.gap > largest.gap)
          largest = { key, desired: levels.desired, existing: levels.existing, gap: levels.gap };
      }
      const tied =
        largest === null
          ? []
          : [...rollUp.crossSections]
              .filter(([, levels]) => levels.gap === largest.gap)
              .map(([key]) => key);
      // The analysis is the slow part (about a second for the sample): the first step of two.
      const { analysis, campaignId } = needsBasis(workspace);
      progress(1, 2);
      const needed = analysis.priorities.units
        .filter((unit) => unit.rank !== null)
        .sort((a, b) => (a.rank as number) - (b.rank as number))
        .slice(0, neededCount)
        .map((unit) => analysis.needCompetencyIds[unit.unit] as string);
      const neededSet = new Set(needed);
      const strongest = workspace.assets
        .map((asset) => {
          const builds = new Set([
            ...asset.competencyIds,
            ...(asset.kind === 'centreOfExcellence'
              ? asset.capabilityCentres.flatMap((centre) => centre.competencyIds)
              : []),
          ]);
          return { asset, covers: [...builds].filter((id) => neededSet.has(id)).length };
        })
        .reduce<{ id: string; name: string; covers: number } | null>(
          (best, { asset, covers }) =>
            covers > 0 && (best === null || covers > best.covers)
              ? { id: asset.id, name: textIn(asset.name, locale), covers }
              : best,
          null,
        );
      const reference = referencePlan(workspace);
      const names = competencyNames(workspace, locale);
      progress(2, 2);
      return {
        assessment,
        // Maps become entry lists to cross to the page; the page rebuilds the roll-up's Maps.
        rollUp: {
          cells: [...rollUp.cells],
          crossSections: [...rollUp.crossSections],
          byFunctionalCapacity: [...rollUp.byFunctionalCapacity],
          byCoreIssue: [...rollUp.byCoreIssue],
          byPointOfEntry: [...rollUp.byPointOfEntry],
        },
        largest,
        largestKeys: tied,
        assessmentTitle: textIn(assessment.title, locale),
        assets: workspace.assets,
        communities: workspace.communities,
        // The plan the assets are matched against, without whom it enrolled.
        plan: {
          ...reference,
          interventions: reference.interventions.map(
            ({ participantIds: _participants, ...intervention }) => intervention,
          ),
        },
        planTitle: textIn(reference.title, locale),
        neededCompetencyIds: needed,
        competencyNames: names,
        strongest,
        campaignId,
      };
    },
  }),
  /** The digital maturity index by unit, with its rank intervals and which choice moves ranks most. */
  'capacity.maturity': defineQuery({
    args: localeArgs,
    run: (workspace, { locale }, context) => capacityMaturity(workspace, locale, context),
  }),
};

export const mutations = {};
