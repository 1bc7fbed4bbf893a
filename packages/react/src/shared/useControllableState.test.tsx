import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useControllableState } from './useControllableState.js';

function Counter(props: {
  readonly value?: number | undefined;
  readonly onChange?: (value: number) => void;
}) {
  const [count, setCount] = useControllableState({
    value: props.value,
    defaultValue: 0,
    onChange: props.onChange,
    name: 'Counter count',
  });
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      Count {count}
    </button>
  );
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('useControllableState', () => {
  it('keeps its own state when uncontrolled and reports each change', async () => {
    const onChange = vi.fn();
    render(<Counter onChange={onChange} />);
    await userEvent.click(screen.getByRole('button'));
    await userEvent.click(screen.getByRole('button'));
    expect(screen.getByRole('button')).toHaveTextContent('Count 2');
    expect(onChange.mock.calls).toEqual([[1], [2]]);
  });

  it('shows the controlled value and only asks the owner to change it', async () => {
    const onChange = vi.fn();
    render(<Counter value={5} onChange={onChange} />);
    await userEvent.click(screen.getByRole('button'));
    expect(screen.getByRole('button')).toHaveTextContent('Count 5');
    expect(onChange).toHaveBeenCalledWith(6);
  });

  it('follows an owner that accepts the change', async () => {
    function Owner() {
      const [value, setValue] = useState(10);
      return <Counter value={value} onChange={setValue} />;
    }
    render(<Owner />);
    await userEvent.click(screen.getByRole('button'));
    expect(screen.getByRole('button')).toHaveTextContent('Count 11');
  });

  it('does not report a change to the value it already has', () => {
    const onChange = vi.fn();
    function Same() {
      const [value, setValue] = useControllableState({
        value: undefined,
        defaultValue: 'a',
        onChange,
        name: 'Same value',
      });
      return (
        <button type="button" onClick={() => setValue('a')}>
          {value}
        </button>
      );
    }
    render(<Same />);
    act(() => screen.getByRole('button').click());
    expect(onChange).not.toHaveBeenCalled();
  });

  it('warns once when a caller switches from uncontrolled to controlled', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { rerender } = render(<Counter />);
    rerender(<Counter value={3} />);
    rerender(<Counter />);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(
      /Counter count switched from uncontrolled to controlled/,
    );
    expect(screen.getByRole('button')).toHaveTextContent('Count 0');
  });
});
