import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  arabicMessages,
  largeLabels,
  largeMatrix,
  teamLabels,
  teamLabelsArabic,
  teamMatrix,
  withheldLabels,
  withheldMatrix,
} from '../../test/fixtures/PriorityMatrix.fixtures.js';
import { PriorityMatrix } from './PriorityMatrix.js';

const title = 'Digital team: where to train first';

/** The plain-words sentence shown above the view switch. */
function plainWords(): string {
  const summary = screen.getByRole('figure').querySelector('.ck-summary');
  if (summary === null) throw new Error('no summary');
  return summary.textContent;
}

describe('PriorityMatrix: plain words first', () => {
  it('opens with the items to concentrate on, first in both views', async () => {
    const user = userEvent.setup();
    render(<PriorityMatrix title={title} result={teamMatrix} labels={teamLabels} />);
    expect(plainWords()).toBe(
      'Concentrate here: 3 items matter most and are done least well — User research, Data literacy, and Service design.',
    );
    await user.click(screen.getByRole('button', { name: 'Table' }));
    expect(plainWords()).toMatch(/^Concentrate here: 3 items/);
  });

  it('names the first three of many, and counts the rest', () => {
    render(<PriorityMatrix title={title} result={largeMatrix} labels={largeLabels} />);
    expect(plainWords()).toMatch(
      /^Concentrate here: \d+ items matter most and are done least well — [^,]+, [^,]+, [^,]+, and \d+ more\.$/,
    );
  });

  it('counts withheld items and never names them', () => {
    render(<PriorityMatrix title={title} result={withheldMatrix} labels={withheldLabels} />);
    expect(plainWords()).toMatch(/ 1 item is not shown: fewer than 5 people answered it\.$/);
    expect(plainWords()).not.toContain('Digital payments');
  });

  it('says so when nothing is in "concentrate here"', () => {
    render(
      <PriorityMatrix
        title={title}
        result={{
          ...teamMatrix,
          items: teamMatrix.items.map((found) =>
            found.quadrant === 'concentrateHere' ? { ...found, quadrant: 'lowPriority' } : found,
          ),
        }}
        labels={teamLabels}
      />,
    );
    expect(plainWords()).toBe(
      'No item both matters more than most and is done less well than most: nothing needs concentrating on first.',
    );
  });

  it('takes its words and plural forms from the messages (Arabic: few)', () => {
    render(
      <PriorityMatrix
        title="المصفوفة"
        result={teamMatrix}
        labels={teamLabelsArabic}
        locale="ar"
        messages={arabicMessages}
      />,
    );
    const three = new Intl.NumberFormat('ar').format(3);
    expect(plainWords()).toMatch(
      new RegExp(`^ركّز هنا: ${three} بنود مهمة جدًا وأداؤها ضعيف — بحث المستخدمين`),
    );
  });
});
