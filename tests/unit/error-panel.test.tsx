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

describe('the alert for a file that is too large or in the wrong encoding', () => {
  it('says what is wrong with the file and what to do, in each edition', () => {
    for (const [lang, size, encoding] of [
      ['en', 'Check that the right file was uploaded.', 'Save it again as UTF-8.'],
      ['zh-Hans', '请检查上传的文件是否正确。', '请以 UTF-8 编码重新保存。'],
    ] as const) {
      for (const [kind, advice] of [
        ['size', size],
        ['encoding', encoding],
      ] as const) {
        const { unmount } = render(
          <LocaleProvider initial={lang}>
            <ErrorPanel error={new DataError('copy.en.json', kind, [{ path: '', message: 'x' }])} onRetry={() => {}} />
          </LocaleProvider>,
        );
        expect(screen.getByRole('alert')).toHaveTextContent(advice);
        expect(screen.getByRole('alert')).toHaveTextContent('copy.en.json');
        unmount();
      }
    }
  });
});
