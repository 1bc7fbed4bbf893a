// The setup area's reads and changes of the workspace, run in the worker. Names start "setup.".
export const queries = {};
export const mutations = {};
