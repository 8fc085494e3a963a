import { describe, expect, it } from 'vitest';
import { readableText, readingMinutes, readingTimesInPage, readingTimesOf } from '../../src/lib/reading-time';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const words = (count: number) => Array.from({ length: count }, (_, index) => `word${index}`).join(' ');

describe('reading time', () => {
  it('counts words of Latin script at 230 a minute and Chinese characters at 400, at least one minute', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes(words(230 * 3))).toBe(3);
    expect(readingMinutes('案'.repeat(400 * 2))).toBe(2);
    // Mixed: 460 words and 800 characters make two minutes each.
    expect(readingMinutes(`${words(460)} ${'罚'.repeat(800)}`)).toBe(4);
  });

  it('reads what the page shows at first: closed folds give only their summary, hidden panels nothing', () => {
    const html = [
      '<p>Seen <b>bold</b> &amp; kept</p>',
      '<details data-fold=""><summary>Show more</summary><div>folded away</div></details>',
      '<details open=""><summary>Open</summary><div>shown inside</div></details>',
      '<div role="tabpanel" hidden="">other article</div>',
      '<img alt="x"/><br><input value="typed">',
      '<svg><text>axis label</text><path d="M0 0"/></svg>',
      '<!-- <p>comment</p> -->',
    ].join('');
    const text = readableText(parse(html).body).replace(/\s+/g, ' ').trim();
    expect(text).toBe('Seen bold & kept Show more Open shown inside axis label');
  });

  it('counts each section of a page by its id, nested sections inside their section', () => {
    const html = `<header><p>${words(500)}</p></header><main><section id="alexa"><p>${words(460)}</p><section><p>${words(230)}</p></section></section><section id="ring"><p>${words(10)}</p></section></main>`;
    expect(readingTimesOf(parse(html), ['alexa', 'ring', 'sources'])).toEqual({ alexa: 3, ring: 1 });
  });

  it('takes only whole positive minutes from the page head, and nothing from a broken block', () => {
    const page = (json: string) => {
      const doc = document.implementation.createHTMLDocument('t');
      const script = doc.createElement('script');
      script.type = 'application/json';
      script.id = 'reading-times';
      script.textContent = json;
      doc.head.append(script);
      return doc;
    };
    expect(readingTimesInPage(page('{"alexa":4,"ring":0,"sources":"9","__proto__":3,"penalties":2.5}'))).toEqual({
      alexa: 4,
    });
    expect(readingTimesInPage(page('{not json'))).toBeNull();
    expect(readingTimesInPage(page('[1,2]'))).toBeNull();
    expect(readingTimesInPage(document.implementation.createHTMLDocument('none'))).toBeNull();
  });
});
