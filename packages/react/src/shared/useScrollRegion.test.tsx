import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useScrollRegion } from './useScrollRegion.js';

function Box() {
  const [ref, scrolls] = useScrollRegion<HTMLDivElement>();
  return (
    <div
      ref={ref}
      data-testid="box"
      {...(scrolls ? { role: 'region', 'aria-label': 'Values', tabIndex: 0 } : {})}
    >
      content
    </div>
  );
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('useScrollRegion', () => {
  it('is no region when its content fits', () => {
    render(<Box />);
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    expect(screen.getByTestId('box')).not.toHaveAttribute('tabindex');
  });

  it('becomes a focusable, named region when its content is wider than it', () => {
    vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(900);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(320);
    act(() => {
      render(<Box />);
    });
    expect(screen.getByRole('region', { name: 'Values' })).toHaveAttribute('tabindex', '0');
  });
});
