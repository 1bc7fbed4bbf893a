// Step 5 of the cycle: did it work. Reliability of the instruments, Kirkpatrick roll-ups, Phillips
// ROI, change between rounds, treated against untreated.
export { cronbachAlpha, type CronbachAlphaResult } from '../cronbachAlpha.js';
