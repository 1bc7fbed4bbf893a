// The capacity area's reads and changes of the workspace, run in the worker. Names start "capacity.".
export const queries = {};
export const mutations = {};
