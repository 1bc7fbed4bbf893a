// Special functions shared by the faces that need distributions (evaluation, maturity): small,
// dependency-free, tested against mpmath (reference/evaluation/studentT.py).
export { incompleteBetaPair, regularizedIncompleteBeta } from './incompleteBeta.js';
export { logBeta, logGamma } from './logGamma.js';
export { normalCdf, normalQuantile } from './normal.js';
export { studentTCdf, studentTDensity, studentTQuantile, studentTTwoSidedP } from './studentT.js';
