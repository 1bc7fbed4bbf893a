import type { Campaign } from '../campaign.js';
import type { CompetencyFramework } from '../competencyFramework.js';
import type { Instrument } from '../instrument.js';
import type { Role } from '../organisation.js';
import { digitalGovernmentFramework } from '../reference/digitalGovernmentFramework.js';
import { digitalGovernmentRoles } from '../reference/digitalGovernmentRoles.js';
import { sampleCampaigns, sampleTnaCampaignId } from './sampleCampaigns.js';
import { sampleDepartments } from './sampleDepartments.js';
import { sampleTnaInstrument } from './sampleInstrument.js';
import type { ResolvedSampleOptions } from './sampleOptions.js';
import { sampleOrganisation, type SampleOrganisation } from './sampleOrganisation.js';
import { sampleResponseModel, type SampleResponseModel } from './sampleResponses.js';

/** The parts of the sample workspace that everything else is built from. */
export interface SampleContext {
  /** The options, resolved. */
  readonly options: ResolvedSampleOptions;
  /** Layout of units and teams. */
  readonly organisation: SampleOrganisation;
  /** A copy of the reference framework, safe to hand out. */
  readonly framework: CompetencyFramework;
  /** Copies of the reference role profiles. */
  readonly roles: Role[];
  /** The training-needs-assessment instrument. */
  readonly instrument: Instrument;
  /** The campaigns of rounds 1 and 2. */
  readonly campaigns: Campaign[];
  /** Inputs of the response generator. */
  readonly responseModel: SampleResponseModel;
}

/** Builds the shared parts: organisation layout, framework, roles, instrument and campaigns. */
export function createSampleContext(options: ResolvedSampleOptions): SampleContext {
  const framework = structuredClone(digitalGovernmentFramework);
  const roles = structuredClone(digitalGovernmentRoles);
  const roleIds = new Set(roles.map((role) => role.id));
  for (const department of sampleDepartments) {
    for (const roleId of [department.leadRoleId, ...department.memberRoles.map(([id]) => id)]) {
      // A programming error in the department table, not bad input.
      if (!roleIds.has(roleId)) throw new Error(`Sample department uses unknown role ${roleId}`);
    }
  }
  const organisation = sampleOrganisation(options.people, options.seed);
  const instrument = sampleTnaInstrument(framework);
  const campaigns = sampleCampaigns(instrument.id, organisation.ministryUnitId);
  const campaign = campaigns.find((c) => c.id === sampleTnaCampaignId);
  if (campaign === undefined) throw new Error('The sample assessment campaign is missing');
  return {
    options,
    organisation,
    framework,
    roles,
    instrument,
    campaigns,
    responseModel: sampleResponseModel(roles, instrument, campaign),
  };
}
