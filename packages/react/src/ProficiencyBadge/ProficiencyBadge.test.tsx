import { act, render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { CapkitProvider } from '../CapkitProvider/index.js';
import { ProficiencyBadge } from './ProficiencyBadge.js';
import { ddatScaleWithDescriptors as ddatScale, sfiaScale } from './ProficiencyBadge.fixtures.js';

async function axeViolations(container: HTMLElement) {
  const results = await axe.run(container, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
    // happy-dom does not lay out or paint; contrast is checked in Chromium by the stories.
    rules: { 'color-contrast': { enabled: false } },
  });
  return results.violations.map((violation) => `${violation.id}: ${violation.help}`);
}

describe('ProficiencyBadge', () => {
  it('writes the level name, with its language set', () => {
    const { container } = render(<ProficiencyBadge scale={ddatScale} level={2} />);
    const badge = container.querySelector('.ck-badge');
    expect(badge?.textContent).toBe('Working');
    expect(screen.getByText('Working').getAttribute('lang')).toBe('en');
    expect(badge?.getAttribute('data-level')).toBe('2');
  });

  it('shows the code when asked', () => {
    const { container } = render(<ProficiencyBadge scale={ddatScale} level={3} showCode />);
    expect(container.querySelector('.ck-badge')?.textContent).toBe('L3 Practitioner');
  });

  it('marks proficiency in words at and above the proficient level only', () => {
    const { container, rerender } = render(
      <ProficiencyBadge scale={ddatScale} level={3} markProficient />,
    );
    const badge = () => container.querySelector('.ck-badge');
    expect(badge()?.textContent).toBe('Practitioner Proficient');
    expect(badge()?.getAttribute('data-proficient')).toBe('true');
    rerender(<ProficiencyBadge scale={ddatScale} level={2} markProficient />);
    expect(badge()?.textContent).toBe('Working');
    expect(badge()?.getAttribute('data-proficient')).toBe('false');
    rerender(<ProficiencyBadge scale={ddatScale} level={4} />);
    expect(badge()?.textContent).toBe('Expert');
  });

  it('shows the level a score has reached, rounding down', () => {
    render(<ProficiencyBadge scale={ddatScale} level={2.9} />);
    expect(screen.getByText('Working')).toBeTruthy();
  });

  it('says "No score" for a missing score, never a level', () => {
    const { container } = render(
      <ProficiencyBadge scale={ddatScale} level={null} markProficient />,
    );
    const badge = container.querySelector('.ck-badge');
    expect(badge?.textContent).toBe('No score');
    expect(badge?.getAttribute('data-step')).toBe('none');
  });

  it('spreads any scale over the five colour steps, lowest to highest', () => {
    const step = (scale: typeof ddatScale, level: number) =>
      render(<ProficiencyBadge scale={scale} level={level} />)
        .container.querySelector('.ck-badge')
        ?.getAttribute('data-step');
    expect([1, 2, 3, 4].map((level) => step(ddatScale, level))).toEqual(['1', '2', '4', '5']);
    expect([1, 4, 7].map((level) => step(sfiaScale, level))).toEqual(['1', '3', '5']);
  });

  it('names the level in the reader’s language and isolates its direction', () => {
    const { container } = render(<ProficiencyBadge scale={ddatScale} level={3} locale="ar" />);
    const name = screen.getByText('الممارس');
    expect(name.getAttribute('lang')).toBe('ar');
    expect(container.querySelector('.ck-badge')?.getAttribute('dir')).toBe('rtl');
  });

  it('takes its locale and strings from the provider', () => {
    render(
      <CapkitProvider locale="ar" messages={{ ProficiencyBadge: { proficient: 'متمكن' } }}>
        <ProficiencyBadge scale={ddatScale} level={4} markProficient />
      </CapkitProvider>,
    );
    expect(screen.getByText('الخبير')).toBeTruthy();
    expect(screen.getByText('متمكن')).toBeTruthy();
  });

  it('has no axe violations (WCAG 2.2 AA)', async () => {
    const { container } = render(
      <p>
        Your level: <ProficiencyBadge scale={ddatScale} level={3} showCode markProficient />
      </p>,
    );
    expect(await axeViolations(container)).toEqual([]);
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
