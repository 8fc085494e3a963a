import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { lazyOnce } from '../../src/lib/lazy-once';
import { renderSection } from '../helpers/render';

describe('a section whose code fails to download', () => {
  it('says so in plain words, offers a reload, and Retry asks again (a tab left open across a new version)', async () => {
    const load = vi
      .fn<() => Promise<{ Body: () => React.JSX.Element }>>()
      .mockRejectedValue(new TypeError('Failed to fetch dynamically imported module: https://x/assets/a-OLD.js'));
    const Section = lazyOnce(load, (module) => module.Body);
    const { user } = await renderSection(<Section.Component />, { expectErrors: true });
    const alert = await screen.findByRole('alert');
    // React tries a failed render once more by itself; then the section says what happened.
    const failures = load.mock.calls.length;
    expect(failures).toBeGreaterThanOrEqual(1);
    expect(alert).toHaveTextContent('This part of the page could not be downloaded.');
    expect(alert).not.toHaveTextContent('Failed to fetch');
    expect(screen.getByRole('link', { name: 'Reload the page' })).toHaveAttribute('href', window.location.href);
    // The new version is there now: Retry asks again.
    load.mockResolvedValue({ Body: () => <p>The section’s content</p> });
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('The section’s content')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(failures + 1);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('downloads once when it works, however often it is asked for', async () => {
    const load = vi.fn(async () => ({ Body: () => <p>Once</p> }));
    const Section = lazyOnce(load, (module) => module.Body);
    void Section.preload();
    await renderSection(<Section.Component />);
    expect(await screen.findByText('Once')).toBeInTheDocument();
    void Section.preload();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
