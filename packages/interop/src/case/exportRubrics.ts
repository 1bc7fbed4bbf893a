import type { ProficiencyLevel, ProficiencyScale } from '@capkit/model';
import {
  capkitExtensionKey,
  writeCapkitEntry,
  writeText,
  type Extensible,
} from './capkitExtension.js';
import { jsonEqual } from './deepEqual.js';
import { linkTo, titleOf, type ExportContext } from './exportContext.js';
import { defaultProficientLevel, levelValueOf } from './readPackage.js';
import type { CaseItem } from './schemas/item.js';
import type {
  CaseRubric,
  CaseRubricCriterion,
  CaseRubricCriterionLevel,
} from './schemas/rubric.js';
import { uuidV5 } from '../shared/uuidV5.js';
import { capkitCaseNamespace } from './caseNamespace.js';

// A level's extensions are a list; capkit's entry is the element that has a `capkit` key.
function writeLevel(
  target: CaseRubricCriterionLevel,
  level: ProficiencyLevel,
  language: string,
): CaseRubricCriterionLevel {
  const list = [...(target.extensions ?? [])];
  const at = list.findIndex((entry) => Object.hasOwn(entry, capkitExtensionKey));
  const { extensions: _levelExtensions, ...fields } = target;
  const holder: Extensible = { ...fields };
  const entry0 = at >= 0 ? list[at] : undefined;
  if (entry0 !== undefined) holder.extensions = entry0;
  holder['score'] = level.value;
  writeText(holder, 'quality', level.label, language);
  writeText(holder, 'description', level.descriptor, language);
  writeCapkitEntry(holder, 'code', level.code);
  const entry = holder.extensions;
  if (at >= 0 && entry === undefined) list.splice(at, 1);
  else if (at >= 0 && entry !== undefined) list[at] = entry;
  else if (entry !== undefined) list.push(entry);
  const written = { ...holder } as unknown as CaseRubricCriterionLevel;
  delete (written as { extensions?: unknown }).extensions;
  return list.length === 0 ? written : { ...written, extensions: list };
}

/** The levels of `scale` as a criterion's levels, reusing the base's where unchanged. */
function levelsFor(
  context: ExportContext,
  scale: ProficiencyScale,
  criterionIdentifier: string,
  base: readonly CaseRubricCriterionLevel[],
  before: readonly ProficiencyLevel[],
): CaseRubricCriterionLevel[] {
  return scale.levels.map((level, index) => {
    const existing = base.find((entry) => levelValueOf(entry) === level.value);
    const old = before.find((entry) => entry.value === level.value);
    if (existing !== undefined && old !== undefined && jsonEqual(old, level)) return existing;
    const identifier = uuidV5(capkitCaseNamespace, `${criterionIdentifier}:level:${level.value}`);
    const start: CaseRubricCriterionLevel = existing ?? {
      identifier,
      uri: context.uriOf(identifier),
      position: index + 1,
      rubricCriterionId: criterionIdentifier,
      lastChangeDateTime: context.stamp,
    };
    const written = writeLevel(start, level, context.language);
    if (existing !== undefined && context.restamp !== undefined) {
      written.lastChangeDateTime = context.restamp;
    }
    return written;
  });
}

/** A criterion of `rubric` holding the scale's levels, linked to `item` when one is given. */
export function newCriterion(
  context: ExportContext,
  rubric: CaseRubric,
  scale: ProficiencyScale,
  item: CaseItem | undefined,
  position: number,
): CaseRubricCriterion {
  const identifier = uuidV5(
    capkitCaseNamespace,
    `${rubric.identifier}:criterion:${item?.identifier ?? 'levels'}`,
  );
  return {
    identifier,
    uri: context.uriOf(identifier),
    ...(item === undefined ? {} : { CFItemURI: linkTo(context, item.identifier, titleOf(item)) }),
    position,
    rubricId: rubric.identifier,
    lastChangeDateTime: context.stamp,
    CFRubricCriterionLevels: levelsFor(context, scale, identifier, [], []),
  };
}

function writeScale(context: ExportContext, rubric: CaseRubric, scale: ProficiencyScale): void {
  const target = rubric as unknown as Extensible;
  writeText(target, 'title', scale.label, context.language);
  writeCapkitEntry(
    target,
    'proficientLevel',
    scale.proficientLevel === defaultProficientLevel(scale.levels)
      ? undefined
      : scale.proficientLevel,
  );
}

/**
 * The rubrics of the export: the base's in their order (those capkit read as a scale patched
 * where the scale changed, or dropped with the scale), then one per new scale. A rubric capkit
 * could not read as a scale (no levels) is kept as it is.
 */
export function exportRubrics(context: ExportContext, base: readonly CaseRubric[]): CaseRubric[] {
  const { framework, derived } = context;
  const scaleOfRubric = new Map(
    [...(derived?.sources.scales ?? [])].map(([id, index]) => [index, id]),
  );
  const rubrics: CaseRubric[] = [];
  base.forEach((rubric, index) => {
    const id = scaleOfRubric.get(index);
    if (id === undefined) {
      rubrics.push(rubric);
      return;
    }
    const scale = framework.scales.find((entry) => entry.id === id);
    if (scale === undefined) return;
    const before = derived?.framework.scales.find((entry) => entry.id === id);
    if (before !== undefined && jsonEqual(before, scale)) {
      rubrics.push(rubric);
      return;
    }
    const patched = structuredClone(rubric);
    writeScale(context, patched, scale);
    if (before === undefined || !jsonEqual(before.levels, scale.levels)) {
      patched.CFRubricCriteria = patched.CFRubricCriteria?.map((criterion) =>
        criterion.CFRubricCriterionLevels === undefined ||
        criterion.CFRubricCriterionLevels.length === 0
          ? criterion
          : {
              ...criterion,
              CFRubricCriterionLevels: levelsFor(
                context,
                scale,
                criterion.identifier,
                criterion.CFRubricCriterionLevels,
                before?.levels ?? [],
              ),
            },
      );
    }
    if (context.restamp !== undefined) patched.lastChangeDateTime = context.restamp;
    rubrics.push(patched);
  });
  for (const scale of framework.scales) {
    if (derived?.sources.scales.has(scale.id) === true) continue;
    // A scale the caller supplied at import, unchanged, is theirs and not the package's.
    const before = derived?.framework.scales.find((entry) => entry.id === scale.id);
    if (before !== undefined && jsonEqual(before, scale)) continue;
    const identifier = context.identifierOf('scale', scale.id);
    const rubric: CaseRubric = {
      identifier,
      uri: context.uriOf(identifier),
      title: '',
      lastChangeDateTime: context.stamp,
      CFRubricCriteria: [],
    };
    writeScale(context, rubric, scale);
    if (scale.id !== identifier) writeCapkitEntry(rubric as unknown as Extensible, 'id', scale.id);
    rubrics.push(rubric);
  }
  return rubrics;
}
