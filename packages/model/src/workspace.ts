import { z } from 'zod';
import { documentLimits } from './limits.js';
import { campaignSchema } from './campaign.js';
import { capacityAssetSchema } from './capacityAsset.js';
import { capacityDevelopmentPlanSchema } from './capacityDevelopmentPlan.js';
import { communityOfPracticeSchema } from './communityOfPractice.js';
import { competencyFrameworkSchema } from './competencyFramework.js';
import { evaluationSchema } from './evaluation.js';
import { instrumentSchema } from './instrument.js';
import { interventionOfferingSchema } from './interventionOffering.js';
import { knowledgeItemSchema } from './knowledgeItem.js';
import { maturityIndexSchema } from './maturityIndex.js';
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
 * organisation, assessments, campaigns and responses, stakeholders, assets, the interventions
 * catalogue, plans, evaluations, knowledge, communities and maturity indices. `validateWorkspace` checks that every reference in it resolves.
 *
 * `personalData` is optional and kept apart from `people`: omit it to share a pseudonymous copy.
 */
export const workspaceSchema = z.strictObject({
  schemaVersion: schemaVersionSchema,
  kind: z.literal('capkitWorkspace'),
  programme: programmeSchema,
  frameworks: z.array(competencyFrameworkSchema).max(documentLimits.collectionLength),
  units: z.array(orgUnitSchema).max(documentLimits.collectionLength),
  roles: z.array(roleSchema).max(documentLimits.collectionLength),
  people: z.array(personSchema).max(documentLimits.collectionLength),
  personalData: z.array(personalDataSchema).max(documentLimits.collectionLength).optional(),
  memberships: z.array(membershipSchema).max(documentLimits.collectionLength),
  capacityAssessments: z.array(capacityAssessmentSchema).max(documentLimits.collectionLength),
  instruments: z.array(instrumentSchema).max(documentLimits.collectionLength),
  campaigns: z.array(campaignSchema).max(documentLimits.collectionLength),
  responses: z.array(responseSchema).max(documentLimits.collectionLength),
  stakeholders: z.array(stakeholderSchema).max(documentLimits.collectionLength),
  assets: z.array(capacityAssetSchema).max(documentLimits.collectionLength),
  communities: z.array(communityOfPracticeSchema).max(documentLimits.collectionLength),
  /** What the programme can run or buy, for the plans to choose from. */
  catalogue: z.array(interventionOfferingSchema).max(documentLimits.collectionLength),
  plans: z.array(capacityDevelopmentPlanSchema).max(documentLimits.collectionLength),
  evaluations: z.array(evaluationSchema).max(documentLimits.collectionLength),
  knowledgeItems: z.array(knowledgeItemSchema).max(documentLimits.collectionLength),
  /** Composite maturity indices of units, ministries or functional capacities. */
  maturityIndexes: z.array(maturityIndexSchema).max(documentLimits.collectionLength),
});

/** A whole programme's data; see {@link workspaceSchema}. */
export type Workspace = z.infer<typeof workspaceSchema>;

/** A workspace without personal data, safe to share for analysis. */
export function withoutPersonalData(workspace: Workspace): Workspace {
  const { personalData, ...rest } = workspace;
  return rest;
}
