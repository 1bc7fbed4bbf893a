// The evaluation face parses its inputs as every face does: one strict schema, the first issue
// as a located error (`input.pairs[3].round1`).
export { parseAt as parseInput } from '../zodIssue.js';
