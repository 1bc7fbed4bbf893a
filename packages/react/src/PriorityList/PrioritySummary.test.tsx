import type { BootstrapUnit } from '@capkit/scoring/tna';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { arabicMessages } from '../../test/fixtures/PriorityList.fixtures.js';
import { localizedCount } from '../shared/localeFormat.js';
import { defaultPriorityListMessages } from './messages.js';
import { priorityFindings } from './priorityFindings.js';
import type { PriorityRow } from './priorityRows.js';
import { PrioritySummary } from './PrioritySummary.js';

function row(label: string, rank: number | null, share: number | null, withheld = false) {
  const unit = {
    unit: 0,
    meanWeightedDiscrepancy: rank === null ? null : 10 - rank,
    rank,
    lower: null,
    upper: null,
    rankHoldsProbability: share,
    topKProbability: share,
    replicatesScored: null,
    n: null,
    ...(withheld ? { withheld: 'primary' as const } : {}),
  } satisfies BootstrapUnit;
  return { unit, id: label, label, tied: false } satisfies PriorityRow;
}

function sentence(
  rows: readonly PriorityRow[],
  topK: number,
  { locale = 'en', messages = defaultPriorityListMessages, by = 'item' as const } = {},
) {
  const findings = priorityFindings(rows, topK);
  if (findings === undefined) throw new Error('no findings');
  const share = new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 0,
    roundingMode: 'floor',
  });
  const { unmount } = render(
    <PrioritySummary
      findings={findings}
      by={by}
      topK={localizedCount(locale, topK)}
      locale={locale}
      share={(value) => share.format(value)}
      messages={messages}
    />,
  );
  const text = screen.getByRole('paragraph').textContent;
  unmount();
  return text;
}

describe('PrioritySummary', () => {
  it('says what to train first when the resamples always agree', () => {
    expect(
      sentence(
        [row('Data protection', 1, 1), row('Agile delivery', 2, 1), row('Cloud', 3, 0.2)],
        2,
      ),
    ).toBe(
      'Train first in Data protection and Agile delivery: they are in the top 2 in every resample.',
    );
  });

  it('gives the least share, rounded down, when they nearly always agree', () => {
    expect(sentence([row('Data protection', 1, 0.999)], 1)).toBe(
      'Train first in Data protection: it is ranked first in at least 99% of resamples.',
    );
  });

  it('adds the less certain leaders after the firm ones', () => {
    expect(
      sentence([row('A', 1, 0.95), row('B', 2, 0.6), row('C', 3, 0.45), row('D', 4, 0.3)], 3),
    ).toBe(
      'Train first in A: it is in the top 3 in at least 95% of resamples. ' +
        'B and C follow, less surely: one of them is in the top 3 in only 45% of resamples.',
    );
  });

  it('says the order is not settled when no leader is firm', () => {
    expect(sentence([row('A', 1, 0.7), row('B', 2, 0.55)], 2)).toBe(
      'A and B have the highest need, but the order is not settled: one of them is in the top 2 ' +
        'in only 55% of resamples. Compare the intervals before choosing.',
    );
  });

  it('counts withheld units without naming them', () => {
    const text = sentence(
      [row('A', 1, 1), row('Secret unit', null, null, true), row('Hidden unit', null, null, true)],
      3,
    );
    expect(text).toBe(
      'Train first in A: it is in the top 3 in every resample. 2 items are withheld: too few people answered them.',
    );
    expect(text).not.toContain('Secret');
    expect(
      sentence([row('A', 1, 1), row('Secret', null, null, true)], 3, { by: 'competency' as never }),
    ).toBe(
      'Train first in A: it is in the top 3 in every resample. 1 competency is withheld: too few people answered it.',
    );
  });

  it('uses Arabic plural forms and digits', () => {
    const withheld = (count: number) =>
      sentence(
        [
          row('البيانات', 1, 1),
          ...Array.from({ length: count }, (_, i) => row(`w${String(i)}`, null, null, true)),
        ],
        3,
        { locale: 'ar', messages: arabicMessages },
      );
    expect(withheld(1)).toContain('حُجب بند واحد لقلة المجيبين.');
    expect(withheld(2)).toContain('حُجب بندان لقلة المجيبين.');
    expect(withheld(3)).toContain(
      `حُجبت ${new Intl.NumberFormat('ar').format(3)} بنود لقلة المجيبين.`,
    );
    expect(withheld(11)).toContain(
      `حُجب ${new Intl.NumberFormat('ar').format(11)} بندًا لقلة المجيبين.`,
    );
    expect(withheld(1)).toMatch(
      new RegExp(
        `^ابدأ التدريب بـالبيانات: ضمن أفضل ${new Intl.NumberFormat('ar').format(3)} في كل إعادات المعاينة\\.`,
      ),
    );
  });
});
