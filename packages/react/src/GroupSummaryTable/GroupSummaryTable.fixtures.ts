import type { GroupSummary } from '@capkit/scoring';
import {
  digitalCompetencies,
  digitalCompetenciesArabic,
  largeUnits,
  ministryUnits,
  ministryUnitsArabic,
  seededGroupSummary,
} from '../GapHeatmap/GapHeatmap.fixtures.js';

// The same seeded organisations as the heatmap's examples, scored by the real engine.
export { digitalCompetencies, digitalCompetenciesArabic, ministryUnitsArabic };

/** Unit names of the ministry: two directorates rolled up from their teams, two stand-alone units. */
export const ministryUnitNames: readonly string[] = ministryUnits.map((unit) => unit.label);

/**
 * The ministry's results by unit, with histograms so that medians can be read, k = 5: the
 * Payments team (3 people) withheld outright and the Identity team with it, the Records team
 * withheld on digital procurement and the Analytics team with it, nothing on service design
 * from the Regional office.
 */
export const ministrySummaryWithMedians: GroupSummary = seededGroupSummary({
  seed: 2024,
  units: ministryUnits,
  competencies: digitalCompetencies.length,
  quantiles: true,
});

/** Role groups of a digital service; service owners are too few to show. */
export const roleNames: readonly string[] = [
  'Developers',
  'Product managers',
  'Delivery managers',
  'Service owners',
  'Data analysts',
];

/** The service's results by role, k = 5. */
export const roleSummary: GroupSummary = seededGroupSummary({
  seed: 31,
  units: [
    { label: 'Developers', respondents: 28, strength: 0.3, managerShare: 0 },
    { label: 'Product managers', respondents: 9, managerShare: 1 },
    { label: 'Delivery managers', respondents: 11, strength: -0.2, managerShare: 1 },
    { label: 'Service owners', respondents: 3, managerShare: 1 },
    { label: 'Data analysts', respondents: 14, strength: 0.5, managerShare: 0 },
  ],
  competencies: digitalCompetencies.length,
  quantiles: true,
});

/** Names of the 200 regional units. */
export const largeUnitNames: readonly string[] = largeUnits.map((unit) => unit.label);

/** The 200 regional units on the six digital competencies, with medians. */
export const largeUnitSummary: GroupSummary = seededGroupSummary({
  seed: 5,
  units: largeUnits,
  competencies: digitalCompetencies.length,
  quantiles: true,
});
