// Where each contender lives, so that a child process imports only the engine it measures.

/** Contenders in the order the table lists them; `variant` ones are timed at the smallest N only. */
export const contenderNames = ['capkit', 'capkit-workers', 'floor', 'duckdb', 'arquero', 'naive'];
export const variantNames = ['duckdb-unpivot', 'arquero-tidy'];

const modules = {
  capkit: ['./capkit.mjs', 'capkit'],
  'capkit-workers': ['./capkit.mjs', 'capkitWorkers'],
  floor: ['./floor.mjs', 'floor'],
  naive: ['./naive.mjs', 'naive'],
  arquero: ['./arquero.mjs', 'arquero'],
  'arquero-tidy': ['./arquero.mjs', 'arqueroTidy'],
  duckdb: ['./duckdb.mjs', 'duckdb'],
  'duckdb-unpivot': ['./duckdb.mjs', 'duckdbUnpivot'],
};

/** The contender called `name`: { name, layout, open, load, compute, toAggregates, close? }. */
export async function loadContender(name) {
  const entry = modules[name];
  if (entry === undefined) throw new Error(`unknown contender "${name}"`);
  const [path, exportName] = entry;
  const module = await import(path);
  return module[exportName];
}
