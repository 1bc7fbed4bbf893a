import type { LocalizedText, RatingScale } from '@capkit/model';
import { resolveLocalizedText } from '@capkit/model/text';
import { numberFormats } from '../shared/localeFormat.js';
import type { ScalePoint } from './ScaleRadios.js';

/** A level descriptor for one point of the rating scale; a `ProficiencyScale`'s `levels` fit as they are. */
export interface LevelDescriptor {
  /** The scale point it describes. */
  readonly value: number;
  /** What a person at this level can do; shown as the option's hint. */
  readonly descriptor?: LocalizedText | undefined;
}

/**
 * The points of `scale`, lowest first, ready to show in `locale`: each value written with the
 * locale's digits, its label from the scale and its hint from `levelDescriptors`, each in the
 * language it resolved to.
 */
export function scalePoints(
  scale: RatingScale,
  levelDescriptors: readonly LevelDescriptor[] | undefined,
  locale: string,
): ScalePoint[] {
  const format = numberFormats(locale).count;
  const points: ScalePoint[] = [];
  for (let value = scale.min; value <= scale.max; value += 1) {
    const label = scale.labels?.find((point) => point.value === value)?.label;
    const descriptor = levelDescriptors?.find((level) => level.value === value)?.descriptor;
    points.push({
      value,
      valueText: format.format(value),
      ...(label !== undefined && { label: resolveLocalizedText(label, [locale]) }),
      ...(descriptor !== undefined && { descriptor: resolveLocalizedText(descriptor, [locale]) }),
    });
  }
  return points;
}
