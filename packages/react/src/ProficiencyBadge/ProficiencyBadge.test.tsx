import { act, render, screen } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { axeViolations } from '../../test/helpers/axe.js';
import { describe, expect, it, vi } from 'vitest';
import { CapkitProvider } from '../CapkitProvider/index.js';
import { ProficiencyBadge } from './ProficiencyBadge.js';
import {
  ddatScaleWithDescriptors as ddatScale,
  sfiaScale,
} from '../../test/fixtures/ProficiencyBadge.fixtures.js';

describe('ProficiencyBadge', () => {
  it('writes the level name, with its language set', () => {
    const { container } = render(<ProficiencyBadge scale={ddatScale} level={2} />);
    const badge = container.querySelector('.ck-proficiency-badge');
    expect(badge?.textContent).toBe('Working');
    expect(screen.getByText('Working').getAttribute('lang')).toBe('en');
    expect(badge?.getAttribute('data-level')).toBe('2');
  });

  it('shows the code when asked', () => {
    const { container } = render(<ProficiencyBadge scale={ddatScale} level={3} showCode />);
    expect(container.querySelector('.ck-proficiency-badge')?.textContent).toBe('L3 Practitioner');
  });

  it('marks proficiency in words at and above the proficient level only', () => {
    const { container, rerender } = render(
      <ProficiencyBadge scale={ddatScale} level={3} markProficient />,
    );
    const badge = () => container.querySelector('.ck-proficiency-badge');
    expect(badge()?.textContent).toBe('Practitioner Proficient');
    expect(badge()?.getAttribute('data-state')).toBe('proficient');
    rerender(<ProficiencyBadge scale={ddatScale} level={2} markProficient />);
    expect(badge()?.textContent).toBe('Working');
    expect(badge()?.getAttribute('data-state')).toMatch(/^(not-proficient|no-score)$/);
    rerender(<ProficiencyBadge scale={ddatScale} level={4} />);
    expect(badge()?.textContent).toBe('Expert');
  });

  it('shows the level a score has reached, rounding down', () => {
    render(<ProficiencyBadge scale={ddatScale} level={2.9} />);
    expect(screen.getByText('Working')).toBeVisible();
  });

  it('says "No score" with its reason for a missing score, never a level', () => {
    const { container } = render(
      <ProficiencyBadge scale={ddatScale} level={null} markProficient />,
    );
    const badge = container.querySelector('.ck-proficiency-badge');
    expect(badge?.textContent).toBe('No score: not enough answers');
    expect(badge).not.toHaveAttribute('data-level');
    expect(badge).not.toHaveAttribute('data-step');
    expect(badge).toHaveAttribute('data-state', 'no-score');
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
    'treats the non-finite level %s as missing: "No score", not "NaN" or "Awareness"',
    (level) => {
      const { container } = render(
        <ProficiencyBadge scale={ddatScale} level={level} showCode markProficient />,
      );
      const badge = container.querySelector('.ck-proficiency-badge');
      expect(badge).toHaveProperty('textContent', 'No score: not enough answers');
      expect(badge?.textContent).not.toMatch(/NaN|Infinity|Awareness|Expert|L1|L4|Proficient/);
      expect(badge).toHaveAttribute('data-state', 'no-score');
    },
  );

  it('gives the reason the app passes for a missing score', () => {
    const { container } = render(
      <ProficiencyBadge
        scale={ddatScale}
        level={Number.NaN}
        missingReason="fewer than 5 respondents"
      />,
    );
    expect(container.querySelector('.ck-proficiency-badge')?.textContent).toBe(
      'No score: fewer than 5 respondents',
    );
  });

  it('ignores a reason when there is a score', () => {
    const { container } = render(
      <ProficiencyBadge scale={ddatScale} level={2} missingReason="fewer than 5 respondents" />,
    );
    expect(container.querySelector('.ck-proficiency-badge')?.textContent).toBe('Working');
  });

  it('translates the missing state, from its own messages or the provider', () => {
    const arabic = {
      missingReason: 'إجابات غير كافية',
      noScoreWithReason: (reason: string) => `لا توجد درجة: ${reason}`,
    };
    const { container, unmount } = render(
      <ProficiencyBadge scale={ddatScale} level={null} locale="ar" messages={arabic} />,
    );
    expect(container.querySelector('.ck-proficiency-badge')?.textContent).toBe(
      'لا توجد درجة: إجابات غير كافية',
    );
    unmount();
    const provided = render(
      <CapkitProvider locale="ar" messages={{ ProficiencyBadge: arabic }}>
        <ProficiencyBadge scale={ddatScale} level={Number.NaN} missingReason="أقل من 5 مستجيبين" />
      </CapkitProvider>,
    );
    expect(provided.container.querySelector('.ck-proficiency-badge')?.textContent).toBe(
      'لا توجد درجة: أقل من 5 مستجيبين',
    );
  });

  it('spreads any scale over the five colour steps, lowest to highest', () => {
    const step = (scale: typeof ddatScale, level: number) =>
      render(<ProficiencyBadge scale={scale} level={level} />)
        .container.querySelector('.ck-proficiency-badge')
        ?.getAttribute('data-step');
    expect([1, 2, 3, 4].map((level) => step(ddatScale, level))).toEqual(['1', '2', '4', '5']);
    expect([1, 4, 7].map((level) => step(sfiaScale, level))).toEqual(['1', '3', '5']);
  });

  it('names the level in the reader’s language and isolates its direction', () => {
    const { container } = render(<ProficiencyBadge scale={ddatScale} level={3} locale="ar" />);
    const name = screen.getByText('الممارس');
    expect(name.getAttribute('lang')).toBe('ar');
    expect(container.querySelector('.ck-proficiency-badge')?.getAttribute('dir')).toBe('rtl');
  });

  it('takes its locale and strings from the provider', () => {
    render(
      <CapkitProvider locale="ar" messages={{ ProficiencyBadge: { proficient: 'متمكن' } }}>
        <ProficiencyBadge scale={ddatScale} level={4} markProficient />
      </CapkitProvider>,
    );
    expect(screen.getByText('الخبير')).toBeVisible();
    expect(screen.getByText('متمكن')).toBeVisible();
  });

  it('has no axe violations (WCAG 2.2 AA)', async () => {
    const { container } = render(
      <p>
        Your level: <ProficiencyBadge scale={ddatScale} level={3} showCode markProficient />
      </p>,
    );
    expect(await axeViolations(container)).toEqual([]);
  });

  it('has no axe violations in the missing state (WCAG 2.2 AA)', async () => {
    const { container } = render(
      <p>
        Your level: <ProficiencyBadge scale={ddatScale} level={Number.NaN} markProficient />
      </p>,
    );
    expect(await axeViolations(container)).toEqual([]);
  });

  it('renders a missing score on the server as "No score"', () => {
    const html = renderToString(<ProficiencyBadge scale={ddatScale} level={Number.NaN} />);
    expect(html).toContain('No score: not enough answers');
    expect(html).not.toContain('Awareness');
  });

  it('renders on the server and hydrates without errors', () => {
    const element = <ProficiencyBadge scale={ddatScale} level={3} showCode markProficient />;
    const html = renderToString(element);
    expect(html).toContain('Practitioner');

    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const recoverable: unknown[] = [];
    let root: Root | undefined;
    act(() => {
      root = hydrateRoot(container, element, {
        onRecoverableError: (error) => recoverable.push(error),
      });
    });
    act(() => root?.unmount());
    expect(consoleError).not.toHaveBeenCalled();
    expect(recoverable).toEqual([]);
    consoleError.mockRestore();
    container.remove();
  });
});
