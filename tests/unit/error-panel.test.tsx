import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ErrorPanel } from '../../src/components/error-panel';
import { DataError } from '../../src/lib/data-error';
import { LocaleProvider } from '../../src/lib/locale';

describe('a section’s data alert', () => {
  it("names the file and each problem's place in each edition's punctuation", () => {
    const error = new DataError('quotes.json', 'schema', [{ path: 'quotes[3].sourceId', message: 'unknown source' }]);
    for (const [lang, file, issue] of [
      ['en', 'File: quotes.json', 'quotes[3].sourceId: unknown source'],
      ['zh-Hans', '文件：quotes.json', 'quotes[3].sourceId：unknown source'],
    ] as const) {
      const { unmount } = render(
        <LocaleProvider initial={lang}>
          <ErrorPanel error={error} onRetry={() => {}} />
        </LocaleProvider>,
      );
      const alert = screen.getByRole('alert');
      expect([...alert.querySelectorAll('p')].map((p) => p.textContent)).toContain(file);
      expect(alert.querySelector('li')?.textContent).toBe(issue);
      unmount();
    }
  });
});
