import type { Instrument } from './instrument.js';
import type { IssueList, Path } from './issueList.js';

/**
 * The rules inside one instrument that its shape cannot state, applied the same way by
 * `validateInstrument` and `validateWorkspace`: item ids and section ids are unique; an item's
 * `sectionId` names one of the instrument's sections; `showIf` depends on an item that comes
 * before it (not itself, not a later item, not an item the instrument lacks).
 *
 * @param path Where the instrument sits in the document, e.g. `['instruments', 2]`; `[]` alone.
 */
export function checkInstrument(instrument: Instrument, list: IssueList, path: Path): void {
  const sections = list.index(instrument.sections, [...path, 'sections']);
  list.index(instrument.items, [...path, 'items']);
  const allItems = new Set(instrument.items.map((item) => item.id));
  const earlier = new Set<string>();
  instrument.items.forEach((item, i) => {
    const at = [...path, 'items', i];
    if (item.sectionId !== undefined)
      list.resolve(sections, item.sectionId, [...at, 'sectionId'], 'section');
    const dependsOn = item.showIf?.itemId;
    if (dependsOn !== undefined && !earlier.has(dependsOn)) {
      const params = { itemId: item.id, dependsOn };
      if (dependsOn === item.id)
        list.add([...at, 'showIf', 'itemId'], 'instrument.selfDisplayRule', params);
      else if (allItems.has(dependsOn))
        list.add([...at, 'showIf', 'itemId'], 'instrument.forwardDisplayRule', params);
      else list.add([...at, 'showIf', 'itemId'], 'instrument.unknownDisplayRuleItem', params);
    }
    earlier.add(item.id);
  });
}
