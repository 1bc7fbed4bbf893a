import { currentSchemaVersion } from '../schemaVersion.js';
import type { Membership, Person, PersonalData } from '../organisation.js';
import type { AssessmentResponse } from '../response.js';
import type { Workspace } from '../workspace.js';
import { sampleAssets } from './sampleAssets.js';
import { sampleCapacityAssessment } from './sampleCapacityAssessment.js';
import { sampleCatalogue } from './sampleCatalogue.js';
import { sampleCommunities } from './sampleCommunities.js';
import { createSampleContext } from './sampleContext.js';
import { sampleEvaluation } from './sampleEvaluation.js';
import { sampleKnowledgeItems } from './sampleKnowledgeItems.js';
import { sampleMaturityIndex } from './sampleMaturityIndex.js';
import { sampleObservations } from './sampleObservations.js';
import { resolveSampleOptions, type SampleWorkspaceOptions } from './sampleOptions.js';
import { samplePerson, sampleStream } from './sampleOrganisation.js';
import { samplePersonalData } from './samplePersonalData.js';
import { samplePlan } from './samplePlan.js';
import { sampleProgramme } from './sampleProgramme.js';
import { appendSampleResponses } from './sampleResponses.js';
import { sampleStakeholders } from './sampleStakeholders.js';
import { deriveSeed, SeededRandom } from './seededRandom.js';

/**
 * Generates a realistic, entirely invented workspace for a fictional Ministry of Digital Services
 * of `people` people, for demos, tests and benchmarks. It passes `validateWorkspace` with no issues.
 *
 * It holds: a unit tree (ministry → departments → intermediate levels as needed → teams of about
 * nine) scaled to the head count; the reference framework and role profiles of
 * `@capkit/model/reference`; pseudonymous people (`p-` and eight hex digits) with memberships and,
 * unless `personalData: false`, invented names; a UNDP capacity assessment; a programme of two
 * rounds; a 40-item training-needs assessment (importance and performance, self and supervisor,
 * 1–5 with "not applicable") and its campaign; the responses (unless `responses: false`): most
 * people rate themselves and most team leads rate their members, ratings follow the role's
 * required levels with noise, about 5% of answers are skipped, a few are "not applicable" and about
 * 10% of responses are drafts; a stakeholder register; capacity assets of every kind; two
 * communities of practice; an interventions catalogue of seventeen offerings; a costed plan within
 * budget and seats that runs nine of them, with prerequisites, spending and constraints; its
 * evaluation with per-person observations (pre- and post-tests, reactions, follow-ups); knowledge
 * items; a digital maturity index of the departments (sixteen indicators in four dimensions).
 *
 * Deterministic: the same options give a deeply equal workspace, on any machine and in any time
 * zone; another seed gives another ministry. Every person's data comes from a random stream of its
 * own, so `sampleResponseChunks` can stream the same responses for head counts whose
 * responses do not fit in one array: from about 50,000 people, pass `responses: false` here.
 *
 * @throws RangeError when `people` is not a whole number from 1 up or `seed` is not a whole number.
 */
export function generateSampleWorkspace(options: SampleWorkspaceOptions): Workspace {
  const resolved = resolveSampleOptions(options);
  const context = createSampleContext(resolved);
  const { organisation } = context;

  const people: Person[] = [];
  const memberships: Membership[] = [];
  const personalData: PersonalData[] = [];
  const responses: AssessmentResponse[] = [];
  for (const team of organisation.teams) {
    for (let index = team.firstPerson; index < team.endPerson; index += 1) {
      const person = samplePerson(organisation, team, index);
      people.push({ id: person.id, grade: person.grade });
      if (person.previousRole !== undefined) {
        memberships.push({
          personId: person.id,
          unitId: team.unitId,
          roleId: person.previousRole.roleId,
          from: person.previousRole.from,
          to: person.previousRole.to,
        });
      }
      memberships.push({
        personId: person.id,
        unitId: team.unitId,
        roleId: person.roleId,
        from: person.startedOn,
      });
      if (resolved.personalData) personalData.push(samplePersonalData(organisation, index));
      if (resolved.responses)
        appendSampleResponses(context.responseModel, organisation, team, index, responses);
    }
  }

  // Everything after the people comes from one stream, in a fixed order, so it does not depend on
  // whether responses or personal data were asked for.
  const random = new SeededRandom(deriveSeed(resolved.seed, sampleStream.programme));
  const capacityAssessment = sampleCapacityAssessment(context, random);
  const stakeholders = sampleStakeholders(context, random);
  const communities = sampleCommunities(context, random);
  const assets = sampleAssets(context, random);
  const plan = samplePlan(context, random);
  const evaluation = sampleEvaluation(plan, random);
  const knowledgeItems = sampleKnowledgeItems(context, random);
  // What schemaVersion 2 added draws from a stream of its own, so everything above is as before.
  const additions = new SeededRandom(deriveSeed(resolved.seed, sampleStream.cycleAdditions));
  const maturityIndex = sampleMaturityIndex(context, additions);
  evaluation.observations = sampleObservations(plan, additions);

  return {
    schemaVersion: currentSchemaVersion,
    kind: 'capkitWorkspace',
    programme: sampleProgramme(),
    frameworks: [context.framework],
    units: organisation.units,
    roles: context.roles,
    people,
    ...(resolved.personalData ? { personalData } : {}),
    memberships,
    capacityAssessments: [capacityAssessment],
    instruments: [context.instrument],
    campaigns: context.campaigns,
    responses,
    stakeholders,
    assets,
    communities,
    catalogue: structuredClone([...sampleCatalogue]),
    plans: [plan],
    evaluations: [evaluation],
    knowledgeItems,
    maturityIndexes: [maturityIndex],
  };
}
