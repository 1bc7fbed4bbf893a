import type { Competency, FrameworkArea } from '@capkit/model';
import { writeCapkitEntry, writeText, type Extensible } from './capkitExtension.js';
import { jsonEqual } from './deepEqual.js';
import { linkTo, titleOf, type ExportContext } from './exportContext.js';
import { newCriterion } from './exportRubrics.js';
import type { CaseAssociation } from './schemas/association.js';
import type { CaseDocument } from './schemas/document.js';
import type { CaseItem } from './schemas/item.js';
import type { CaseRubric } from './schemas/rubric.js';
import { capkitCaseNamespace, uuidV5 } from './uuidV5.js';

type Entity =
  | { readonly kind: 'area'; readonly value: FrameworkArea }
  | { readonly kind: 'competency'; readonly value: Competency };

function parentOf(entity: Entity): string | undefined {
  return entity.kind === 'area' ? entity.value.parentId : entity.value.areaId;
}

function writeEntity(context: ExportContext, item: CaseItem, entity: Entity): void {
  const target = item as unknown as Extensible;
  const language = item.language ?? context.language;
  item.humanCodingScheme = entity.value.code;
  if (entity.kind === 'area') {
    const { label, description } = entity.value;
    writeText(target, 'fullStatement', description ?? label, language);
    writeText(
      target,
      'abbreviatedStatement',
      description === undefined ? undefined : label,
      language,
    );
    return;
  }
  const { label, statement } = entity.value;
  writeText(target, 'fullStatement', statement, language);
  writeText(
    target,
    'abbreviatedStatement',
    jsonEqual(label, statement) ? undefined : label,
    language,
  );
}

/** What {@link exportItems} produces. */
export interface ItemsExport {
  readonly items: CaseItem[];
  readonly associations: CaseAssociation[];
  readonly rubrics: CaseRubric[];
}

/**
 * Items, associations and criterion links of the export. Base items keep their order and,
 * when unchanged, their every byte; changed ones are patched field by field; new ones are
 * appended. A removed item takes its associations along, and criteria that linked to it lose
 * the link (their levels may still define a scale).
 */
