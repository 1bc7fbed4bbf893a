export { csvTable, type CsvExportOptions } from './csvTable.js';
export {
  pairedChangeByGroupToCsv,
  pairedChangeToCsv,
  treatedVsUntreatedToCsv,
} from './evaluation.js';
export { frameworkItemsToCsv } from './framework.js';
export { maturityIndexToCsv, maturityRankIntervalsToCsv } from './maturity.js';
export {
  membershipsToCsv,
  peopleToCsv,
  rolesToCsv,
  unitsToCsv,
  type RolesCsvOptions,
} from './organisation.js';
export { planInterventionsToCsv, planNeedsToCsv } from './plan.js';
export { publicationToCsv, type PublicationLabels } from './publication.js';
export { budgetBurnDownToCsv } from './schedule.js';
export {
  bootstrapPrioritiesToCsv,
  borichCompetenciesToCsv,
  borichToCsv,
  importancePerformanceToCsv,
  type TrainingNeedsLabels,
} from './trainingNeeds.js';
