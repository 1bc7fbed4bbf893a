import type { KnowledgeItem, KnowledgeStage } from '@capkit/model';
import { knowledgeStages } from '@capkit/model/vocabulary';

/** Which way a move goes along the cycle: to the next stage or back to the previous one. */
export type KnowledgeMove = 'forward' | 'back';

/** The items of each stage, in the order they were given. */
export type ItemsByStage = Readonly<Record<KnowledgeStage, readonly KnowledgeItem[]>>;

/** What the board's filters keep; `null` keeps every competency (or community). */
export interface KnowledgeFilter {
  readonly competencyId: string | null;
  /** A community id, `null` for every item, or `''` for items held by no community. */
  readonly communityId: string | null;
}

/** The counts the plain-language summary is made of. */
export interface KnowledgeFindings {
  readonly total: number;
  /** Items at `created`: written down but not shared yet. */
  readonly stuckAtCreated: number;
  /** Items at `utilised`: the cycle's end. */
  readonly utilised: number;
}

/** Groups items by their current stage; every item lands in exactly one stage. */
export function groupByStage(items: readonly KnowledgeItem[]): ItemsByStage {
  const groups: Record<KnowledgeStage, KnowledgeItem[]> = {
    identified: [],
    created: [],
    shared: [],
    stored: [],
    utilised: [],
  };
  for (const item of items) groups[item.stage].push(item);
  return groups;
}

/** The stage a move would reach, or `undefined` at either end of the cycle. */
export function stageAfter(stage: KnowledgeStage, move: KnowledgeMove): KnowledgeStage | undefined {
  const index = knowledgeStages.indexOf(stage) + (move === 'forward' ? 1 : -1);
  return knowledgeStages[index];
}

/**
 * Moves an item one stage forward or back, appending `{ stage, at }` to its history (the history
 * is a record of what happened, so a move back is appended too, never erased). Returns the item
 * itself, unchanged, at either end of the cycle.
 */
export function moveItem(item: KnowledgeItem, move: KnowledgeMove, at: string): KnowledgeItem {
  const stage = stageAfter(item.stage, move);
  if (stage === undefined) return item;
  return { ...item, stage, history: [...item.history, { stage, at }] };
}

/** The list with `moved` in place of the item of the same id; order and length are kept. */
export function replaceItem(
  items: readonly KnowledgeItem[],
  moved: KnowledgeItem,
): readonly KnowledgeItem[] {
  return items.map((item) => (item.id === moved.id ? moved : item));
}

/** When the item reached its current stage: the last history entry of that stage. */
export function reachedAt(item: KnowledgeItem): string | undefined {
  for (let index = item.history.length - 1; index >= 0; index -= 1) {
    const entry = item.history[index];
    if (entry?.stage === item.stage) return entry.at;
  }
  return undefined;
}

/** The items the filter keeps, in order. */
export function filterItems(
  items: readonly KnowledgeItem[],
  { competencyId, communityId }: KnowledgeFilter,
): readonly KnowledgeItem[] {
  return items.filter(
    (item) =>
      (competencyId === null || item.competencyIds.includes(competencyId)) &&
      (communityId === null || (item.communityId ?? '') === communityId),
  );
}

/** The competency ids the items name, each once, in the order first met. */
export function competenciesOf(items: readonly KnowledgeItem[]): readonly string[] {
  return [...new Set(items.flatMap((item) => item.competencyIds))];
}

/** The community ids the items name, each once, in the order first met (`''` for none). */
export function communitiesOf(items: readonly KnowledgeItem[]): readonly string[] {
  return [...new Set(items.map((item) => item.communityId ?? ''))];
}

/** Counts for the summary sentence. */
export function knowledgeFindings(items: readonly KnowledgeItem[]): KnowledgeFindings {
  const groups = groupByStage(items);
  return {
    total: items.length,
    stuckAtCreated: groups.created.length,
    utilised: groups.utilised.length,
  };
}

/**
 * The move an arrow key asks for: along the reading direction is forward, so right to left
 * ArrowLeft moves forward. Other keys ask for none.
 */
export function moveForKey(key: string, rtl: boolean): KnowledgeMove | undefined {
  if (key === 'ArrowRight') return rtl ? 'back' : 'forward';
  if (key === 'ArrowLeft') return rtl ? 'forward' : 'back';
  return undefined;
}
