/**
 * What a browser older than the features the page uses still gets: Safari 16.4 is the build's target, and it has
 * neither ::details-content, the popover API nor anchor positioning. Chromium, which the browser tests drive, has
 * all three, so these check the fallbacks where they are written.
 */
import { readFileSync } from 'node:fs';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Fold } from '../../src/components/fold';

/** The rules inside `@supports <condition> { … }` in the stylesheet, flattened to one line. */
function supportsBlock(condition: string): string {
  const css = readFileSync('src/index.css', 'utf8');
  const at = css.indexOf(`@supports ${condition} {`);
  expect(at, condition).toBeGreaterThan(-1);
  return css.slice(at, css.indexOf('\n}', at)).replace(/\s+/g, ' ');
}

describe('older browsers', () => {
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

  it('without the popover API a source note is hidden (its marker links to the list); without anchors it sits low', () => {
    expect(supportsBlock('not selector(:popover-open)')).toContain('[data-note] { display: none; }');
    expect(supportsBlock('not (position-area: bottom)')).toMatch(/\[data-note\] \{ inset: [^;]+; margin: 0 auto; \}/);
  });
});
