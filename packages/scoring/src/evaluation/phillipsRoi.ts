import type { LocalizedText, RoiInputs } from '@capkit/model';
import { z } from 'zod';
import { provenanceOf, type Provenance } from '../provenance.js';
import { CapkitScoringError } from '../scoringError.js';
import { parseInput } from './parseInput.js';

/** Most benefit or cost lines, and intangibles, in one ROI. */
export const maxRoiLines = 10_000;

const share = z.number().min(0).max(1);
const amount = z.number().nonnegative();

/** Input of {@link phillipsRoi}: monetised benefits, fully loaded costs, and the adjustments. */
export const phillipsRoiInputSchema = z.strictObject({
  /** ISO 4217 code of every amount. */
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as "EUR"'),
  /** Monetised benefits (Phillips: first-year benefits for a short programme), each ≥ 0. */
  benefits: z
    .array(
      z.strictObject({
        description: z.string().min(1),
        amount,
        /** This line's own isolation factor; default the input's. */
        isolationFactor: share.optional(),
        /** This line's own confidence; default the input's. */
        confidence: share.optional(),
      }),
    )
    .max(maxRoiLines),
  /** Fully loaded costs (design, delivery, participants' time, evaluation, overheads), each ≥ 0; total above 0. */
  costs: z
    .array(z.strictObject({ description: z.string().min(1), amount }))
    .min(1)
    .max(maxRoiLines),
  /** Share (0–1) of the benefits attributed to the programme once other causes are isolated. */
  isolationFactor: share,
  /** Estimators' confidence (0–1) in the benefit figures. @default 1 */
  confidence: share.optional(),
  /** Benefits not converted to money, reported beside the ROI, never in it. */
  intangibles: z.array(z.string().min(1)).max(maxRoiLines).optional(),
});

/** Input of {@link phillipsRoi}; see {@link phillipsRoiInputSchema}. */
export type PhillipsRoiInput = z.input<typeof phillipsRoiInputSchema>;

/** One benefit line after Phillips' adjustments. */
export interface AdjustedBenefit {
  readonly description: string;
  readonly amount: number;
  readonly isolationFactor: number;
  readonly confidence: number;
  /** amount × isolation factor × confidence. */
  readonly adjusted: number;
}

/** Phillips level 5, return on investment. */
export interface PhillipsRoiResult {
  readonly kind: 'phillipsRoi';
  readonly currency: string;
  readonly benefits: readonly AdjustedBenefit[];
  /** Σ amounts, before the adjustments. */
  readonly grossBenefits: number;
  /** Σ adjusted benefits: the programme's monetary benefits. */
  readonly adjustedBenefits: number;
  /** Σ fully loaded costs. */
  readonly costs: number;
  /** adjusted benefits − costs. */
  readonly netBenefits: number;
  /** (net benefits / costs) × 100. */
  readonly roiPercent: number;
  /** adjusted benefits / costs. */
  readonly benefitCostRatio: number;
  /** Listed apart: not in any figure above. */
  readonly intangibles: readonly string[];
  readonly restsOn: {
    readonly benefitLines: number;
    readonly costLines: number;
    readonly method: string;
  };
  readonly provenance: Provenance;
}

/**
 * Phillips' level 5 (J. J. Phillips & P. P. Phillips, *Return on Investment in Training and
 * Performance Improvement Programs*, 2nd ed., 2003; the ROI Methodology's guiding principles):
 * each monetised benefit is multiplied by the share isolated as the programme's own effect and by
 * the estimators' confidence in it, adjusted = amount × isolation × confidence (the most
 * conservative figure stands); net benefits = Σ adjusted − Σ fully loaded costs;
 * ROI % = (net benefits / costs) × 100; benefit–cost ratio BCR = Σ adjusted / costs.
 * Intangibles are listed apart and never priced. Not about people: no disclosure rule.
 *
 * @throws {CapkitScoringError} for a negative amount, a share outside [0, 1], costs that total
 *   0, unknown keys, or more than {@link maxRoiLines} lines.
 */
export function phillipsRoi(input: PhillipsRoiInput): PhillipsRoiResult {
  const parsed = parseInput(phillipsRoiInputSchema, input, 'input');
  const confidence = parsed.confidence ?? 1;
  const benefits = parsed.benefits.map((line) => {
    const isolation = line.isolationFactor ?? parsed.isolationFactor;
    const sure = line.confidence ?? confidence;
    return {
      description: line.description,
      amount: line.amount,
      isolationFactor: isolation,
      confidence: sure,
      adjusted: line.amount * isolation * sure,
    };
  });
  const costs = parsed.costs.reduce((sum, line) => sum + line.amount, 0);
  if (!(costs > 0)) {
    throw new CapkitScoringError('input.costs', 'must total more than 0 (fully loaded costs)');
  }
  const adjustedBenefits = benefits.reduce((sum, line) => sum + line.adjusted, 0);
  const netBenefits = adjustedBenefits - costs;
  return {
    kind: 'phillipsRoi',
    currency: parsed.currency,
    benefits,
    grossBenefits: benefits.reduce((sum, line) => sum + line.amount, 0),
    adjustedBenefits,
    costs,
    netBenefits,
    roiPercent: (netBenefits / costs) * 100,
    benefitCostRatio: adjustedBenefits / costs,
    intangibles: parsed.intangibles ?? [],
    restsOn: {
      benefitLines: benefits.length,
      costLines: parsed.costs.length,
      method:
        'Phillips: adjusted benefit = amount × isolation factor × confidence; ROI % = (Σ adjusted − costs) / costs × 100; BCR = Σ adjusted / costs',
    },
    provenance: provenanceOf({ method: 'phillipsRoi', input: parsed }),
  };
}

function text(value: LocalizedText, locale: string): string {
  return value[locale] ?? Object.values(value)[0] ?? '';
}

/**
 * The ROI inputs of a model `Evaluation` (`evaluation.roi`) as {@link phillipsRoi}'s input, the
 * descriptions in `locale` (else their first language).
 *
 * @throws {CapkitScoringError} when the lines are in more than one currency, or there are none.
 */
export function phillipsRoiInputFromModel(roi: RoiInputs, locale = 'en'): PhillipsRoiInput {
  const lines = [
    ...roi.benefits.map((line, i) => ({ line, path: `roi.benefits[${i}].amount.currency` })),
    ...roi.costs.map((line, i) => ({ line, path: `roi.costs[${i}].amount.currency` })),
  ];
  const currency = lines[0]?.line.amount.currency;
  if (currency === undefined) throw new CapkitScoringError('roi.costs', 'has no cost lines');
  for (const { line, path } of lines) {
    if (line.amount.currency !== currency) {
      throw new CapkitScoringError(
        path,
        `is ${line.amount.currency}, not ${currency} like the first line: convert to one currency first`,
      );
    }
  }
  return {
    currency,
    benefits: roi.benefits.map((line) => ({
      description: text(line.description, locale),
      amount: line.amount.amount,
    })),
    costs: roi.costs.map((line) => ({
      description: text(line.description, locale),
      amount: line.amount.amount,
    })),
    isolationFactor: roi.isolationFactor,
    ...(roi.confidence === undefined ? {} : { confidence: roi.confidence }),
    intangibles: roi.intangibles.map((value) => text(value, locale)),
  };
}
