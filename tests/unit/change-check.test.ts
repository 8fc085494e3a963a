/**
 * The pages' check of whether the data on the host is still the data the build rendered from
 * (src/data/shipped.ts): it must end, and let go of its connections, even when a file never answers.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const ROOT = new URL('https://explainer.example/x/');
const FILES = ['quotes.json', 'money.json', 'copy.en.json'];

/** A fetch that answers every file as shipped except `hang`, which never answers; it remembers each signal. */
function stubFetch(hang: string) {
  const signals = new Map<string, AbortSignal>();
  const fetchStub = vi.fn((url: string, init: RequestInit = {}) => {
    const file = url.split('/').pop()!;
    if (init.signal) signals.set(file, init.signal);
    if (file !== hang) return Promise.resolve(new Response(`text of ${file}`));
    return new Promise<Response>((_resolve, reject) =>
      init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
    );
  });
  vi.stubGlobal('fetch', fetchStub);
  return signals;
}

/** The module as a built page has it: the build's hashes of FILES. */
async function shippedModule() {
  const { textHash } = await import('../../src/data/shipped');
  vi.stubGlobal('__VERIFIED_DATA__', Object.fromEntries(FILES.map((file) => [file, textHash(`text of ${file}`)])));
  vi.resetModules();
  return import('../../src/data/shipped');
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('the check for data changed since the build', () => {
  it('ends after the data timeout when a file never answers, releasing its request, and does not start the app', async () => {
    const { dataChangedSinceBuild } = await shippedModule();
    const { DATA_TIMEOUT_MS } = await import('../../src/data/shipped');
    const signals = stubFetch('quotes.json');
    let answer: boolean | undefined;
    void dataChangedSinceBuild(ROOT, 'copy.en.json').then((changed) => (answer = changed));
    await vi.advanceTimersByTimeAsync(DATA_TIMEOUT_MS - 1);
    expect(answer).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    // No answer is not a change: the page stays as built (waking the app, on a blog with many embeds, would only
    // add a hanging request per embed); the reader's first action starts the app, which says what is wrong.
    expect(answer).toBe(false);
    expect(signals.get('quotes.json')?.aborted).toBe(true);
  });

  it('is called off when the app fetches the data itself, so that the app’s requests are not queued behind it', async () => {
    const { dataChangedSinceBuild } = await shippedModule();
    const { fetchDataFile } = await import('../../src/data/load');
    const signals = stubFetch('quotes.json');
    let answer: boolean | undefined;
    void dataChangedSinceBuild(ROOT, 'copy.en.json').then((changed) => (answer = changed));
    await vi.advanceTimersByTimeAsync(0);
    expect(answer).toBeUndefined();
    void fetchDataFile('money.json').catch(() => undefined);
    await vi.advanceTimersByTimeAsync(0);
    expect(signals.get('quotes.json')?.aborted).toBe(true);
    expect(answer).toBe(false);
  });

  it('still finds a file changed or missing on the host', async () => {
    const { dataChangedSinceBuild } = await shippedModule();
    vi.stubGlobal('fetch', async (url: string) =>
      url.endsWith('money.json')
        ? new Response('gone', { status: 404 })
        : new Response(`text of ${url.split('/').pop()}`),
    );
    expect(await dataChangedSinceBuild(ROOT, 'copy.en.json')).toBe(true);
    vi.stubGlobal('fetch', async (url: string) => new Response(`edited ${url}`));
    expect(await dataChangedSinceBuild(ROOT, 'copy.en.json')).toBe(true);
    vi.stubGlobal('fetch', async (url: string) => new Response(`text of ${url.split('/').pop()}`));
    expect(await dataChangedSinceBuild(ROOT, 'copy.en.json')).toBe(false);
  });
});
