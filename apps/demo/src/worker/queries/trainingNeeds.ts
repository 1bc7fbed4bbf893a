// The trainingNeeds area's reads and changes of the workspace, run in the worker. Names start "trainingNeeds.".
export const queries = {};
export const mutations = {};
