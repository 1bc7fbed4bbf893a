import { act, render, screen, within } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { axeViolations } from '../../test/helpers/axe.js';
import { describe, expect, it, vi } from 'vitest';
import { ScaleLegend } from './ScaleLegend.js';
import {
  ddatScaleWithDescriptors as ddatScale,
  sfiaScale,
} from '../../test/fixtures/ScaleLegend.fixtures.js';

describe('ScaleLegend', () => {
  it('is a group named by the scale, listing its levels in order with their descriptors', () => {
    const { container } = render(<ScaleLegend scale={ddatScale} />);
    const group = screen.getByRole('group', { name: 'DDaT skill levels' });
    const terms = [...container.querySelectorAll('dt')].map((term) => term.textContent);
    expect(terms).toEqual([
      'L1 Awareness',
      'L2 Working',
      'L3 Practitioner Proficient',
      'L4 Expert Proficient',
    ]);
    expect(
      within(group).getByText('You know about the skill and how it is applied in your role.'),
    ).toBeVisible();
  });

  it('marks the proficient threshold in words, beside its level only', () => {
    const { container } = render(<ScaleLegend scale={ddatScale} />);
    const threshold = screen.getByText(
      'Proficient threshold: this level and every level above it count as proficient.',
    );
    expect(threshold.closest('.ck-scale-legend__level')).toHaveAttribute('data-state', 'threshold');
    expect(threshold.closest('.ck-scale-legend__level')?.querySelector('dt')?.textContent).toBe(
      'L3 Practitioner Proficient',
    );
    expect(container.querySelectorAll('[data-state="threshold"]')).toHaveLength(1);
    expect(
      container.querySelectorAll('[data-state="proficient"].ck-scale-legend__level'),
    ).toHaveLength(1);
  });

  it('works with levels that have no codes or descriptors', () => {
    const { container } = render(<ScaleLegend scale={sfiaScale} showCodes={false} />);
    expect(container.querySelectorAll('dt')).toHaveLength(7);
    expect(container.querySelector('dt')?.textContent).toBe('Follow');
    expect(screen.getAllByText(/Proficient threshold/)).toHaveLength(1);
  });

  it('takes a title and a heading level to fit the page outline', () => {
    render(<ScaleLegend scale={ddatScale} title="What the levels mean" headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3, name: 'What the levels mean' })).toBeVisible();
    expect(screen.getByRole('group', { name: 'What the levels mean' })).toBeVisible();
  });

  it('reads right to left in Arabic, with names and descriptors in Arabic', () => {
    const { container } = render(
      <ScaleLegend
        scale={ddatScale}
        locale="ar"
        messages={{ proficientThreshold: 'عتبة التمكن' }}
      />,
    );
    expect(container.querySelector('.ck-scale-legend')?.getAttribute('dir')).toBe('rtl');
    expect(screen.getByRole('group', { name: 'مستويات المهارة' })).toBeVisible();
    expect(screen.getByText('الممارس').getAttribute('lang')).toBe('ar');
    expect(screen.getByText('عتبة التمكن')).toBeVisible();
  });

  it('has no axe violations (WCAG 2.2 AA)', async () => {
    const { container } = render(<ScaleLegend scale={ddatScale} headingLevel={2} />);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('renders on the server and hydrates without errors', () => {
    const element = <ScaleLegend scale={ddatScale} />;
    const html = renderToString(element);
    expect(html).toContain('<dl');

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
