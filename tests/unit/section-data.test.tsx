import { act, screen, waitFor } from '@testing-library/react';
import { Suspense, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useSourcesData } from '../../src/content/section';
import type { SectionData } from '../../src/data/model';
import type { Quote } from '../../src/data/schemas';
import { renderWithClient, serveData } from '../helpers/render';

describe('a section’s data', () => {
  it('is built once per set of files: a render that changes no file gets the same object back', async () => {
    serveData();
    const seen: SectionData[] = [];
    let rerender = () => {};
    function Probe() {
      const [, setCount] = useState(0);
      rerender = () => setCount((count) => count + 1);
      seen.push(useSourcesData());
      return <p>ready</p>;
    }
    const { client } = renderWithClient(
      <Suspense fallback={null}>
        <Probe />
      </Suspense>,
    );
    await screen.findByText('ready');
    act(() => rerender());
    act(() => rerender());
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(new Set(seen).size).toBe(1);
    // A file that changes in the cache gives a new section, built from it.
    const { quotes } = client.getQueryData<{ quotes: Quote[] }>(['data', 'quotes.json'])!;
    const edited = quotes.map((quote, index) => (index === 0 ? { ...quote, text: `${quote.text} (edited)` } : quote));
    act(() => client.setQueryData(['data', 'quotes.json'], { quotes: edited }));
    await waitFor(() => expect(seen.at(-1)).not.toBe(seen[0]));
    expect(seen.at(-1)!.quotes!.get(quotes[0]!.id)!.text).toMatch(/\(edited\)$/);
  });
});
