import type { IssueList, Path } from './issueList.js';

interface WithPrerequisites {
  readonly id: string;
  readonly prerequisiteIds?: readonly string[] | undefined;
}

/**
 * Checks the `prerequisiteIds` of a list (catalogue offerings, or a plan's interventions): each
 * names an item of the same list, and no item must come before itself. Each cycle is reported
 * once, at the prerequisite that closes it, with the cycle spelled out (`a → b → a`).
 */
export function checkPrerequisites(
  items: readonly WithPrerequisites[],
  path: Path,
  list: IssueList,
  target: string,
): void {
  const indexOf = new Map<string, number>();
  items.forEach((item, index) => {
    if (!indexOf.has(item.id)) indexOf.set(item.id, index);
  });
  items.forEach((item, index) =>
    item.prerequisiteIds?.forEach((id, p) =>
      list.resolve(indexOf, id, [...path, index, 'prerequisiteIds', p], target),
    ),
  );
  // Depth-first search without recursion (a catalogue may hold 10,000 entries): an edge to an
  // item still on the stack closes a cycle.
  const done = new Set<number>();
  const onStack = new Map<number, number>();
  for (let start = 0; start < items.length; start += 1) {
    if (done.has(start)) continue;
    const stack: { index: number; next: number }[] = [{ index: start, next: 0 }];
    onStack.set(start, 0);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      if (frame === undefined) break;
      const prerequisites = items[frame.index]?.prerequisiteIds ?? [];
      if (frame.next >= prerequisites.length) {
        stack.pop();
        onStack.delete(frame.index);
        done.add(frame.index);
        continue;
      }
      const p = frame.next;
      frame.next += 1;
      const to = indexOf.get(prerequisites[p] ?? '');
      if (to === undefined || done.has(to)) continue;
      const depth = onStack.get(to);
      if (depth !== undefined) {
        const cycle = [...stack.slice(depth).map((each) => items[each.index]?.id), items[to]?.id];
        list.add([...path, frame.index, 'prerequisiteIds', p], 'prerequisites.cycle', {
          id: items[frame.index]?.id ?? '',
          cycle: cycle.join(' → '),
        });
        continue;
      }
      onStack.set(to, stack.length);
      stack.push({ index: to, next: 0 });
    }
  }
}
