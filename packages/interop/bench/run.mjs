// `pnpm bench`: the tables of this package's benchmark, one after the other.
//
//   BENCH_TABLES=import,endToEnd   which tables (default: both)
//     import     compare.mjs: streaming the CSV export into the matrix, against DuckDB and papaparse
//     endToEnd   endToEnd.mjs: CSV → matrix → aggregates → bootstrap → safe summaries, against DuckDB
const tables = { import: './compare.mjs', endToEnd: './endToEnd.mjs' };
const chosen = (process.env.BENCH_TABLES ?? Object.keys(tables).join(',')).split(',');
const unknown = chosen.filter((name) => !(name in tables));
if (unknown.length > 0) {
  throw new Error(
    `BENCH_TABLES: give some of ${Object.keys(tables).join(', ')}, not "${unknown.join(',')}"`,
  );
}
for (const name of chosen) await import(tables[name]);
