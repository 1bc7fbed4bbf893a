/*
 * The rules of the questionnaire, pure and DOM-free: pages, display rules, answer changes,
 * validation and what is submitted. Reading a stored draft back is in formDraft.ts, the form's
 * navigation state in formReducer.ts.
 */
import {
  type Answer,
  type Instrument,
  type InstrumentItem,
  type LocalizedText,
} from '@capkit/model';

/**
 * The answers given so far, keyed by item id. An item with no entry has not been answered (or its
 * answer was cleared); a half-answered importance–performance item holds `null` for the other half.
 */
export type FormAnswers = Readonly<Record<string, Answer>>;

/** One page of the form: a section of the instrument, or a run of items when it has none. */
export interface FormPage {
  /** The section's id, or `page-1`, `page-2`… when the instrument has no sections. */
  readonly id: string;
  /** The section's title; absent for pages cut by item count. */
  readonly title?: LocalizedText;
  /** The page's items in instrument order, shown or not. */
  readonly items: readonly InstrumentItem[];
}

/**
 * Splits an instrument into pages: one per section (in the order of `sections`; an item without a
 * known `sectionId` joins the section of the item before it, or the first), or `itemsPerPage`
 * items at a time when there are no sections. Sections without items are left out.
 */
export function buildPages(instrument: Instrument, itemsPerPage: number): FormPage[] {
  const sections = instrument.sections ?? [];
  const [firstSection] = sections;
  if (firstSection !== undefined) {
    const itemsBySection = new Map(sections.map((section) => [section.id, [] as InstrumentItem[]]));
    let currentSection = firstSection.id;
    for (const item of instrument.items) {
      if (item.sectionId !== undefined && itemsBySection.has(item.sectionId)) {
        currentSection = item.sectionId;
      }
      itemsBySection.get(currentSection)?.push(item);
    }
    return sections
      .map((section) => ({
        id: section.id,
        title: section.title,
        items: itemsBySection.get(section.id) ?? [],
      }))
      .filter((page) => page.items.length > 0);
  }
  const size = Math.max(1, Math.floor(itemsPerPage));
  const pages: FormPage[] = [];
  for (let start = 0; start < instrument.items.length; start += size) {
    pages.push({
      id: `page-${pages.length + 1}`,
      items: instrument.items.slice(start, start + size),
    });
  }
  return pages;
}

/**
 * The number a display rule compares: a rating's value; for an importance–performance item its
 * performance rating (how well it is done today); `null` when skipped, half-answered or N/A.
 */
export function displayRuleValue(answer: Answer | undefined): number | null {
  if (answer === undefined) return null;
  switch (answer.kind) {
    case 'rating':
      return answer.value;
    case 'importancePerformance':
      return answer.importance === null ? null : answer.performance;
    case 'notApplicable':
      return null;
    default:
      return answer satisfies never;
  }
}

/**
 * Ids of the items shown given the answers so far. An item with a `showIf` rule is shown when the
 * earlier item it names is itself shown and its {@link displayRuleValue} lies within the range;
 * an unanswered earlier item, or a rule naming a later or unknown item, hides it.
 */
export function shownItemIds(instrument: Instrument, answers: FormAnswers): ReadonlySet<string> {
  const shown = new Set<string>();
  for (const item of instrument.items) {
    const rule = item.showIf;
    if (rule !== undefined) {
      if (!shown.has(rule.itemId)) continue;
      const value = displayRuleValue(answers[rule.itemId]);
      if (value === null) continue;
      if (rule.atLeast !== undefined && value < rule.atLeast) continue;
      if (rule.atMost !== undefined && value > rule.atMost) continue;
    }
    shown.add(item.id);
  }
  return shown;
}

/** A change a respondent makes to one item's answer. */
export type AnswerChange =
  /** Picks a point of a rating item's scale. */
  | { readonly kind: 'rating'; readonly value: number }
  /** Picks the importance half of an importance–performance item. */
  | { readonly kind: 'importance'; readonly value: number }
  /** Picks the performance half of an importance–performance item. */
  | { readonly kind: 'performance'; readonly value: number }
  /** Marks the item not applicable, or (`selected: false`) takes that back. */
  | { readonly kind: 'notApplicable'; readonly selected: boolean }
  /** Removes the answer, leaving the item skipped. */
  | { readonly kind: 'clear' };

function withoutItem(answers: FormAnswers, itemId: string): FormAnswers {
  const { [itemId]: _removed, ...rest } = answers;
  return rest;
}

/** The answers after one change to `item`; the same object when nothing changed. */
export function applyAnswerChange(
  answers: FormAnswers,
  item: InstrumentItem,
  change: AnswerChange,
): FormAnswers {
  const previous = answers[item.id];
  let next: Answer | undefined;
  switch (change.kind) {
    case 'rating':
      next = { kind: 'rating', itemId: item.id, value: change.value };
      break;
    case 'importance':
    case 'performance': {
      const pair =
        previous?.kind === 'importancePerformance'
          ? previous
          : { importance: null, performance: null };
      next = {
        kind: 'importancePerformance',
        itemId: item.id,
        importance: change.kind === 'importance' ? change.value : pair.importance,
        performance: change.kind === 'performance' ? change.value : pair.performance,
      };
      break;
    }
    case 'notApplicable':
      if (change.selected) next = { kind: 'notApplicable', itemId: item.id };
      else if (previous?.kind === 'notApplicable') next = undefined;
      else return answers;
      break;
    case 'clear':
      next = undefined;
      break;
    default:
      return change satisfies never;
  }
  if (next === undefined) return previous === undefined ? answers : withoutItem(answers, item.id);
  if (previous !== undefined && sameAnswer(previous, next)) return answers;
  return { ...answers, [item.id]: next };
}

