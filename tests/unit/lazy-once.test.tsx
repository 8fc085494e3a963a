import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { lazyOnce } from '../../src/lib/lazy-once';
import { renderSection } from '../helpers/render';

type Module = { Body: () => React.JSX.Element };

/**
 * A download that fails as a real one does: after a round trip (a task later), not in the same microtask. A
 * mock that rejects at once let React give up before the next render, so the old code's loop (a fresh lazy,
 * hence a fresh import, at every render) never showed here.
 */
const failLater = () =>
  new Promise<Module>((_resolve, reject) =>
    setTimeout(
      () => reject(new TypeError('Failed to fetch dynamically imported module: https://x/assets/a-OLD.js')),
      5,
    ),
  );

describe('a section whose code fails to download', () => {
  it('says so in plain words, offers a reload, and Retry asks again (a tab left open across a new version)', async () => {
    const load = vi.fn<() => Promise<Module>>(failLater);
    const Section = lazyOnce(load, (module) => module.Body);
    const { user } = await renderSection(<Section.Component />, { expectErrors: true });
    const alert = await screen.findByRole('alert');
    // Asked once: the failure is kept until the reader presses Retry (no new download at each render).
    expect(load).toHaveBeenCalledTimes(1);
    expect(alert).toHaveTextContent('This part of the page could not be downloaded.');
    expect(alert).not.toHaveTextContent('Failed to fetch');
    expect(screen.getByRole('link', { name: 'Reload the page' })).toHaveAttribute('href', window.location.href);
    // The new version is there now: Retry asks again.
    load.mockResolvedValue({ Body: () => <p>The section’s content</p> });
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('The section’s content')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('also when the section starts the download at each render (as a section root may): one ask, however many renders, then the alert', async () => {
    const load = vi.fn<() => Promise<Module>>(failLater);
    const Section = lazyOnce(load, (module) => module.Body);
    function Eager() {
      void Section.preload();
      return <Section.Component />;
    }
    const { user } = await renderSection(<Eager />, { expectErrors: true });
    expect(await screen.findByRole('alert')).toHaveTextContent('This part of the page could not be downloaded.');
    expect(load).toHaveBeenCalledTimes(1);
    // Still failing: Retry asks once more and says so again, then waits for the reader.
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
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
