import { describe, expect, it } from 'vitest';
import { responseMatrixFromRows } from './responseMatrix.js';
import { compileScoringConfig } from './scoringConfig.js';
import { CapkitScoringError } from './scoringError.js';
import { tally, tallyLayout, tallyLoop, type TallyLayout } from './tallyKernel.js';

const compiled = compileScoringConfig({
  scale: { min: 1, max: 5 },
  competencies: ['A'],
  items: [
    { id: 'a1', competency: 'A' },
    { id: 'a2', competency: 'A' },
  ],
});
const layout = tallyLayout(compiled) as TallyLayout;
const marker = '__capkitKernelInjectionRan';

describe('tallyLoop: what reaches the generated code', () => {
  it('refuses a copy of a compiled config before generating anything', () => {
    expect(() => tallyLoop({ ...compiled }, layout, 1)).toThrow(/compileScoringConfig/);
    const matrix = responseMatrixFromRows([[1, 2]], 2);
    expect(() =>
      tally(matrix, structuredClone(compiled), layout, new Uint8Array(1), 1, undefined, 1, 0, 1),
    ).toThrow(/compileScoringConfig/);
  });

  it('writes only safe integers into the source: a string with code is refused, never run', () => {
    // Defence in depth behind the brand: a genuine config with a doctored layout or role count.
    const doctored = {
      ...layout,
      codes: `1] = 0; globalThis.${marker} = true; counts[0` as unknown as number,
    };
    expect(() => tallyLoop(compiled, doctored, 1)).toThrow(
      new CapkitScoringError(
        'config.codes',
        'is a string, not a safe integer; the tally kernel is generated only from whole numbers of a config made by compileScoringConfig',
      ),
    );
    expect(() => tallyLoop(compiled, layout, 1.5)).toThrow(/config\.roles: is 1\.5, not a safe/);
    expect(() => tallyLoop(compiled, layout, 2 ** 60)).toThrow(/config\.roles/);
    expect(marker in globalThis).toBe(false);
  });

  it('leaves to the float kernel a layout whose codes would reach the off-scale marker', () => {
    // 300 items on 0–254: s needs ⌈log2(300 × 254 + 1)⌉ = 17 bits, (300 + 1) × 2¹⁷ > 2²⁴.
    const wide = compileScoringConfig({
      scale: { min: 0, max: 254 },
      competencies: ['A'],
      items: Array.from({ length: 300 }, (_, j) => ({ id: `i${j}`, competency: 'A' })),
    });
    expect(tallyLayout(wide)).toBeUndefined();
  });

  it('counts (k, s) codes: two rows of a two-item competency, worked by hand', () => {
    // valueBits = ⌈log2(2 × 4 + 1)⌉ = 4. Row 0: ratings 1, 2 → k = 2, s = 0 + 1 → code 2·16 + 1 = 33.
    // Row 1: 5 and missing → k = 1, s = 4 → code 16 + 4 = 20.
    expect(layout.valueBits).toBe(4);
    const matrix = responseMatrixFromRows(
      [
        [1, 2],
        [5, null],
      ],
      2,
    );
    const { counts, badRow } = tally(
      matrix,
      compiled,
      layout,
      new Uint8Array(2),
      1,
      undefined,
      1,
      0,
      2,
    );
    expect(badRow).toBe(-1);
    expect(counts[33]).toBe(1);
    expect(counts[20]).toBe(1);
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(2);
  });
});