function sameAnswer(a: Answer, b: Answer): boolean {
  if (a.kind === 'rating' && b.kind === 'rating') return a.value === b.value;
  if (a.kind === 'importancePerformance' && b.kind === 'importancePerformance') {
    return a.importance === b.importance && a.performance === b.performance;
  }
  return a.kind === 'notApplicable' && b.kind === 'notApplicable';
}

/** Whether an item counts as answered: rated, both halves rated, or marked not applicable. */
export function isAnswered(answer: Answer | undefined): boolean {
  if (answer === undefined) return false;
  switch (answer.kind) {
    case 'rating':
      return answer.value !== null;
    case 'importancePerformance':
      return answer.importance !== null && answer.performance !== null;
    case 'notApplicable':
      return true;
    default:
      return answer satisfies never;
  }
}

/** What is wrong with one item's answer. */
export type ValidationIssueCode =
  /** A rating item has no answer, and answers are required. */
  | 'ratingRequired'
  /** An importance–performance item has no answer, and answers are required. */
  | 'pairRequired'
  /** Only the performance half is answered. */
  | 'importanceRequired'
  /** Only the importance half is answered. */
  | 'performanceRequired';

/** One problem found by {@link validateItems}. */
export interface ValidationIssue {
  /** The item at fault. */
  readonly itemId: string;
  /** What is wrong. */
  readonly code: ValidationIssueCode;
}

/** Options of {@link validateItems}. */
export interface ValidationOptions {
  /** Whether every item must be answered or marked not applicable. */
  readonly requireAnswers: boolean;
}

/**
 * Problems with the answers to `items`, in item order. Whatever the options, an
 * importance–performance item must have both halves, neither, or be not applicable; with
 * `requireAnswers`, every item must be answered or not applicable.
 */
export function validateItems(
  items: readonly InstrumentItem[],
  answers: FormAnswers,
  { requireAnswers }: ValidationOptions,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const item of items) {
    const answer = answers[item.id];
    if (answer?.kind === 'notApplicable') continue;
    if (item.format === 'rating') {
      const value = answer?.kind === 'rating' ? answer.value : null;
      if (value === null && requireAnswers)
        issues.push({ itemId: item.id, code: 'ratingRequired' });
      continue;
    }
    const importance = answer?.kind === 'importancePerformance' ? answer.importance : null;
    const performance = answer?.kind === 'importancePerformance' ? answer.performance : null;
    if (importance === null && performance === null) {
      if (requireAnswers) issues.push({ itemId: item.id, code: 'pairRequired' });
    } else if (importance === null) {
      issues.push({ itemId: item.id, code: 'importanceRequired' });
    } else if (performance === null) {
      issues.push({ itemId: item.id, code: 'performanceRequired' });
    }
  }
  return issues;
}

/**
 * The answers to submit, in the model's shape and instrument order: one per shown item, `null`
 * for a skipped rating or half, `notApplicable` where marked. Hidden items get no answer, even
 * when they were answered before a display rule hid them.
 */
export function submittedAnswers(instrument: Instrument, answers: FormAnswers): Answer[] {
  const shown = shownItemIds(instrument, answers);
  return instrument.items
    .filter((item) => shown.has(item.id))
    .map((item): Answer => {
      const answer = answers[item.id];
      if (answer !== undefined) return answer;
      return item.format === 'rating'
        ? { kind: 'rating', itemId: item.id, value: null }
        : { kind: 'importancePerformance', itemId: item.id, importance: null, performance: null };
    });
}

/** The pages that have at least one shown item: the pages the respondent actually sees. */
export function shownPages(
  pages: readonly FormPage[],
  shown: ReadonlySet<string>,
): readonly FormPage[] {
  return pages.filter((page) => page.items.some((item) => shown.has(item.id)));
}

/**
 * Index, within `visible`, of the page with id `pageId`. When that page is no longer shown
 * (a display rule hid all of it), the nearest shown page before it in `all`, else the first.
 */
export function pageIndexOf(
  all: readonly FormPage[],
  visible: readonly FormPage[],
  pageId: string | undefined,
): number {
  if (pageId === undefined) return 0;
  const direct = visible.findIndex((page) => page.id === pageId);
  if (direct !== -1) return direct;
  const position = all.findIndex((page) => page.id === pageId);
  for (let index = position - 1; index >= 0; index -= 1) {
    const candidate = visible.findIndex((page) => page.id === all[index]?.id);
    if (candidate !== -1) return candidate;
  }
  return 0;
}

/** Each shown item's question number, from 1 in instrument order; hidden items have none. */
export function questionNumbers(
  instrument: Instrument,
  shown: ReadonlySet<string>,
): ReadonlyMap<string, number> {
  const byItem = new Map<string, number>();
  for (const item of instrument.items) if (shown.has(item.id)) byItem.set(item.id, byItem.size + 1);
  return byItem;
}
