import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildMoneyBundle } from '../../src/data/model';
import { TextProvider } from '../../src/data/text';
import { CoppaChart } from '../../src/features/penalties/coppa-chart';
import { loadAllData } from '../helpers/data-files';

/** The SVG with every number rounded to a whole pixel, and React's generated ids made stable. */
function serialise(svg: SVGSVGElement): string {
  return svg.outerHTML
    .replace(/-?\d+\.\d+/g, (number) => String(Math.round(Number(number))))
    .replace(/_r_[0-9a-z]+_/g, 'id')
    .replace(/></g, '>\n<');
}

describe('chart snapshot from the real data (640 px, numbers rounded)', () => {
  const data = loadAllData();
  const bundle = buildMoneyBundle(data);

  it('the COPPA penalties, ranked, linear scale', () => {
    const { container } = render(
      <TextProvider sources={bundle}>
        <CoppaChart bundle={bundle} />
      </TextProvider>,
    );
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('width')).toBe('640');
    expect(serialise(svg)).toMatchSnapshot();
  });
});
