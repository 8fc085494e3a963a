import { render } from '@testing-library/react';
import type { ComponentType } from 'react';
import { describe, expect, it } from 'vitest';
import { checkedSection } from '../../src/data/checked';
import { SectionProvider } from '../../src/content/section';
import { BreakdownChart } from '../../src/features/penalties/breakdown-chart';
import { CeilingChart } from '../../src/features/penalties/ceiling-chart';
import { CoppaChart } from '../../src/features/penalties/coppa-chart';
import { TimeChart } from '../../src/features/penalties/time-chart';
import { loadAllData } from '../helpers/data-files';

/** The light theme's colours, for the classes that set them (so the files can be looked at). */
const PALETTE: Record<string, string> = {
  page: '#fbfaf7',
  ink: '#1b1b1f',
  muted: '#52525b',
  line: '#d4d4d8',
  alexa: '#0e7490',
  ring: '#b45309',
  bad: '#b91c1c',
};

const roundNumbers = (value: string) =>
  value.replace(/-?\d*\.\d+/g, (number) => String(Math.round(Number(number) * 10) / 10));

/**
 * The chart's SVG as a standalone, viewable file, the way Observable Plot keeps its test snapshots: colours
 * written out from the classes, then classes and data-* test hooks stripped, numbers in attributes rounded to
 * one decimal (names and labels are left alone), one element per line.
 */
function serialise(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  for (const element of [copy, ...copy.querySelectorAll('*')]) {
    for (const name of element.getAttribute('class')?.split(/\s+/) ?? []) {
      const [, property, colour] = /^(fill|stroke)-(\w+)$/.exec(name) ?? [];
      if (property && colour && PALETTE[colour] && !element.hasAttribute(property))
        element.setAttribute(property, PALETTE[colour]);
    }
    for (const { name, value } of [...element.attributes]) {
      if (name === 'class' || name.startsWith('data-')) element.removeAttribute(name);
      else if (!name.startsWith('aria-')) element.setAttribute(name, roundNumbers(value));
    }
  }
  copy.setAttribute('font-family', 'system-ui, sans-serif');
  return `${new XMLSerializer().serializeToString(copy).replace(/></g, '>\n<')}\n`;
}

const CHARTS: Array<[string, ComponentType]> = [
  ['breakdown', BreakdownChart],
  ['time', TimeChart],
  ['coppa', CoppaChart],
  ['ceiling', CeilingChart],
];

describe('chart snapshots from the real data (640 px, reduced motion: the final picture)', () => {
  const data = checkedSection('money', loadAllData());

  it.each(CHARTS)('the %s chart', async (name, Chart) => {
    const { container } = render(
      <SectionProvider data={data}>
        <Chart />
      </SectionProvider>,
    );
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('width')).toBe('640');
    await expect(serialise(svg)).toMatchFileSnapshot(`../output/penalties-${name}.svg`);
  });
});
