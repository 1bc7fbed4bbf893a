import type { Competency, FrameworkArea } from '@capkit/model';
import { writeCapkitEntry, writeText, type Extensible } from './capkitExtension.js';
import { jsonEqual } from './deepEqual.js';
import { linkTo, titleOf, type ExportContext } from './exportContext.js';
import { newCriterion } from './exportRubrics.js';
import type { CaseAssociation } from './schemas/association.js';
import type { CaseDocument } from './schemas/document.js';
import type { CaseItem } from './schemas/item.js';
import type { CaseRubric, CaseRubricCriterion } from './schemas/rubric.js';
import { uuidV5 } from '../shared/uuidV5.js';
import { capkitCaseNamespace } from './caseNamespace.js';

type Entity =
  | { readonly kind: 'area'; readonly value: FrameworkArea }
  | { readonly kind: 'competency'; readonly value: Competency };

function parentOf(entity: Entity): string | undefined {
  return entity.kind === 'area' ? entity.value.parentId : entity.value.areaId;
}

function itemFieldsOf(value: Entity['value']): unknown {
  const { code, label } = value;
  return 'statement' in value
    ? { code, label, statement: value.statement }
    : { code, label, description: value.description };
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
  const areasBefore = new Map(derived?.framework.areas.map((area) => [area.id, area]));
  const competenciesBefore = new Map(
    derived?.framework.competencies.map((competency) => [competency.id, competency]),
  );
  const beforeOf = (entity: Entity): Entity['value'] | undefined =>
    (entity.kind === 'area' ? areasBefore : competenciesBefore).get(entity.value.id);
  // Where an entity sits among its kind, for the `sequenceNumber` of a new isChildOf.
  const positionOf = new Map<Entity, number>();
  let areaPosition = 0;
  let competencyPosition = 0;
  for (const entity of entities) {
    positionOf.set(
      entity,
      entity.kind === 'area' ? (areaPosition += 1) : (competencyPosition += 1),
    );
  }
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
    // The item holds the texts and the code; the tree and the scale live in associations and
    // rubric criteria, so a move or a new scale leaves the item as it was.
    if (before !== undefined && jsonEqual(itemFieldsOf(before), itemFieldsOf(entity.value))) {
      items.push(item);
      itemOf.set(entity, item);
    } else {
      const patched = structuredClone(item);
      writeEntity(context, patched, entity);
      if (context.restamp !== undefined) patched.lastChangeDateTime = context.restamp;
      items.push(patched);
      itemOf.set(entity, patched);
    }
    const parentBefore =
      before === undefined ? undefined : parentOf({ kind: entity.kind, value: before } as Entity);
    if (parentOf(entity) !== parentBefore) moved.push(entity);
    if (
      entity.kind === 'competency' &&
      (before as Competency | undefined)?.scaleId !== entity.value.scaleId
    ) {
      relinked.push(entity);
    }
  });
  for (const entity of entities) {
    if (sourceOf(entity) !== undefined) continue;
    const identifier = context.identifierOf(entity.kind, entity.value.id);
    const item: CaseItem = {
      identifier,
      uri: context.uriOf(identifier),
      fullStatement: '',
      CFItemType: entity.kind === 'area' ? 'Area' : 'Competency',
      ...(context.itemTypes === undefined ? {} : { CFItemTypeURI: context.itemTypes[entity.kind] }),
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
    const identifier = uuidV5(capkitCaseNamespace, `${item.identifier}:isChildOf`);
    added.push({
      identifier,
      associationType: 'isChildOf',
      sequenceNumber: positionOf.get(entity) ?? 0,
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
  linkCompetencies(
    context,
    rubrics,
    relinked.flatMap((entity) => {
      const item = itemOf.get(entity);
      return entity.kind === 'competency' && item !== undefined
        ? [{ competency: entity.value, item }]
        : [];
    }),
  );
  const rubricByIdentifier = new Map(rubrics.map((rubric, index) => [rubric.identifier, index]));
  for (const scale of framework.scales) {
    const index = rubricByIdentifier.get(context.identifierOf('scale', scale.id));
    const rubric = index === undefined ? undefined : rubrics[index];
    if (
      index !== undefined &&
      rubric !== undefined &&
      (rubric.CFRubricCriteria?.length ?? 0) === 0
    ) {
      rubrics[index] = {
        ...rubric,
        CFRubricCriteria: [newCriterion(context, rubric, scale, undefined, 1)],
      };
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

/**
 * Rates each competency on its scale's rubric: a criterion linking it is added there, and the
 * links to it in other rubrics go. Indexed once, so a framework of thousands of competencies
 * costs one pass, not one per competency.
 */
function linkCompetencies(
  context: ExportContext,
  rubrics: CaseRubric[],
  links: readonly { readonly competency: Competency; readonly item: CaseItem }[],
): void {
  const rubricIndex = new Map(
    rubrics.map((rubric, index) => [rubric.identifier.toLowerCase(), index]),
  );
  const linkedIn = new Map<string, Set<number>>();
  rubrics.forEach((rubric, index) => {
    for (const criterion of rubric.CFRubricCriteria ?? []) {
      const itemKey = criterion.CFItemURI?.identifier.toLowerCase();
      if (itemKey === undefined) continue;
      const set = linkedIn.get(itemKey) ?? new Set<number>();
      set.add(index);
      linkedIn.set(itemKey, set);
    }
  });
  const scales = new Map(context.framework.scales.map((scale) => [scale.id, scale]));
  const unlink = new Map<number, Set<string>>();
  const added = new Map<number, CaseRubricCriterion[]>();
  for (const { competency, item } of links) {
    const target = rubricIndex.get(context.identifierOf('scale', competency.scaleId).toLowerCase());
    const itemKey = item.identifier.toLowerCase();
    const linked = linkedIn.get(itemKey) ?? new Set<number>();
    for (const index of linked) {
      if (index === target) continue;
      const set = unlink.get(index) ?? new Set<string>();
      set.add(itemKey);
      unlink.set(index, set);
    }
    const scale = scales.get(competency.scaleId);
    const rubric = target === undefined ? undefined : rubrics[target];
    if (target === undefined || rubric === undefined || scale === undefined || linked.has(target))
      continue;
    const list = added.get(target) ?? [];
    list.push(
      newCriterion(
        context,
        rubric,
        scale,
        item,
        (rubric.CFRubricCriteria?.length ?? 0) + list.length + 1,
      ),
    );
    added.set(target, list);
  }
  for (const [index, itemKeys] of unlink) {
    const rubric = rubrics[index];
    if (rubric !== undefined) rubrics[index] = unlinkRemoved(rubric, itemKeys);
  }
  for (const [index, criteria] of added) {
    const rubric = rubrics[index];
    if (rubric !== undefined) {
      rubrics[index] = {
        ...rubric,
        CFRubricCriteria: [...(rubric.CFRubricCriteria ?? []), ...criteria],
      };
    }
  }
}
