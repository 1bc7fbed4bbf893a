// The knowledge area's reads and changes of the workspace, run in the worker. Names start "knowledge.".
export const queries = {};
export const mutations = {};
