import { answerSchema, validateWorkspace, type AssessmentResponse } from '@capkit/model';
import { competencyScore } from '@capkit/scoring';
import { z } from 'zod';
import { defineMutation, defineQuery, DemoError } from '../contract.js';
import {
  competencyNames,
  currentMemberships,
  departmentIds,
  minimumGroup,
  roundOneCampaign,
  selectGroups,
  selfAssessed,
  textIn,
  trainingNeedsAnalysis,
  unitLineage,
} from './trainingNeedsAnalysis.js';

// The trainingNeeds area's reads and changes of the workspace, run in the worker. Names start "trainingNeeds.".

const locale = z.string().max(35);
const id = z.string().min(1).max(200);

function namesOf<T extends { id: string }>(
  records: readonly T[],
  ids: readonly string[],
  name: (record: T) => string,
): string[] {
  const byId = new Map(records.map((record) => [record.id, record]));
  return ids.map((key) => {
    const record = byId.get(key);
    return record === undefined ? key : name(record);
  });
}

export const queries = {
  /**
   * The round-1 analysis (priorities with intervals, importance–performance per question, scores
   * and gaps per department and role) with every label in `locale`, and the headline: the
   * competency ranked first, how sure, and the department with most staff below their level in it.
   */
  'trainingNeeds.results': defineQuery({
    args: z.strictObject({ locale }),
    run: (workspace, args, { progress }) => {
      // The engine takes no progress callback: one step, reported before and after.
      progress(0, 1);
      const analysis = trainingNeedsAnalysis(workspace);
      progress(1, 1);
      const campaign = roundOneCampaign(workspace);
      const competencies = competencyNames(workspace, args.locale);
      const { units, roles } = analysis.groups;
      if (units === undefined || roles === undefined)
        throw new DemoError('The unit and role tables were asked for but not returned.');
      const competencyIds = analysis.groups.competencyIds;
      const unitIndex = new Map(analysis.groups.unitIds.map((unitId, index) => [unitId, index]));
      const departments = departmentIds(workspace).filter((unitId) => unitIndex.has(unitId));
      const departmentUnits = selectGroups(
        units,
        departments.map((unitId) => unitIndex.get(unitId) as number),
        competencyIds.length,
      );
      const top = analysis.priorities.units.find((unit) => unit.rank === 1);
      const topId = top === undefined ? undefined : analysis.needCompetencyIds[top.unit];
      const topColumn = topId === undefined ? -1 : competencyIds.indexOf(topId);
      let worst: { unitId: string; share: number } | null = null;
      departments.forEach((unitId, row) => {
        const cell = departmentUnits.cells[row * competencyIds.length + topColumn];
        if (cell?.status !== 'published' || cell.shareBelowRequired === null) return;
        if (worst === null || cell.shareBelowRequired > worst.share)
          worst = { unitId, share: cell.shareBelowRequired };
      });
      const worstFound = worst as { unitId: string; share: number } | null;
      const unitName = (unitId: string) =>
        namesOf(workspace.units, [unitId], (unit) => textIn(unit.name, args.locale))[0] as string;
      const instrument = workspace.instruments.find((i) => i.id === campaign.instrumentId);
      const prompts = new Map(
        instrument?.items.map((item) => [item.id, textIn(item.prompt, args.locale)]),
      );
      return {
        campaignTitle: textIn(campaign.title, args.locale),
        people: analysis.selection.people,
        k: analysis.disclosure.k,
        top:
          top === undefined || topId === undefined
            ? null
            : {
                competencyId: topId,
                label: competencies.get(topId) ?? topId,
                rankHoldsProbability: top.rankHoldsProbability,
                mwds: top.meanWeightedDiscrepancy,
                lower: top.lower,
                upper: top.upper,
                column: topColumn,
                worst:
                  worstFound === null
                    ? null
                    : {
                        unitId: worstFound.unitId,
                        name: unitName(worstFound.unitId),
                        share: worstFound.share,
                      },
              },
        priorityLabels: analysis.needCompetencyIds.map((c) => competencies.get(c) ?? c),
        competencyLabels: competencyIds.map((c) => competencies.get(c) ?? c),
        itemLabels: analysis.itemIds.map((itemId) => prompts.get(itemId) ?? itemId),
        departments: departments.map((unitId) => ({ id: unitId, name: unitName(unitId) })),
        roleLabels: namesOf(workspace.roles, analysis.groups.roleIds, (role) =>
          textIn(role.title, args.locale),
        ),
        priorities: analysis.priorities,
        matrix: analysis.importancePerformance.items,
        departmentUnits,
        roles,
      };
    },
  }),

  /**
   * One unit's figures (covering its sub-units) from the same protected unit table, its
   * sub-units' rows, and the roles held in it; with `roleId`, that role's required levels and its
   * ministry-wide row (unit × role figures are not published: they would rest on small groups).
   */
  'trainingNeeds.unit': defineQuery({
    args: z.strictObject({ locale, unitId: id, roleId: id.optional() }),
    run: (workspace, args, { progress }) => {
      const unit = workspace.units.find((candidate) => candidate.id === args.unitId);
      if (unit === undefined) return { found: false as const };
      progress(0, 1);
      const analysis = trainingNeedsAnalysis(workspace);
      progress(1, 1);
      const { units, roles } = analysis.groups;
      if (units === undefined || roles === undefined)
        throw new DemoError('The unit and role tables were asked for but not returned.');
      const competencies = competencyNames(workspace, args.locale);
      const competencyIds = analysis.groups.competencyIds;
      const unitIndex = new Map(analysis.groups.unitIds.map((unitId, index) => [unitId, index]));
      const children = workspace.units.filter(
        (candidate) => candidate.parentId === unit.id && unitIndex.has(candidate.id),
      );
      const shown = [unit, ...children].filter((candidate) => unitIndex.has(candidate.id));
      const summary = selectGroups(
        units,
        shown.map((candidate) => unitIndex.get(candidate.id) as number),
        competencyIds.length,
      );
      // The roles held by the unit's staff today, for the filter.
      const inUnit = new Set<string>();
      for (const membership of currentMemberships(workspace).values())
        if (unitLineage(workspace, membership.unitId).includes(unit.id))
          inUnit.add(membership.roleId);
      const roleOptions = workspace.roles
        .filter((role) => inUnit.has(role.id))
        .map((role) => ({ id: role.id, title: textIn(role.title, args.locale) }));
      const role =
        args.roleId === undefined
          ? undefined
          : workspace.roles.find((candidate) => candidate.id === args.roleId);
      const roleColumn = role === undefined ? -1 : analysis.groups.roleIds.indexOf(role.id);
      const lineage = unitLineage(workspace, unit.id).slice(1).reverse();
      return {
        found: true as const,
        id: unit.id,
        name: textIn(unit.name, args.locale),
        parents: lineage.map((unitId) => ({
          id: unitId,
          name: textIn(
            workspace.units.find((candidate) => candidate.id === unitId)?.name ?? { en: unitId },
            args.locale,
          ),
        })),
        groups: shown.map((candidate) => ({
          id: candidate.id,
          name: textIn(candidate.name, args.locale),
        })),
        competencyIds,
        competencyLabels: competencyIds.map((c) => competencies.get(c) ?? c),
        summary,
        roles: roleOptions,
        roleNotFound: args.roleId !== undefined && role === undefined,
        role:
          role === undefined
            ? null
            : {
                id: role.id,
                title: textIn(role.title, args.locale),
                required: role.requirements.map((requirement) => ({
                  competencyId: requirement.competencyId,
                  level: requirement.requiredLevel,
                })),
                summary:
                  roleColumn < 0 ? null : selectGroups(roles, [roleColumn], competencyIds.length),
              },
      };
    },
  }),

  /**
   * Who answers the questionnaire in the demo: the first of the ministry's staff (in the
   * workspace's order) with a current post and no round-1 self-assessment, draft or submitted;
   * the instrument; and how many self-assessments the results count now.
   */
  'trainingNeeds.respondent': defineQuery({
    args: z.strictObject({ locale }),
    run: (workspace, args) => {
      const campaign = roundOneCampaign(workspace);
      const instrument = workspace.instruments.find((i) => i.id === campaign.instrumentId);
      if (instrument === undefined)
        throw new DemoError('The campaign’s questionnaire is not in the workspace.');
      const responded = new Set(
        workspace.responses
          .filter((r) => r.campaignId === campaign.id && r.perspective === 'self')
          .map((r) => r.respondentId),
      );
      const posts = currentMemberships(workspace);
      const person = workspace.people.find((p) => posts.has(p.id) && !responded.has(p.id));
      const post = person === undefined ? undefined : posts.get(person.id);
      return {
        campaign: {
          id: campaign.id,
          title: textIn(campaign.title, args.locale),
          status: campaign.status,
          closesAt: campaign.closesAt,
        },
        instrument,
        selfAssessments: selfAssessed(workspace, campaign.id).size,
        person:
          person === undefined || post === undefined
            ? null
            : {
                id: person.id,
                name:
                  workspace.personalData?.find((data) => data.personId === person.id)?.name ??
                  person.id,
                role: textIn(
                  workspace.roles.find((r) => r.id === post.roleId)?.title ?? { en: post.roleId },
                  args.locale,
                ),
                unit: textIn(
                  workspace.units.find((u) => u.id === post.unitId)?.name ?? { en: post.unitId },
                  args.locale,
                ),
              },
      };
    },
  }),

  /**
   * One person's self-assessed competency scores (mean performance rating per competency, scored
   * when at least half its questions are answered) against their role's required levels.
   */
  'trainingNeeds.person': defineQuery({
    args: z.strictObject({ locale, personId: id }),
    run: (workspace, args) => {
      const person = workspace.people.find((p) => p.id === args.personId);
      if (person === undefined) return { found: false as const };
      const campaign = roundOneCampaign(workspace);
      const post = currentMemberships(workspace).get(person.id);
      const role = workspace.roles.find((r) => r.id === post?.roleId);
      const unit = workspace.units.find((u) => u.id === post?.unitId);
      const framework = workspace.frameworks[0];
      const scale = framework?.scales[0];
      if (framework === undefined || scale === undefined)
        throw new DemoError('The workspace holds no competency framework with a scale.');
      const response = workspace.responses.find(
        (r) =>
          r.campaignId === campaign.id &&
          r.perspective === 'self' &&
          r.respondentId === person.id &&
          r.status === 'submitted',
      );
      const instrument = workspace.instruments.find((i) => i.id === campaign.instrumentId);
      if (instrument === undefined)
        throw new DemoError('The campaign’s questionnaire is not in the workspace.');
      // Scores are means of performance ratings on the questionnaire's scale (1–5), compared
      // with the role's required levels as the results' gap figures are; the framework's scale
      // names the levels. The ratings' bounds come from the questionnaire.
      const { min, max } = instrument.ratingScale;
      const ratingBounds = {
        id: 'rating-scale',
        label: { en: 'Rating scale' },
        levels: [
          { value: min, label: { en: String(min) } },
          { value: max, label: { en: String(max) } },
        ],
        proficientLevel: max,
      };
      const names = competencyNames(workspace, args.locale);
      const required = new Map(role?.requirements.map((r) => [r.competencyId, r.requiredLevel]));
      const targets = new Map<string, string[]>();
      for (const item of instrument.items)
        if (item.target.kind === 'competency')
          targets.set(item.target.competencyId, [
            ...(targets.get(item.target.competencyId) ?? []),
            item.id,
          ]);
      const answers = new Map(response?.answers.map((answer) => [answer.itemId, answer]));
      const data =
        response === undefined
          ? []
          : [...targets].map(([competencyId, itemIds]) => {
              const ratings = itemIds.map((itemId) => {
                const answer = answers.get(itemId);
                const value =
                  answer?.kind === 'importancePerformance'
                    ? answer.performance
                    : answer?.kind === 'rating'
                      ? answer.value
                      : null;
                return { itemId, value };
              });
              const score = competencyScore(ratings, ratingBounds);
              const level = required.get(competencyId);
              return {
                id: competencyId,
                label: names.get(competencyId) ?? competencyId,
                score: score.score,
                answered: score.answered,
                total: score.total,
                ...(level === undefined ? {} : { requiredLevel: level }),
              };
            });
      return {
        found: true as const,
        id: person.id,
        name: workspace.personalData?.find((d) => d.personId === person.id)?.name ?? person.id,
        role: role === undefined ? null : textIn(role.title, args.locale),
        unit: unit === undefined ? null : { id: unit.id, name: textIn(unit.name, args.locale) },
        submittedAt: response?.submittedAt ?? null,
        ratingRange: { min, max },
        scale,
        data,
      };
    },
  }),

  /**
   * The round-1 campaign's schedule and status, and its response rate (submitted self-assessments
   * over staff in post) ministry-wide and per department; a department under five people is
   * withheld, its people counted in the ministry's figure only, and so is the next smallest when
   * the ministry's total less the shown departments would reveal fewer than five people.
   */
  'trainingNeeds.overview': defineQuery({
    args: z.strictObject({ locale }),
    run: (workspace, args) => {
      const campaign = roundOneCampaign(workspace);
      const responded = selfAssessed(workspace, campaign.id);
      const posts = currentMemberships(workspace);
      const departments = departmentIds(workspace);
      const tally = new Map(departments.map((d) => [d, { people: 0, responded: 0 }]));
      let people = 0;
      let answered = 0;
      for (const [personId, post] of posts) {
        people += 1;
        const has = responded.has(personId);
        if (has) answered += 1;
        const department = unitLineage(workspace, post.unitId).find((u) => tally.has(u));
        const row = department === undefined ? undefined : tally.get(department);
        if (row === undefined) continue;
        row.people += 1;
        if (has) row.responded += 1;
      }
      // A department under k staff is withheld; then, while the people left out of the shown
      // departments (withheld ones, and staff in no department) number 1 to k − 1, the ministry's
      // total less the shown rows would give their figures, so the smallest shown one goes too.
      const withheld = new Map<string, 'small' | 'complement'>();
      for (const departmentId of departments)
        if ((tally.get(departmentId)?.people ?? 0) < minimumGroup || people < minimumGroup)
          withheld.set(departmentId, 'small');
      const leftOut = () =>
        people -
        departments
          .filter((d) => !withheld.has(d))
          .reduce((sum, d) => sum + (tally.get(d)?.people ?? 0), 0);
      while (leftOut() > 0 && leftOut() < minimumGroup) {
        const smallest = departments
          .filter((d) => !withheld.has(d))
          .sort((a, b) => (tally.get(a)?.people ?? 0) - (tally.get(b)?.people ?? 0))[0];
        if (smallest === undefined) break;
        withheld.set(smallest, 'complement');
      }
      return {
        campaign: {
          id: campaign.id,
          title: textIn(campaign.title, args.locale),
          status: campaign.status,
          opensAt: campaign.opensAt,
          closesAt: campaign.closesAt,
        },
        k: minimumGroup,
        // The ministry's own figure rests on fewer than k people only in a ministry that small.
        ministryWithheld: people < minimumGroup,
        people: people < minimumGroup ? 0 : people,
        responded: people < minimumGroup ? 0 : answered,
        departments: departments.map((departmentId) => {
          const row = tally.get(departmentId) ?? { people: 0, responded: 0 };
          const name = textIn(
            workspace.units.find((u) => u.id === departmentId)?.name ?? { en: departmentId },
            args.locale,
          );
          const reason = withheld.get(departmentId);
          return reason !== undefined
            ? { id: departmentId, name, withheld: true as const, reason }
            : { id: departmentId, name, withheld: false as const, ...row };
        }),
      };
    },
  }),
};

