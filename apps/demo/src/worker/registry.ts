import * as capacity from './queries/capacity.js';
import * as data from './queries/data.js';
import * as evaluation from './queries/evaluation.js';
import * as knowledge from './queries/knowledge.js';
import * as response from './queries/response.js';
import * as setup from './queries/setup.js';
import * as stakeholders from './queries/stakeholders.js';
import * as trainingNeeds from './queries/trainingNeeds.js';
import * as workspace from './queries/workspace.js';

// Every read and change the pages may ask of the worker, by name. The page imports only the
// types of these (see workspaceClient.ts), never the code.
export const queries = {
  ...workspace.queries,
  ...setup.queries,
  ...trainingNeeds.queries,
  ...stakeholders.queries,
  ...capacity.queries,
  ...response.queries,
  ...evaluation.queries,
  ...knowledge.queries,
  ...data.queries,
};

export const mutations = {
  ...workspace.mutations,
  ...setup.mutations,
  ...trainingNeeds.mutations,
  ...stakeholders.mutations,
  ...capacity.mutations,
  ...response.mutations,
  ...evaluation.mutations,
  ...knowledge.mutations,
  ...data.mutations,
};

export type Queries = typeof queries;
export type Mutations = typeof mutations;
