import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';

function Counter() {
  const [count, setCount] = useState(0);
  return (
    <section aria-labelledby="counter-title">
      <h2 id="counter-title">Counter</h2>
      <button type="button" onClick={() => setCount((n) => n + 1)}>
        Clicked {count} times
      </button>
    </section>
  );
}

describe('unit test pipeline (jsdom + Testing Library)', () => {
  it('renders and finds elements by role', async () => {
    const user = userEvent.setup();
    render(<Counter />);

    expect(screen.getByRole('region', { name: 'Counter' })).toBeInTheDocument();
    const button = screen.getByRole('button', { name: 'Clicked 0 times' });
    await user.click(button);
    expect(button).toHaveAccessibleName('Clicked 1 times');
  });

  it('has the DOM stubs from tests/setup-dom.ts', () => {
    expect(window.matchMedia('(prefers-reduced-motion: reduce)').matches).toBe(false);
    expect(() => new ResizeObserver(() => {}).observe(document.body)).not.toThrow();
  });
});
