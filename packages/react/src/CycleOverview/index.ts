export { CycleOverview, type CycleOverviewProps } from './CycleOverview.js';
export type { CycleStepLink } from './CycleSteps.js';
export {
  defaultCycleOverviewMessages,
  type CycleOverviewMessages,
  type CycleSummaryParts,
  type RoundParts,
  type StepFacts,
} from './messages.js';
export {
  currentStepOf,
  cycleProgress,
  statusOfCounts,
  stepStatuses,
  type ActivityStatus,
  type CycleOverrides,
  type CycleWorkspace,
  type StepCounts,
  type StepProgress,
  type StepStatus,
} from './cycleProgress.js';
export {
  currentRound,
  cycleMoment,
  cycleSteps,
  type CycleMoment,
  type CycleStep,
} from './cycleRound.js';
export type {
  HeadingLevel,
  HeadingProps,
  LoadStateProps,
  LoadStatus,
  LocaleProps,
} from '../shared/widgetProps.js';