export const mutations = {
  /**
   * Stores a person's submitted round-1 self-assessment (replacing a draft of theirs), timed by
   * the worker's clock; refused if the campaign is not open, they have already submitted, or the
   * answers do not fit the questionnaire. Says how many questions were answered and how many
   * self-assessments the results count now.
   */
  'trainingNeeds.submit': defineMutation({
    args: z.strictObject({
      campaignId: id,
      respondentId: id,
      startedAt: z.iso.datetime({ offset: true }),
      answers: z.array(answerSchema).max(500),
    }),
    run: (workspace, args) => {
      const campaign = workspace.campaigns.find((c) => c.id === args.campaignId);
      if (campaign === undefined) throw new DemoError('There is no such campaign.');
      if (campaign.status !== 'open')
        throw new DemoError('This campaign is closed: it takes no more answers.');
      const now = new Date();
      if (now.getTime() > Date.parse(campaign.closesAt))
        throw new DemoError('This campaign’s closing date has passed: it takes no more answers.');
      if (!workspace.people.some((p) => p.id === args.respondentId))
        throw new DemoError('There is no such person in the ministry.');
      if (selfAssessed(workspace, campaign.id).has(args.respondentId))
        throw new DemoError('This person has already submitted their self-assessment.');
      const submittedAt = now.toISOString();
      const startedAt =
        Date.parse(args.startedAt) <= now.getTime()
          ? new Date(args.startedAt).toISOString()
          : submittedAt;
      const response: AssessmentResponse = {
        id: `${campaign.id}.${args.respondentId}.self`,
        campaignId: campaign.id,
        respondentId: args.respondentId,
        perspective: 'self',
        status: 'submitted',
        startedAt,
        updatedAt: submittedAt,
        submittedAt,
        answers: args.answers,
      };
      const next = {
        ...workspace,
        responses: [
          ...workspace.responses.filter(
            (r) =>
              !(
                r.campaignId === campaign.id &&
                r.perspective === 'self' &&
                r.respondentId === args.respondentId
              ),
          ),
          response,
        ],
      };
      const checked = validateWorkspace(next);
      if (!checked.success)
        throw new DemoError('These answers do not fit the questionnaire.', checked.issues);
      // Out of the questionnaire's questions, whatever the form sent for the blank ones.
      const instrumentItems =
        workspace.instruments.find((i) => i.id === campaign.instrumentId)?.items.length ??
        args.answers.length;
      let answered = 0;
      let notApplicable = 0;
      for (const answer of args.answers) {
        if (answer.kind === 'notApplicable') notApplicable += 1;
        else if (
          answer.kind === 'rating'
            ? answer.value !== null
            : answer.importance !== null && answer.performance !== null
        )
          answered += 1;
      }
      return {
        workspace: checked.data,
        validated: true,
        result: {
          personId: args.respondentId,
          answered,
          notApplicable,
          total: instrumentItems,
          selfAssessments: selfAssessed(checked.data, campaign.id).size,
        },
      };
    },
  }),

  /** Closes an open campaign now: it takes no more answers, and its schedule ends today. */
  'trainingNeeds.closeCampaign': defineMutation({
    args: z.strictObject({ campaignId: id }),
    run: (workspace, args) => {
      const campaign = workspace.campaigns.find((c) => c.id === args.campaignId);
      if (campaign === undefined) throw new DemoError('There is no such campaign.');
      if (campaign.status !== 'open') throw new DemoError('This campaign is not open.');
      const now = new Date().toISOString();
      const closesAt = Date.parse(now) < Date.parse(campaign.closesAt) ? now : campaign.closesAt;
      const next = {
        ...workspace,
        campaigns: workspace.campaigns.map((c) =>
          c.id === campaign.id ? { ...c, status: 'closed' as const, closesAt } : c,
        ),
      };
      const checked = validateWorkspace(next);
      if (!checked.success)
        throw new DemoError('The campaign could not be closed.', checked.issues);
      return { workspace: checked.data, validated: true, result: { closesAt } };
    },
  }),
};
