// The stakeholders area's reads and changes of the workspace, run in the worker. Names start "stakeholders.".
export const queries = {};
export const mutations = {};
