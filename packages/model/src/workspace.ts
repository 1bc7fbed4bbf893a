import { z } from 'zod';
import { campaignSchema } from './campaign.js';
import { capacityAssetSchema } from './capacityAsset.js';
import { capacityDevelopmentPlanSchema } from './capacityDevelopmentPlan.js';
import { communityOfPracticeSchema } from './communityOfPractice.js';
import { competencyFrameworkSchema } from './competencyFramework.js';
import { evaluationSchema } from './evaluation.js';
import { instrumentSchema } from './instrument.js';
import { knowledgeItemSchema } from './knowledgeItem.js';
import {
  membershipSchema,
  orgUnitSchema,
  personalDataSchema,
  personSchema,
  roleSchema,
} from './organisation.js';
import { programmeSchema } from './programme.js';
import { responseSchema } from './response.js';
import { stakeholderSchema } from './stakeholder.js';
import { schemaVersionSchema } from './schemaVersion.js';
import { capacityAssessmentSchema } from './undpCapacityAssessment.js';

/**
 * Everything one capacity-development programme holds (a top-level document): its frameworks,
 * organisation, assessments, campaigns and responses, stakeholders, assets, plans, evaluations,
 * knowledge and communities. `validateWorkspace` checks that every reference in it resolves.
 *
 * `personalData` is optional and kept apart from `people`: omit it to share a pseudonymous copy.
 */
export const workspaceSchema = z.strictObject({
  schemaVersion: schemaVersionSchema,
  kind: z.literal('capkitWorkspace'),
  programme: programmeSchema,
  frameworks: z.array(competencyFrameworkSchema),
  units: z.array(orgUnitSchema),
  roles: z.array(roleSchema),
  people: z.array(personSchema),
  personalData: z.array(personalDataSchema).optional(),
  memberships: z.array(membershipSchema),
  capacityAssessments: z.array(capacityAssessmentSchema),
  instruments: z.array(instrumentSchema),
  campaigns: z.array(campaignSchema),
  responses: z.array(responseSchema),
  stakeholders: z.array(stakeholderSchema),
  assets: z.array(capacityAssetSchema),
  communities: z.array(communityOfPracticeSchema),
  plans: z.array(capacityDevelopmentPlanSchema),
  evaluations: z.array(evaluationSchema),
  knowledgeItems: z.array(knowledgeItemSchema),
});

/** A whole programme's data; see {@link workspaceSchema}. */
export type Workspace = z.infer<typeof workspaceSchema>;

/** A workspace without personal data, safe to share for analysis. */
export function withoutPersonalData(workspace: Workspace): Workspace {
  const { personalData, ...rest } = workspace;
  return rest;
}
