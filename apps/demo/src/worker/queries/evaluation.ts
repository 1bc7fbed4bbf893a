// The evaluation area's reads and changes of the workspace, run in the worker. Names start "evaluation.".
export const queries = {};
export const mutations = {};
