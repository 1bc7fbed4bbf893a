// The response area's reads and changes of the workspace, run in the worker. Names start "response.".
export const queries = {};
export const mutations = {};
