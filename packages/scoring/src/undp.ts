// The UNDP capacity-assessment roll-up: a separate entry point, so the core stays small.
export { undpKey, undpRollUp, type CapacityLevels, type UndpRollUp } from './undpRollUp.js';
