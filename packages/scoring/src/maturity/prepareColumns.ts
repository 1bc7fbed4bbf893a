import { impute, type ImputationMethod } from './impute.js';
import type { MaturityFramework } from './maturityInput.js';
import { normaliseColumn, type Normalisation } from './normalise.js';
import { treatOutliers, type OutlierRule, type OutlierTreatment } from './treatOutliers.js';

/** Values after imputation and outlier treatment, before normalisation. */
export interface PreparedValues {
  /** Indicator-major, NaN where missing. */
  readonly values: Float64Array;
  readonly imputed: Uint8Array;
  /** One entry per indicator when treatment is on, else empty. */
  readonly treatment: readonly OutlierTreatment[];
}

/** Imputes, then treats outliers (COINr's order: impute, treat, normalise, aggregate). */
export function prepareValues(
  framework: MaturityFramework,
  imputation: ImputationMethod,
  treatment: false | OutlierRule,
): PreparedValues {
  const E = framework.entityIds.length;
  const { values, imputed } = impute(
    framework.values,
    E,
    imputation,
    framework.groupOf,
    framework.groupCount,
  );
  const report: OutlierTreatment[] = [];
  if (treatment !== false)
    framework.indicatorIds.forEach((id, i) => {
      report.push(treatOutliers(values.subarray(i * E, (i + 1) * E), id, treatment));
    });
  return { values, imputed, treatment: report };
}

/**
 * The column matrix of the aggregation, `(I + N) × E`: the indicators' normalised values in the
 * first I columns, the nodes' columns left for the aggregation to fill.
 */
export function normalisedColumns(
  framework: MaturityFramework,
  values: Float64Array,
  normalisation: Normalisation,
): Float64Array {
  const E = framework.entityIds.length;
  const I = framework.indicatorIds.length;
  const columns = new Float64Array((I + framework.nodeIds.length) * E);
  for (let i = 0; i < I; i += 1)
    normaliseColumn(
      values.subarray(i * E, (i + 1) * E),
      columns.subarray(i * E, (i + 1) * E),
      normalisation,
      {
        indicatorId: framework.indicatorIds[i] as string,
        path: `indicators[${i}]`,
        direction: framework.direction[i] as number,
        target: framework.target[i] as number,
        goalLow: framework.goalLow[i] as number,
        goalHigh: framework.goalHigh[i] as number,
      },
    );
  return columns;
}

/** Each node's availability threshold: its own, else the option's. */
export function resolvedAvailability(framework: MaturityFramework, fallback: number): Float64Array {
  return framework.minAvailability.map((own) => (own === own ? own : fallback));
}
