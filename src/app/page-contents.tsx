import { useEffect, useRef, useState } from 'react';
import { useLocale } from '../lib/locale';
import { readingTimesOf, type ReadingTimes } from '../lib/reading-time';
import { usePrefersReducedMotion } from '../lib/use-reduced-motion';
import { UI } from '../lib/chrome-strings';
import { SECTIONS, SECTION_IDS, type SectionId } from '../lib/ui-strings';

/**
 * The table of contents: one line that stays at the top of the screen as the reader scrolls (sticky, so it takes
 * its place in the flow from the start: nothing shifts), each section with its reading time, the section in view
 * marked (`aria-current="location"`), and a thin bar for how far down the page the reader is. Each section goes by
 * a short name (SECTIONS[id].nav) so that the four fit on one line from 375 px up; where they do not (320 px, a
 * larger font, a longer translation), the line scrolls sideways, a fade and an arrow at the edge say there is
 * more, and the marked section is kept in view.
 */
export function PageContents({ readingTimes }: { readingTimes: ReadingTimes | null }) {
  const locale = useLocale();
  const ui = UI[locale];
  const current = useSectionInView();
  const times = useReadingTimes(readingTimes);
  const list = useRef<HTMLUListElement>(null);
  const progress = useScrollProgress();
  const reduceMotion = usePrefersReducedMotion();

  // On a narrow screen the line scrolls sideways: keep the marked section in it (the page itself does not move).
  useEffect(() => {
    const link = current && list.current?.querySelector<HTMLElement>(`a[href="#${current}"]`);
    if (!link || !list.current) return;
    const bar = list.current;
    if (link.offsetLeft < bar.scrollLeft || link.offsetLeft + link.offsetWidth > bar.scrollLeft + bar.clientWidth) {
      bar.scrollTo({ left: link.offsetLeft - 16, behavior: reduceMotion ? 'auto' : 'smooth' });
    }
  }, [current, reduceMotion]);

  return (
    <nav aria-label={ui.nav} className="sticky top-0 z-20 border-b border-line bg-page">
      <div className="mx-auto max-w-5xl">
        <ul ref={list} className="contents-line flex gap-1 overflow-x-auto px-2 [scrollbar-width:none] sm:px-3">
          {/* More to the side: a fade over the edge with an arrow, shown by CSS only while the line can scroll that
              way (index.css, scroll-state queries), so before any script too. It takes no room in the line. */}
          <li aria-hidden="true" data-scroll-cue="start" className="contents-cue contents-cue-start">
            ‹
          </li>
          {SECTION_IDS.map((id) => {
            const minutes = times?.[id];
            const [short, medium] = SECTIONS[id].nav[locale];
            return (
              <li key={id} className="shrink-0">
                <a
                  href={`#${id}`}
                  aria-current={current === id ? 'location' : undefined}
                  className="flex min-h-11 flex-col justify-center rounded-t px-2 py-1 text-sm leading-tight aria-[current]:bg-panel aria-[current]:font-semibold aria-[current]:shadow-[inset_0_-3px_0_var(--accent)] sm:flex-row sm:items-baseline sm:gap-1.5"
                >
                  <span className="md:hidden">{short}</span>
                  <span className="hidden md:inline">{medium}</span>
                  {minutes ? <span className="text-xs font-normal text-muted">{ui.readingTime(minutes)}</span> : null}
                </a>
              </li>
            );
          })}
          <li aria-hidden="true" data-scroll-cue="end" className="contents-cue contents-cue-end">
            ›
          </li>
        </ul>
      </div>
      <div ref={progress} aria-hidden="true" className="h-0.5 origin-left scale-x-0 bg-accent" />
    </nav>
  );
}

/** The section that crosses the line 40% down the screen, once the page runs; null above the first and below the last. */
function useSectionInView(): SectionId | null {
  const [current, setCurrent] = useState<SectionId | null>(null);
  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return;
    const inView = new Set<SectionId>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const id = entry.target.id as SectionId;
          if (entry.isIntersecting) inView.add(id);
          else inView.delete(id);
        }
        setCurrent(SECTION_IDS.find((id) => inView.has(id)) ?? null);
      },
      { rootMargin: '-40% 0px -60% 0px' },
    );
    for (const id of SECTION_IDS) {
      const section = document.getElementById(id);
      if (section) observer.observe(section);
    }
    return () => observer.disconnect();
  }, []);
  return current;
}

/** The bar's scale follows the page's scroll position (set on the element: no re-render, nothing laid out). */
function useScrollProgress() {
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      const root = document.documentElement;
      const range = root.scrollHeight - root.clientHeight;
      if (bar.current) bar.current.style.transform = `scaleX(${range > 0 ? Math.min(1, root.scrollTop / range) : 0})`;
    };
    const onScroll = () => {
      frame ||= requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
    };
  }, []);
  return bar;
}

/**
 * Reading times as the prerender counted them (handed in from the page's head), or, on a page drawn in the
 * browser, counted from the sections once they are all on the page.
 */
function useReadingTimes(given: ReadingTimes | null): ReadingTimes | null {
  const [counted, setCounted] = useState<ReadingTimes | null>(null);
  useEffect(() => {
    if (given) return;
    const main = document.getElementById('main');
    if (!main) return;
    const count = () => {
      if (SECTION_IDS.some((id) => !document.getElementById(id)?.hasAttribute('data-ready'))) return;
      setCounted(readingTimesOf(main, SECTION_IDS));
      watcher.disconnect();
    };
    const watcher = new MutationObserver(count);
    watcher.observe(main, { attributes: true, attributeFilter: ['data-ready'], subtree: true });
    count();
    return () => watcher.disconnect();
  }, [given]);
  return given ?? counted;
}
