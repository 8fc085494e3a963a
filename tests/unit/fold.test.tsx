import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Fold } from '../../src/components/fold';

describe('a fold', () => {
  it('narrow-only: hides its summary from sm up only where a closed fold can show its content', () => {
    // Without ::details-content (Safari before 18.4) a closed <details> cannot show its content, so a hidden
    // summary would leave the content out of reach: there the fold stays a fold at every width.
    const { container } = render(
      <Fold more="Search and filters" less="Hide" narrowOnly>
        <input aria-label="Search" />
      </Fold>,
    );
    const summary = container.querySelector('summary')!;
    expect(summary.className.split(/\s+/)).not.toContain('sm:hidden');
    expect(summary.className).toContain('supports-[selector(::details-content)]:sm:hidden');
    expect(container.querySelector('details')!.className).toContain('sm:[&::details-content]:block');
  });
});
