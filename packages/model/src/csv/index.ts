export { startsLikeFormula } from './formulaGuard.js';
export { csvField, toCsv, type CsvOptions, type CsvValue } from './toCsv.js';
