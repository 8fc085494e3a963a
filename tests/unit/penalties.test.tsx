import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PenaltiesSection } from '../../src/features/penalties/penalties-section';
import { readDataText } from '../helpers/data-files';
import { captureDownloads, renderSection, type RenderSectionOptions } from '../helpers/render';

/** The section in English, once it is ready (its code and data loaded, see renderSection). */
function renderPenalties(options: Omit<RenderSectionOptions, 'ready'> = {}) {
  return renderSection(<PenaltiesSection />, options);
}

const figure = (name: string) => screen.getByRole('figure', { name });
const barWidth = (mark: HTMLElement) => Number(mark.querySelector('[data-bar]')?.getAttribute('width'));

/** facts.json with some values changed (the section must follow). */
function factsWith(changes: Record<string, number>): string {
  const file = JSON.parse(readDataText('facts.json')) as { facts: Array<{ id: string; value: unknown }> };
  for (const fact of file.facts) if (fact.id in changes) fact.value = changes[fact.id];
  return JSON.stringify(file);
}

describe('the penalties section', () => {
  it('states the figures in words, four charts as figures with titles, takeaways and sources', async () => {
    await renderPenalties();
    const text = document.body.textContent ?? '';
    for (const words of [
      '$25 million',
      '$5.8 million',
      '$30.8 million',
      'more than $5.6 million to 117,044 people through PayPal',
    ])
      expect(text).toContain(words);
    const titles = [
      'Two kinds of money',
      'How long Amazon’s sales took to bring it in',
      'Large COPPA penalties, as of December 2025',
      'The legal ceiling, as an illustration',
    ];
    for (const title of titles) {
      const chart = figure(title);
      expect(within(chart).getByRole('heading', { name: title })).toBeInTheDocument();
      expect(within(chart).getByRole('group', { name: new RegExp(title) })).toHaveAttribute('aria-describedby');
      expect(within(chart).getByRole('table', { name: title })).toBeInTheDocument();
      expect(within(chart).getByText(/^Sources?:/)).toBeInTheDocument();
    }
    expect(
      within(figure('The legal ceiling, as an illustration')).getAllByText(
        'Illustration of the legal ceiling, not a legal estimate',
      ).length,
    ).toBeGreaterThan(0);
    expect(text).not.toMatch(/\{[a-zA-Z0-9-]+\}/);
  });

  it('breakdown: two separate marks with their recipients, the payout beside the refunds, bars in proportion', async () => {
    await renderPenalties();
    const chart = figure('Two kinds of money');
    const penalty = within(chart).getByRole('img', {
      name: 'Alexa case: civil penalty, Paid to the United States: $25 million',
    });
    const refunds = within(chart).getByRole('img', {
      name: 'Ring case: refunds ordered, For refunds to Ring customers: $5.8 million',
    });
    const paid = within(chart).getByRole('img', {
      name: /Refunds sent, April 23, 2024, To 117,044 people, through PayPal: more than \$5\.6 million/,
    });
    expect(barWidth(penalty) / barWidth(refunds)).toBeCloseTo(25 / 5.8, 2);
    expect(barWidth(refunds) / barWidth(paid)).toBeCloseTo(5.8 / 5.6, 2);
    expect(within(chart).getByText('Added together: $30.8M')).toBeInTheDocument();
    const rows = within(within(chart).getByRole('table')).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['$25 million', 'Civil penalty, paid to the United States', 'Paid to the United States'],
      ['$5.8 million', 'Money for customer refunds, not a penalty', 'For refunds to Ring customers'],
      ['more than $5.6 million', 'Money for customer refunds, not a penalty', 'To 117,044 people, through PayPal'],
    ]);
  });

  it('shows a tooltip on focus, with the value, and closes it with Escape', async () => {
    await renderPenalties();
    const mark = within(figure('Two kinds of money')).getByRole('img', { name: /civil penalty/ });
    mark.focus();
    const tip = await screen.findByRole('tooltip');
    expect(tip).toHaveTextContent('Alexa case: civil penalty$25 millionCivil penalty, paid to the United States');
    expect(mark).toHaveAttribute('aria-describedby', tip.id);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('time to earn it: 23, 5 and 28 minutes of 2023 sales; the "two days" comparison and the profit view', async () => {
    await renderPenalties();
    const chart = figure('How long Amazon’s sales took to bring it in');
    expect(
      within(chart).getByText(/took in \$25 million in about 23 minutes, and both sums in about 28 minutes/),
    ).toBeInTheDocument();
    const marks = () =>
      within(chart)
        .getAllByRole('img')
        .map((mark) => mark.getAttribute('aria-label'));
    expect(marks()).toEqual([
      'Alexa case: $25 million: 23 min',
      'Ring case: $5.8 million: 5 min',
      'Both together: $30.8 million: 28 min',
    ]);
    expect(within(chart).getByText('Minutes of Amazon’s 2023 net sales')).toBeInTheDocument();

    await userEvent.click(within(chart).getByRole('checkbox', { name: 'Compare with the “two days” claim' }));
    expect(marks()).toContain('“Two days”, as one article claimed: 2,880 min');
    expect(within(chart).getByText(/about 126 times as long/)).toBeInTheDocument();
    const claim = within(chart).getByRole('img', { name: /Two days/ });
    const penalty = within(chart).getByRole('img', { name: /Alexa case/ });
    expect(barWidth(claim) / barWidth(penalty)).toBeCloseTo(2880 / (25e6 / (574.8e9 / 525_600)), 0);

    await userEvent.click(within(chart).getByRole('radio', { name: 'Net income (profit) in 2023' }));
    expect(marks()).toContain('Alexa case: $25 million: 7.2 hr');
    expect(marks()).toContain('“Two days”, as one article claimed: 48 hr');
    expect(within(chart).getByText(/In 2022 Amazon made a net loss of \$2\.7 billion/)).toBeInTheDocument();
    expect(within(chart).getByText('Hours of Amazon’s 2023 net income')).toBeInTheDocument();
    const table = within(chart).getByRole('table');
    expect(within(table).getByRole('row', { name: /Alexa case: \$25 million/ })).toHaveTextContent('22.9 min7.2 hr');
  });

  it('COPPA penalties: ranked marks, Amazon third; the log scale says so on the axis', async () => {
    await renderPenalties();
    const chart = figure('Large COPPA penalties, as of December 2025');
    expect(
      within(chart).getByText(/ranks 3rd of the 7 COPPA penalties shown here, after Epic Games and Google\/YouTube/),
    ).toBeInTheDocument();
    const marks = within(chart).getAllByRole('img');
    expect(marks.map((mark) => mark.getAttribute('aria-label')?.split(':')[0])).toEqual([
      'Epic Games (Fortnite), December 19, 2022',
      'Google/YouTube (YouTube), September 4, 2019',
      'Amazon (Alexa), May 31, 2023',
      'Microsoft (Xbox), June 5, 2023',
      'HoYoverse/Cognosphere (Genshin Impact), January 17, 2025',
      'Disney (Disney videos on YouTube), September 2, 2025',
      'Musical.ly (now TikTok) (Musical.ly), February 27, 2019',
    ]);
    expect(barWidth(marks[0]!) / barWidth(marks[2]!)).toBeCloseTo(275 / 25, 2);
    expect(within(chart).getByText('Penalty in US dollars (linear scale)')).toBeInTheDocument();
    await userEvent.click(within(chart).getByRole('radio', { name: 'Logarithmic' }));
    expect(within(chart).getByText('Penalty in US dollars (log scale: each gridline is 10×)')).toBeInTheDocument();
    expect(within(chart).getByText(/bars start at \$1 million/)).toBeInTheDocument();
    // log10(275M / 1M) / log10(25M / 1M)
    expect(barWidth(marks[0]!) / barWidth(marks[2]!)).toBeCloseTo(Math.log10(275) / Math.log10(25), 2);
  });

  it('the ceiling: $50,120 × 800,000 profiles, about $40.1 billion, about 1,604 times the penalty', async () => {
    await renderPenalties();
    const chart = figure('The legal ceiling, as an illustration');
    expect(within(chart).getByText(/about \$40\.1 billion, about 1,604 times the \$25 million/)).toBeInTheDocument();
    expect(
      within(chart).getByRole('img', {
        name: /Illustrative ceiling: \$50,120 × 800,000 profiles, about \$40\.1 billion/,
      }),
    ).toBeInTheDocument();
    expect(within(chart).getByRole('img', { name: 'The actual penalty: $25 million' })).toBeInTheDocument();
    const path = chart.querySelector('path')?.getAttribute('d') ?? '';
    expect(path.match(/M/g)).toHaveLength(1603);
  });

  it('"Download data" saves the chart’s CSV', async () => {
    const saved = captureDownloads();
    await renderPenalties();
    await userEvent.click(
      within(figure('Large COPPA penalties, as of December 2025')).getByRole('button', { name: 'Download data (CSV)' }),
    );
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe('amazon-2023-coppa-penalties-ranked.csv');
    expect(await saved[0]!.blob.text()).toBe(
      'rank,company,product,amount_usd,date\n1,Epic Games,Fortnite,275000000,2022-12-19\n2,Google/YouTube,YouTube,170000000,2019-09-04\n3,Amazon,Alexa,25000000,2023-05-31\n4,Microsoft,Xbox,20000000,2023-06-05\n4,HoYoverse/Cognosphere,Genshin Impact,20000000,2025-01-17\n6,Disney,Disney videos on YouTube,10000000,2025-09-02\n7,Musical.ly (now TikTok),Musical.ly,5700000,2019-02-27\n',
    );
    await userEvent.click(
      within(figure('How long Amazon’s sales took to bring it in')).getByRole('button', {
        name: 'Download data (CSV)',
      }),
    );
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved[1]!.name).toBe('amazon-2023-settlements-time-to-earn.csv');
    expect((await saved[1]!.blob.text()).split('\n').slice(0, 2)).toEqual([
      'item,amount_usd,minutes_of_net_sales_2023,hours_of_net_income_2023',
      'alexa-penalty,25000000,22.9,7.2',
    ]);
  });

  it('in the Chinese edition, the CSV headers and the chart are in Chinese', async () => {
    const saved = captureDownloads();
    await renderSection(<PenaltiesSection />, { locale: 'zh-Hans' });
    const coppa = screen.getAllByRole('figure').find((node) => /COPPA/.test(node.textContent ?? ''))!;
    expect(coppa).toHaveTextContent('2500万美元');
    // Company and product names as a Chinese reader writes them.
    expect(coppa).toHaveTextContent('2000万美元微软');
    expect(coppa).toHaveTextContent('Musical.ly（现 TikTok）');
    await userEvent.click(
      within(coppa)
        .getAllByRole('button')
        .find((button) => /CSV/.test(button.textContent ?? ''))!,
    );
    await waitFor(() => expect(saved).toHaveLength(1));
    const [header, first] = (await saved[0]!.blob.text()).split('\n');
    expect(header).toBe('排名,公司,产品,金额（美元）,日期');
    expect(first).toBe('1,Epic Games,《堡垒之夜》（Fortnite）,275000000,2022-12-19');
  });

  it('follows the data: a different penalty changes the text, the marks, the ranks and the ceiling', async () => {
    await renderPenalties({
      data: { 'facts.json': factsWith({ 'alexa-penalty': 50_000_000, 'settlements-total': 55_800_000 }) },
    });
    const text = document.body.textContent ?? '';
    expect(text).toContain('The $50 million in the Alexa case is a civil penalty');
    expect(text).toContain('Together: $55.8 million');
    expect(
      within(figure('Two kinds of money')).getByRole('img', {
        name: /civil penalty, Paid to the United States: \$50 million/,
      }),
    ).toBeInTheDocument();
    expect(
      within(figure('How long Amazon’s sales took to bring it in')).getByRole('img', {
        name: 'Alexa case: $50 million: 46 min',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/took in \$50 million in about 46 minutes, and both sums in about 51 minutes/),
    ).toBeInTheDocument();
    expect(
      within(figure('Large COPPA penalties, as of December 2025')).getByRole('img', {
        name: /^Amazon \(Alexa\), May 31, 2023: \$50 million, rank 3 of 7$/,
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/about 802 times the \$50 million/)).toBeInTheDocument();
  });
});
