import { describe, expect, it } from 'vitest';
import type { Instrument } from './instrument.js';
import { validWorkspace } from './testWorkspace.js';
import { validateInstrument, validateWorkspace } from './validation.js';

// The fixture's instrument: items i1 (on section page-1) and i2 (shown if i1 ≥ 2).
function validInstrument(): Instrument {
  const instrument = validWorkspace().instruments[0];
  if (instrument === undefined) throw new Error('the fixture has an instrument');
  return instrument;
}

function item(instrument: Instrument, index: number): Instrument['items'][number] {
  const found = instrument.items[index];
  if (found === undefined) throw new Error(`the fixture has item ${index}`);
  return found;
}

/** Issues (path and code) of the instrument alone and inside the fixture workspace. */
function issuesBoth(change: (instrument: Instrument) => void): {
  alone: { path: string; code: string }[];
  inWorkspace: { path: string; code: string }[];
} {
  const instrument = validInstrument();
  change(instrument);
  const alone = validateInstrument(instrument);
  const workspace = validWorkspace();
  workspace.instruments[0] = instrument;
  const inWorkspace = validateWorkspace(workspace);
  return {
    alone: alone.success ? [] : alone.issues.map(({ path, code }) => ({ path, code })),
    inWorkspace: inWorkspace.success
      ? []
      : inWorkspace.issues.map(({ path, code }) => ({ path, code })),
  };
}

describe('validateInstrument checks what its shape cannot, as validateWorkspace does', () => {
  it('accepts the fixture instrument alone', () => {
    const instrument = validInstrument();
    expect(validateInstrument(instrument)).toEqual({ success: true, data: instrument });
  });

  it('refuses a duplicate item id, naming the first use', () => {
    const instrument = validInstrument();
    item(instrument, 1).id = 'i1';
    delete item(instrument, 1).showIf;
    const result = validateInstrument(instrument);
    expect(result).toEqual({
      success: false,
      issues: [
        {
          path: 'items[1].id',
          code: 'id.duplicate',
          message: 'The id "i1" is used more than once in items; it is first used at items[0].id',
          params: { id: 'i1', collection: 'items', firstPath: 'items[0].id' },
        },
      ],
    });
  });

  it('refuses a duplicate section id, naming the first use', () => {
    const { alone, inWorkspace } = issuesBoth((instrument) => {
      instrument.sections = [
        { id: 'page-1', title: { en: 'Data' } },
        { id: 'page-1', title: { en: 'More data' } },
      ];
    });
    expect(alone).toEqual([{ path: 'sections[1].id', code: 'id.duplicate' }]);
    expect(inWorkspace).toEqual([{ path: 'instruments[0].sections[1].id', code: 'id.duplicate' }]);
    const result = validateInstrument({
      ...validInstrument(),
      sections: [
        { id: 'page-1', title: { en: 'Data' } },
        { id: 'page-1', title: { en: 'More data' } },
      ],
    });
    expect(result.success ? [] : result.issues.map((issue) => issue.params)).toEqual([
      { id: 'page-1', collection: 'sections', firstPath: 'sections[0].id' },
    ]);
  });

  it('refuses a sectionId that names no section', () => {
    const { alone, inWorkspace } = issuesBoth((instrument) => {
      item(instrument, 0).sectionId = 'page-9';
    });
    expect(alone).toEqual([{ path: 'items[0].sectionId', code: 'ref.unknown' }]);
    expect(inWorkspace).toEqual([
      { path: 'instruments[0].items[0].sectionId', code: 'ref.unknown' },
    ]);
  });

  it('refuses a sectionId when the instrument has no sections at all', () => {
    const { alone } = issuesBoth((instrument) => {
      delete instrument.sections;
    });
    expect(alone).toEqual([{ path: 'items[0].sectionId', code: 'ref.unknown' }]);
  });

  it('refuses showIf on a later item', () => {
    const { alone, inWorkspace } = issuesBoth((instrument) => {
      item(instrument, 0).showIf = { itemId: 'i2' };
    });
    expect(alone).toEqual([
      { path: 'items[0].showIf.itemId', code: 'instrument.forwardDisplayRule' },
    ]);
    expect(inWorkspace).toEqual([
      { path: 'instruments[0].items[0].showIf.itemId', code: 'instrument.forwardDisplayRule' },
    ]);
  });

  it('refuses showIf on the item itself', () => {
    const { alone, inWorkspace } = issuesBoth((instrument) => {
      item(instrument, 1).showIf = { itemId: 'i2', atLeast: 1 };
    });
    expect(alone).toEqual([{ path: 'items[1].showIf.itemId', code: 'instrument.selfDisplayRule' }]);
    expect(inWorkspace).toEqual([
      { path: 'instruments[0].items[1].showIf.itemId', code: 'instrument.selfDisplayRule' },
    ]);
  });

  it('refuses showIf on an item the instrument does not have', () => {
    const instrument = validInstrument();
    item(instrument, 1).showIf = { itemId: 'ghost' };
    const result = validateInstrument(instrument);
    expect(result).toEqual({
      success: false,
      issues: [
        {
          path: 'items[1].showIf.itemId',
          code: 'instrument.unknownDisplayRuleItem',
          message: 'Item "i2" depends on item "ghost", which the instrument does not have',
          params: { itemId: 'i2', dependsOn: 'ghost' },
        },
      ],
    });
  });

  it('reports every broken rule of one instrument, alone and in a workspace alike', () => {
    const { alone, inWorkspace } = issuesBoth((instrument) => {
      item(instrument, 0).sectionId = 'nowhere';
      item(instrument, 0).showIf = { itemId: 'i1' };
      item(instrument, 1).id = 'i1';
    });
    expect(alone).toEqual([
      { path: 'items[1].id', code: 'id.duplicate' },
      { path: 'items[0].sectionId', code: 'ref.unknown' },
      { path: 'items[0].showIf.itemId', code: 'instrument.selfDisplayRule' },
    ]);
    // The fixture's responses answer i2, which no longer exists; only the instrument's own issues compare.
    expect(inWorkspace.filter(({ path }) => path.startsWith('instruments'))).toEqual(
      alone.map(({ path, code }) => ({ path: `instruments[0].${path}`, code })),
    );
  });
});