export function exportItems(
  context: ExportContext,
  document: CaseDocument,
  base: {
    readonly items: readonly CaseItem[];
    readonly associations: readonly CaseAssociation[];
    readonly rubrics: CaseRubric[];
  },
): ItemsExport {
  const { framework, derived } = context;
  const entities: Entity[] = [
    ...framework.areas.map((value) => ({ kind: 'area', value }) as const),
    ...framework.competencies.map((value) => ({ kind: 'competency', value }) as const),
  ];
  const sourceOf = (entity: Entity): number | undefined =>
    (entity.kind === 'area' ? derived?.sources.areas : derived?.sources.competencies)?.get(
      entity.value.id,
    );
  const beforeOf = (entity: Entity): Entity['value'] | undefined =>
    (entity.kind === 'area' ? derived?.framework.areas : derived?.framework.competencies)?.find(
      (entry) => entry.id === entity.value.id,
    );
  const bySource = new Map<number, Entity>();
  for (const entity of entities) {
    const source = sourceOf(entity);
    if (source !== undefined) bySource.set(source, entity);
  }

  const items: CaseItem[] = [];
  const itemOf = new Map<Entity, CaseItem>();
  const removed = new Set<string>();
  const moved: Entity[] = [];
  const relinked: Entity[] = [];
  base.items.forEach((item, index) => {
    const entity = bySource.get(index);
    if (entity === undefined) {
      removed.add(item.identifier.toLowerCase());
      return;
    }
    const before = beforeOf(entity);
    if (before !== undefined && jsonEqual(before, entity.value)) {
      items.push(item);
      itemOf.set(entity, item);
      return;
    }
    const patched = structuredClone(item);
    writeEntity(context, patched, entity);
    if (context.restamp !== undefined) patched.lastChangeDateTime = context.restamp;
    items.push(patched);
    itemOf.set(entity, patched);
    if (
      parentOf(entity) !==
      (before === undefined ? undefined : parentOf({ ...entity, value: before } as Entity))
    )
      moved.push(entity);
    if (
      entity.kind === 'competency' &&
      (before as Competency | undefined)?.scaleId !== entity.value.scaleId
    )
      relinked.push(entity);
  });
  for (const entity of entities) {
    if (sourceOf(entity) !== undefined) continue;
    const identifier = context.identifierOf(entity.kind, entity.value.id);
    const item: CaseItem = {
      identifier,
      uri: context.uriOf(identifier),
      fullStatement: '',
      CFItemType: entity.kind === 'area' ? 'Area' : 'Competency',
      lastChangeDateTime: context.stamp,
    };
    writeEntity(context, item, entity);
    if (identifier !== entity.value.id) {
      writeCapkitEntry(item as unknown as Extensible, 'id', entity.value.id);
    }
    items.push(item);
    itemOf.set(entity, item);
    moved.push(entity);
    if (entity.kind === 'competency') relinked.push(entity);
  }

  const entityById = new Map(
    entities.map((entity) => [`${entity.kind}:${entity.value.id}`, entity]),
  );
  const destinationOf = (entity: Entity) => {
    const parentId = parentOf(entity);
    const parent = parentId === undefined ? undefined : entityById.get(`area:${parentId}`);
    const parentItem = parent === undefined ? undefined : itemOf.get(parent);
    return parentItem === undefined
      ? linkTo(context, document.identifier, document.title)
      : linkTo(context, parentItem.identifier, titleOf(parentItem));
  };

  const associations = base.associations.map((association) => association);
  const added: CaseAssociation[] = [];
  for (const entity of moved) {
    const item = itemOf.get(entity);
    if (item === undefined) continue;
    const source = sourceOf(entity);
    const at = source === undefined ? undefined : derived?.sources.parentAssociations.get(source);
    const existing = at === undefined ? undefined : associations[at];
    if (existing !== undefined && at !== undefined) {
      associations[at] = {
        ...existing,
        destinationNodeURI: destinationOf(entity),
        ...(context.restamp === undefined ? {} : { lastChangeDateTime: context.restamp }),
      };
      continue;
    }
    const identifier = uuidV5(`${item.identifier}:isChildOf`, capkitCaseNamespace);
    const siblings = entity.kind === 'area' ? framework.areas : framework.competencies;
    added.push({
      identifier,
      associationType: 'isChildOf',
      sequenceNumber: siblings.findIndex((entry) => entry.id === entity.value.id) + 1,
      uri: context.uriOf(identifier),
      originNodeURI: linkTo(context, item.identifier, titleOf(item)),
      destinationNodeURI: destinationOf(entity),
      lastChangeDateTime: context.stamp,
    });
  }
  const touchesRemoved = (association: CaseAssociation) =>
    removed.has(association.originNodeURI.identifier.toLowerCase()) ||
    removed.has(association.destinationNodeURI.identifier.toLowerCase());
  const kept = associations.filter((association) => !touchesRemoved(association));

  const rubrics = base.rubrics.map((rubric) =>
    removed.size === 0 ? rubric : unlinkRemoved(rubric, removed),
  );
  for (const entity of relinked) {
    if (entity.kind !== 'competency') continue;
    const item = itemOf.get(entity);
    if (item !== undefined) link(context, rubrics, entity.value, item);
  }
  for (const scale of framework.scales) {
    const identifier = context.identifierOf('scale', scale.id);
    const rubric = rubrics.find((entry) => entry.identifier === identifier);
    if (rubric !== undefined && (rubric.CFRubricCriteria?.length ?? 0) === 0) {
      rubric.CFRubricCriteria = [newCriterion(context, rubric, scale, undefined)];
    }
  }
  return { items, associations: [...kept, ...added], rubrics };
}

function unlinkRemoved(rubric: CaseRubric, removed: ReadonlySet<string>): CaseRubric {
  const linksRemoved = rubric.CFRubricCriteria?.some((criterion) =>
    removed.has(criterion.CFItemURI?.identifier.toLowerCase() ?? ''),
  );
  if (linksRemoved !== true) return rubric;
  return {
    ...rubric,
    CFRubricCriteria: rubric.CFRubricCriteria?.map((criterion) => {
      if (!removed.has(criterion.CFItemURI?.identifier.toLowerCase() ?? '')) return criterion;
      const unlinked = { ...criterion };
      delete unlinked.CFItemURI;
      return unlinked;
    }),
  };
}

// Rates `competency` on its scale's rubric: the links to it elsewhere go, one is added there.
function link(
  context: ExportContext,
  rubrics: CaseRubric[],
  competency: Competency,
  item: CaseItem,
): void {
  const target = context.identifierOf('scale', competency.scaleId).toLowerCase();
  const itemKey = item.identifier.toLowerCase();
  rubrics.forEach((rubric, index) => {
    if (rubric.identifier.toLowerCase() === target) return;
    const criteria = rubric.CFRubricCriteria ?? [];
    if (!criteria.some((criterion) => criterion.CFItemURI?.identifier.toLowerCase() === itemKey))
      return;
    rubrics[index] = unlinkRemoved(rubric, new Set([itemKey]));
  });
  const rubric = rubrics.find((entry) => entry.identifier.toLowerCase() === target);
  const scale = context.framework.scales.find((entry) => entry.id === competency.scaleId);
  if (rubric === undefined || scale === undefined) return;
  const criteria = rubric.CFRubricCriteria ?? [];
  if (criteria.some((criterion) => criterion.CFItemURI?.identifier.toLowerCase() === itemKey))
    return;
  rubric.CFRubricCriteria = [...criteria, newCriterion(context, rubric, scale, item)];
}
