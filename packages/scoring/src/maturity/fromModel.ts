import type { MaturityIndex } from '@capkit/model';
import { CapkitScoringError } from '../scoringError.js';
import type { Aggregation, MaturityInput } from './maturityInput.js';

/** Text of a localized name in `locale`, else its language subtag, else the first given. */
function textIn(text: Readonly<Record<string, string>>, locale: string): string {
  return text[locale] ?? text[locale.split('-')[0] ?? ''] ?? Object.values(text)[0] ?? '';
}

/**
 * The engine's input from a `MaturityIndex` document of `@capkit/model` (workspace collection
 * `maturityIndexes`): its nodes (aggregation and power become one aggregation object), indicators,
 * entities (their group kept for group imputation), values and levels (named in `locale`).
 * Titles, units and `measuredOn` are the document's to show; the engine does not need them.
 *
 * @throws {CapkitScoringError} at `nodes[i].power` when a generalised mean has no power (or a
 *   power of 0); the engine's own checks then run on the result in `buildIndex`.
 */
export function maturityInputFromModel(
  index: MaturityIndex,
  options: { readonly locale?: string | undefined } = {},
): MaturityInput {
  const locale = options.locale ?? 'en';
  return {
    nodes: index.nodes.map((node, n) => {
      let aggregation: Aggregation | undefined;
      if (node.aggregation === 'generalised') {
        if (node.power === undefined || node.power === 0)
          throw new CapkitScoringError(
            `nodes[${n}].power`,
            'a generalised mean needs a power other than 0',
          );
        aggregation = { method: 'generalised', power: node.power };
      } else if (node.aggregation !== undefined) aggregation = { method: node.aggregation };
      return {
        id: node.id,
        ...(node.parentId === undefined ? {} : { parentId: node.parentId }),
        ...(node.weight === undefined ? {} : { weight: node.weight }),
        ...(aggregation === undefined ? {} : { aggregation }),
      };
    }),
    indicators: index.indicators.map((indicator) => ({
      id: indicator.id,
      parentId: indicator.parentId,
      direction: indicator.direction,
      ...(indicator.weight === undefined ? {} : { weight: indicator.weight }),
      ...(indicator.target === undefined ? {} : { target: indicator.target }),
      ...(indicator.goalposts === undefined ? {} : { goalposts: { ...indicator.goalposts } }),
    })),
    entities: index.entities.map((entity) => ({
      id: entity.id,
      ...(entity.group === undefined ? {} : { group: entity.group }),
    })),
    values: index.values.map((value) => ({ ...value })),
    levels: index.levels.map((level) => ({
      id: level.id,
      name: textIn(level.name, locale),
      minScore: level.minScore,
    })),
  };
}
