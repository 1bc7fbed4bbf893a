// Step 5 of the cycle: did it work. Reliability of the instruments, Kirkpatrick roll-ups, Phillips
// ROI, change between rounds, treated against untreated.
export { cronbachAlpha, type CronbachAlphaResult } from '../cronbachAlpha.js';

// Change between rounds: paired, per group, treated against untreated.
export {
  pairedChange,
  scorePairSchema,
  changeOptionsSchema,
  maxPairs,
  type ScorePair,
  type ChangeOptions,
  type PairedChangeResult,
  type RestsOn,
  type WithheldReason,
} from './pairedChange.js';
export {
  pairedChangeByGroup,
  maxGroups,
  type PairedChangeByGroupResult,
} from './pairedChangeByGroup.js';
export {
  treatedVsUntreated,
  type GroupComparison,
  type TreatedVsUntreatedResult,
} from './treatedVsUntreated.js';
export {
  describeChange,
  type ChangeConclusion,
  type DescribableChange,
  type DescribeChangeOptions,
} from './conclusion.js';
export { hedgesCorrection, effectSizeLabel, type EffectSizeLabel } from './effectSize.js';
export {
  type ConfidenceInterval,
  type PairedStatistics,
  type TTest,
  type WelchStatistics,
} from './meanTests.js';
// The distribution functions behind the tests, for callers who need them directly.
export {
  logGamma,
  logBeta,
  regularizedIncompleteBeta,
  studentTCdf,
  studentTDensity,
  studentTQuantile,
  studentTTwoSidedP,
  normalCdf,
  normalQuantile,
} from '../stats/index.js';
export {
  pairedRoundsFromModel,
  type PairedRounds,
  type PairedRoundsOptions,
} from './pairedRoundsFromModel.js';
export { protectRemainder, protectRemainderOfSets } from './protectRemainder.js';
// Kirkpatrick's levels 1–4.
export {
  kirkpatrickRollUp,
  kirkpatrickInputSchema,
  kirkpatrickLimits,
  type KirkpatrickInput,
  type KirkpatrickLevels,
  type KirkpatrickRollUp,
  type ShareSummary,
} from './kirkpatrick.js';
export {
  indicatorProgress,
  type DatedValue,
  type IndicatorProgress,
  type IndicatorSeries,
  type IndicatorStatus,
} from './indicatorProgress.js';
// Phillips level 5.
export {
  phillipsRoi,
  phillipsRoiInputFromModel,
  phillipsRoiInputSchema,
  maxRoiLines,
  type AdjustedBenefit,
  type PhillipsRoiInput,
  type PhillipsRoiResult,
} from './phillipsRoi.js';
export { kirkpatrickInputFromModel } from './kirkpatrickFromModel.js';
